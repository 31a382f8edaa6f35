import { css } from 'lit';

export const logoStyles = css`
  :host {
    display: inline-block;
    color: var(--lv-color-text-primary);
    line-height: 0;
  }
  .clear-space {
    display: inline-block;
    padding: calc(var(--_logo-width) * var(--_logo-aspect) * var(--_logo-clear));
  }
  svg {
    display: block;
    inline-size: var(--_logo-width);
    min-inline-size: var(--_logo-min);
    block-size: auto;
  }
`;
