import { css } from 'lit';

export const checkboxStyles = css`
  .input {
    inline-size: var(--lv-space-5);
    block-size: var(--lv-space-5);
    border: var(--lv-border-width-thick) solid var(--lv-color-border-input);
    border-radius: var(--lv-radius-sm);
    background: var(--lv-color-surface-default);
  }
  .mark {
    inline-size: var(--lv-space-5);
    block-size: var(--lv-space-5);
    color: var(--lv-color-text-on-accent);
    pointer-events: none;
    visibility: hidden;
  }
  .input:checked + .mark,
  .input:indeterminate + .mark {
    visibility: visible;
  }
  .input:disabled + .mark {
    color: var(--lv-color-text-disabled);
  }
  .invalid .input {
    border-color: var(--lv-color-status-danger-fg);
  }
`;
