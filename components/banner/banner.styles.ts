import { css } from 'lit';
import { focusRing } from '../base/livery-element.ts';
import { statusVariants } from '../base/status.styles.ts';

export const bannerStyles = css`
  :host {
    display: block;
    --_status-bg: var(--lv-color-status-info-bg);
    --_status-fg: var(--lv-color-status-info-fg);
    --_status-border: var(--lv-color-status-info-border);
  }
  ${statusVariants}
  .base {
    display: flex;
    align-items: flex-start;
    gap: var(--lv-space-3);
    padding-block: var(--lv-space-3);
    padding-inline: var(--lv-space-4);
    border: var(--lv-border-width-thin) solid var(--_status-border);
    border-inline-start-width: var(--lv-border-width-heavy);
    border-radius: var(--lv-shape-radius-container);
    background: var(--_status-bg);
    color: var(--_status-fg);
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
    border-color: var(--_status-border);
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
