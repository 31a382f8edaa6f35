import { css } from 'lit';

export const iconStyles = css`
  :host {
    display: inline-flex;
    flex: none;
    inline-size: var(--_icon-size, var(--lv-space-5));
    block-size: var(--_icon-size, var(--lv-space-5));
    color: inherit;
    vertical-align: middle;
  }
  :host([size='sm']) {
    --_icon-size: var(--lv-space-4);
  }
  :host([size='lg']) {
    --_icon-size: var(--lv-space-6);
  }
  svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
  }
  :host(:dir(rtl)[flip-rtl]) svg {
    scale: -1 1;
  }
`;
