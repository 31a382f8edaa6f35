import { css } from 'lit';

/**
 * The status variants (`success`, `warning`, `danger`, `info`): each sets the private colors
 * `--_status-bg`, `--_status-fg` and `--_status-border` from that status's tokens. A component
 * paints with those three and sets its own default for them on `:host` (so a status component
 * nested in another never inherits the outer one's colors).
 */
export const statusVariants = css`
  :host([variant='success']) {
    --_status-bg: var(--lv-color-status-success-bg);
    --_status-fg: var(--lv-color-status-success-fg);
    --_status-border: var(--lv-color-status-success-border);
  }
  :host([variant='warning']) {
    --_status-bg: var(--lv-color-status-warning-bg);
    --_status-fg: var(--lv-color-status-warning-fg);
    --_status-border: var(--lv-color-status-warning-border);
  }
  :host([variant='danger']) {
    --_status-bg: var(--lv-color-status-danger-bg);
    --_status-fg: var(--lv-color-status-danger-fg);
    --_status-border: var(--lv-color-status-danger-border);
  }
  :host([variant='info']) {
    --_status-bg: var(--lv-color-status-info-bg);
    --_status-fg: var(--lv-color-status-info-fg);
    --_status-border: var(--lv-color-status-info-border);
  }
`;
