import { css } from 'lit';
import { bodyTextBlock } from '../base/body-text.styles.ts';

export const cardStyles = css`
  ${bodyTextBlock}
  .base {
    display: flex;
    flex-direction: column;
    block-size: 100%;
    overflow: hidden;
    border: var(--lv-border-width-thin) solid var(--lv-color-border-default);
    border-radius: var(--lv-shape-radius-container);
    background: var(--lv-color-surface-raised);
    box-shadow: var(--lv-elevation-raised);
  }
  :host([appearance='flat']) .base {
    box-shadow: none;
  }
  .media ::slotted(*) {
    display: block;
    inline-size: 100%;
  }
  .header {
    padding-block: var(--lv-space-5) 0;
    padding-inline: var(--lv-space-5);
    font: var(--lv-typography-title);
  }
  .body {
    flex: 1 1 auto;
    padding: var(--lv-space-5);
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lv-space-2);
    padding-block: var(--lv-space-4);
    padding-inline: var(--lv-space-5);
    border-block-start: var(--lv-border-width-thin) solid var(--lv-color-border-subtle);
  }
  [hidden] {
    display: none;
  }
`;
