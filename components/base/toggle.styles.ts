import { css } from 'lit';

/** Label layout, hint and error shared by checkbox and switch. */
export const toggleStyles = css`
  :host {
    display: block;
    color: var(--lv-color-text-primary);
    font: var(--lv-typography-body);
  }
  .base {
    display: inline-flex;
    align-items: center;
    gap: var(--lv-space-2);
    cursor: pointer;
  }
  .control {
    position: relative;
    display: grid;
    flex: none;
  }
  .control > * {
    grid-area: 1 / 1;
  }
  .input {
    appearance: none;
    margin: 0;
    cursor: inherit;
    transition:
      background-color var(--lv-motion-transition),
      border-color var(--lv-motion-transition);
  }
  :host([disabled]) .base {
    color: var(--lv-color-text-disabled);
    cursor: not-allowed;
  }
  .hint,
  .error {
    margin-block-start: var(--lv-space-1);
    font: var(--lv-typography-caption);
  }
  .hint {
    color: var(--lv-color-text-muted);
  }
  .error {
    color: var(--lv-color-status-danger-fg);
  }
`;
