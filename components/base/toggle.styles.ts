import { css } from 'lit';
import { focusRing } from './livery-element.ts';
import { bodyTextBlock } from './body-text.styles.ts';
import { hintAndErrorStyles } from './form-control.styles.ts';

/** The label layout, the native input's states, the hint and the error, shared by checkbox and switch. */
export const toggleStyles = css`
  ${bodyTextBlock}
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
  /* Only a checkbox is ever indeterminate. */
  .input:checked,
  .input:indeterminate {
    border-color: var(--lv-color-interactive-primary-default);
    background: var(--lv-color-interactive-primary-default);
  }
  .input:focus-visible {
    ${focusRing}
  }
  .input:disabled {
    border-color: var(--lv-color-border-disabled);
    background: var(--lv-color-interactive-primary-disabled);
  }
  :host([disabled]) .base {
    color: var(--lv-color-text-disabled);
    cursor: not-allowed;
  }
  ${hintAndErrorStyles}
`;
