import { css } from 'lit';

/** The hint and the validation message below every form control (form-control.ts renders them). */
export const hintAndErrorStyles = css`
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
