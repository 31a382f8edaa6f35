import { css } from 'lit';

/**
 * A block host that sets the body text its content inherits: the form controls and the content
 * blocks (card, feature block) read as running text on the page, whatever text style the page
 * around them has.
 */
export const bodyTextBlock = css`
  :host {
    display: block;
    color: var(--lv-color-text-primary);
    font: var(--lv-typography-body);
  }
`;
