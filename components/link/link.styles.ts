import { css } from 'lit';
import { focusRing } from '../base/livery-element.ts';

export const linkStyles = css`
  :host {
    display: inline;
  }
  a {
    color: var(--lv-color-text-link);
    text-decoration-line: underline;
    text-decoration-thickness: var(--lv-border-width-thin);
    text-underline-offset: var(--lv-space-1);
    border-radius: var(--lv-radius-sm);
    transition: color var(--lv-motion-transition);
  }
  a:hover {
    color: var(--lv-color-text-link-hover);
    text-decoration-thickness: var(--lv-border-width-thick);
  }
  a:focus-visible {
    ${focusRing}
  }
`;
