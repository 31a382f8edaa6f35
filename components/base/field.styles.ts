import { css } from 'lit';
import { bodyTextBlock } from './body-text.styles.ts';
import { hintAndErrorStyles } from './form-control.styles.ts';
import { focusRing } from './livery-element.ts';

/** Label, frame, hint and error message shared by the text-like controls (text field, select). */
export const fieldStyles = css`
  ${bodyTextBlock}
  .label {
    display: block;
    margin-block-end: var(--lv-space-1);
    color: var(--lv-color-text-secondary);
    font: var(--lv-typography-label);
  }
  .required {
    color: var(--lv-color-status-danger-fg);
  }
  .frame {
    display: flex;
    align-items: center;
    min-block-size: var(--lv-size-control-md);
    border: var(--lv-border-width-thin) solid var(--lv-color-border-input);
    border-radius: var(--lv-shape-radius-control);
    background: var(--lv-color-surface-default);
    transition: border-color var(--lv-motion-transition);
  }
  .frame:has(.control:focus-visible) {
    ${focusRing}
  }
  .control {
    flex: 1 1 auto;
    min-inline-size: 0;
    align-self: stretch;
    margin: 0;
    padding-block: 0;
    padding-inline: var(--lv-space-3);
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    outline: none;
  }
  .control::placeholder {
    color: var(--lv-color-text-muted);
    opacity: 1;
  }
  .frame.invalid {
    border-color: var(--lv-color-status-danger-fg);
  }
  :host([disabled]) .frame {
    border-color: var(--lv-color-border-disabled);
    background: var(--lv-color-interactive-secondary-disabled);
    color: var(--lv-color-text-disabled);
  }
  ${hintAndErrorStyles}
`;
