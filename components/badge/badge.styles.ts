import { css } from 'lit';
import { statusVariants } from '../base/status.styles.ts';

export const badgeStyles = css`
  :host {
    display: inline-flex;
    --_status-bg: var(--lv-color-interactive-secondary-default);
    --_status-fg: var(--lv-color-text-primary);
    --_status-border: var(--lv-color-border-strong);
  }
  :host([variant='brand']) {
    --_status-bg: var(--lv-color-brand-primary);
    --_status-fg: var(--lv-color-text-on-brand);
    --_status-border: var(--lv-color-brand-primary);
  }
  ${statusVariants}
  .base {
    display: inline-flex;
    align-items: center;
    gap: var(--lv-space-1);
    padding-block: 0;
    padding-inline: var(--lv-space-2);
    border: var(--lv-border-width-thin) solid var(--_status-border);
    border-radius: var(--lv-shape-radius-pill);
    background: var(--_status-bg);
    color: var(--_status-fg);
    font: var(--lv-typography-caption);
    font-weight: var(--lv-font-weight-medium);
    white-space: nowrap;
  }
`;
