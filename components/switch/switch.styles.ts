import { css } from 'lit';

export const switchStyles = css`
  .input {
    inline-size: var(--lv-space-10);
    block-size: var(--lv-space-6);
    border: var(--lv-border-width-thin) solid var(--lv-color-border-strong);
    border-radius: var(--lv-shape-radius-pill);
    background: var(--lv-color-border-strong);
  }
  /* The thumb is drawn as a border so it stays visible when forced colors repaint backgrounds. */
  .thumb {
    align-self: center;
    justify-self: start;
    inline-size: 0;
    block-size: 0;
    margin-inline-start: var(--lv-space-1);
    border: calc(var(--lv-space-4) / 2) solid var(--lv-color-text-on-accent);
    border-radius: var(--lv-radius-full);
    pointer-events: none;
    transition: margin-inline-start var(--lv-motion-transition);
  }
  .input:checked + .thumb {
    margin-inline-start: calc(var(--lv-space-10) - var(--lv-space-4) - var(--lv-space-1));
  }
  .input:disabled + .thumb {
    border-color: var(--lv-color-surface-default);
  }
`;
