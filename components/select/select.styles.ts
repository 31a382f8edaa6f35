import { css } from 'lit';

export const selectStyles = css`
  .frame {
    position: relative;
  }
  .control {
    appearance: none;
    min-block-size: var(--lv-size-control-md);
    padding-inline-end: var(--lv-space-10);
    cursor: pointer;
  }
  .chevron {
    position: absolute;
    inset-inline-end: var(--lv-space-3);
    inline-size: var(--lv-space-5);
    block-size: var(--lv-space-5);
    pointer-events: none;
  }
  :host([disabled]) .control {
    cursor: not-allowed;
  }
`;
