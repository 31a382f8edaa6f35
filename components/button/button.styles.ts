import { css } from 'lit';
import { focusRing } from '../base/livery-element.ts';

export const buttonStyles = css`
  :host {
    display: inline-block;
    --_button-height: var(--lv-size-control-md);
    --_button-padding: var(--lv-space-4);
    --_button-bg: var(--lv-color-interactive-primary-default);
    --_button-bg-hover: var(--lv-color-interactive-primary-hover);
    --_button-bg-active: var(--lv-color-interactive-primary-active);
    --_button-bg-disabled: var(--lv-color-interactive-primary-disabled);
    --_button-fg: var(--lv-color-text-on-accent);
  }
  :host([size='sm']) {
    --_button-height: var(--lv-size-control-sm);
    --_button-padding: var(--lv-space-3);
  }
  :host([size='lg']) {
    --_button-height: var(--lv-size-control-lg);
    --_button-padding: var(--lv-space-5);
  }
  :host([variant='secondary']) {
    --_button-bg: var(--lv-color-interactive-secondary-default);
    --_button-bg-hover: var(--lv-color-interactive-secondary-hover);
    --_button-bg-active: var(--lv-color-interactive-secondary-active);
    --_button-bg-disabled: var(--lv-color-interactive-secondary-disabled);
    --_button-fg: var(--lv-color-text-primary);
  }
  :host([variant='ghost']) {
    --_button-bg: transparent;
    --_button-bg-hover: var(--lv-color-interactive-secondary-hover);
    --_button-bg-active: var(--lv-color-interactive-secondary-active);
    --_button-bg-disabled: transparent;
    --_button-fg: var(--lv-color-text-primary);
  }
  :host([variant='danger']) {
    --_button-bg: var(--lv-color-interactive-danger-default);
    --_button-bg-hover: var(--lv-color-interactive-danger-hover);
    --_button-bg-active: var(--lv-color-interactive-danger-active);
    --_button-bg-disabled: var(--lv-color-interactive-danger-disabled);
  }
  :host([full-width]) {
    display: block;
  }
  .base {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--lv-space-2);
    inline-size: 100%;
    min-block-size: var(--_button-height);
    padding-block: 0;
    padding-inline: var(--_button-padding);
    border: var(--lv-border-width-thin) solid transparent;
    border-radius: var(--lv-shape-radius-control);
    background: var(--_button-bg);
    color: var(--_button-fg);
    font: var(--lv-typography-label);
    text-decoration: none;
    cursor: pointer;
    user-select: none;
    transition:
      background-color var(--lv-motion-transition),
      color var(--lv-motion-transition);
  }
  :host([variant='ghost']) .base {
    border-color: transparent;
  }
  .base:hover {
    background: var(--_button-bg-hover);
  }
  .base:active {
    background: var(--_button-bg-active);
  }
  .base:focus-visible {
    ${focusRing}
  }
  :host([disabled]) .base {
    background: var(--_button-bg-disabled);
    color: var(--lv-color-text-disabled);
    cursor: not-allowed;
  }
  :host([loading]) .base {
    cursor: progress;
  }
  .spinner {
    inline-size: var(--lv-space-4);
    block-size: var(--lv-space-4);
    border: var(--lv-border-width-thick) solid currentColor;
    border-inline-end-color: transparent;
    border-radius: var(--lv-radius-full);
    animation: spin var(--lv-motion-emphasize-duration) var(--lv-motion-emphasize-timing-function) infinite;
  }
  @keyframes spin {
    to {
      rotate: 1turn;
    }
  }
  ::slotted(*) {
    flex: none;
  }
`;
