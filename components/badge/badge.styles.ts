import { css } from 'lit';

export const badgeStyles = css`
  :host {
    display: inline-flex;
    --_badge-bg: var(--lv-color-interactive-secondary-default);
    --_badge-fg: var(--lv-color-text-primary);
    --_badge-border: var(--lv-color-border-strong);
  }
  :host([variant='brand']) {
    --_badge-bg: var(--lv-color-brand-primary);
    --_badge-fg: var(--lv-color-text-on-brand);
    --_badge-border: var(--lv-color-brand-primary);
  }
  :host([variant='success']) {
    --_badge-bg: var(--lv-color-status-success-bg);
    --_badge-fg: var(--lv-color-status-success-fg);
    --_badge-border: var(--lv-color-status-success-border);
  }
  :host([variant='warning']) {
    --_badge-bg: var(--lv-color-status-warning-bg);
    --_badge-fg: var(--lv-color-status-warning-fg);
    --_badge-border: var(--lv-color-status-warning-border);
  }
  :host([variant='danger']) {
    --_badge-bg: var(--lv-color-status-danger-bg);
    --_badge-fg: var(--lv-color-status-danger-fg);
    --_badge-border: var(--lv-color-status-danger-border);
  }
  :host([variant='info']) {
    --_badge-bg: var(--lv-color-status-info-bg);
    --_badge-fg: var(--lv-color-status-info-fg);
    --_badge-border: var(--lv-color-status-info-border);
  }
  .base {
    display: inline-flex;
    align-items: center;
    gap: var(--lv-space-1);
    padding-block: 0;
    padding-inline: var(--lv-space-2);
    border: var(--lv-border-width-thin) solid var(--_badge-border);
    border-radius: var(--lv-shape-radius-pill);
    background: var(--_badge-bg);
    color: var(--_badge-fg);
    font: var(--lv-typography-caption);
    font-weight: var(--lv-font-weight-medium);
    white-space: nowrap;
  }
`;
