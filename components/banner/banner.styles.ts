import { css } from 'lit';
import { focusRing } from '../base/livery-element.ts';

export const bannerStyles = css`
  :host {
    display: block;
    --_banner-bg: var(--lv-color-status-info-bg);
    --_banner-fg: var(--lv-color-status-info-fg);
    --_banner-border: var(--lv-color-status-info-border);
  }
  :host([variant='success']) {
    --_banner-bg: var(--lv-color-status-success-bg);
    --_banner-fg: var(--lv-color-status-success-fg);
    --_banner-border: var(--lv-color-status-success-border);
  }
  :host([variant='warning']) {
    --_banner-bg: var(--lv-color-status-warning-bg);
    --_banner-fg: var(--lv-color-status-warning-fg);
    --_banner-border: var(--lv-color-status-warning-border);
  }
  :host([variant='danger']) {
    --_banner-bg: var(--lv-color-status-danger-bg);
    --_banner-fg: var(--lv-color-status-danger-fg);
    --_banner-border: var(--lv-color-status-danger-border);
  }
  .base {
    display: flex;
    align-items: flex-start;
    gap: var(--lv-space-3);
    padding-block: var(--lv-space-3);
    padding-inline: var(--lv-space-4);
    border: var(--lv-border-width-thin) solid var(--_banner-border);
    border-inline-start-width: var(--lv-border-width-heavy);
    border-radius: var(--lv-shape-radius-container);
    background: var(--_banner-bg);
    color: var(--_banner-fg);
    font: var(--lv-typography-body);
  }
  .message {
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  .heading {
    display: block;
    font: var(--lv-typography-label);
  }
  .dismiss {
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    inline-size: var(--lv-size-control-sm);
    block-size: var(--lv-size-control-sm);
    margin-block: calc(-1 * var(--lv-space-1));
    margin-inline-end: calc(-1 * var(--lv-space-2));
    padding: 0;
    border: var(--lv-border-width-thin) solid transparent;
    border-radius: var(--lv-shape-radius-control);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .dismiss:hover {
    border-color: var(--_banner-border);
  }
  .dismiss:focus-visible {
    ${focusRing}
  }
  .dismiss svg {
    inline-size: var(--lv-space-5);
    block-size: var(--lv-space-5);
  }
  ::slotted([slot='icon']) {
    flex: none;
  }
`;
