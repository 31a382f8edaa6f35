import { css } from 'lit';

export const textFieldStyles = css`
  .control {
    min-block-size: var(--lv-size-control-md);
  }
  .control::-webkit-search-cancel-button {
    margin-inline-start: var(--lv-space-2);
  }
`;
