import { css } from 'lit';
import { bodyTextBlock } from '../base/body-text.styles.ts';

export const featureBlockStyles = css`
  ${bodyTextBlock}
  .base {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--lv-space-8);
    padding-block: var(--lv-space-12);
    padding-inline: var(--lv-space-6);
    border-radius: var(--lv-shape-radius-container);
    background: var(--lv-color-surface-default);
  }
  :host([tone='sunken']) .base {
    background: var(--lv-color-surface-sunken);
  }
  :host([media-position='start']) .base {
    flex-direction: row-reverse;
  }
  .content,
  .media {
    flex: 1 1 calc(var(--lv-space-24) * 3);
    min-inline-size: 0;
  }
  .eyebrow {
    margin-block-end: var(--lv-space-2);
    color: var(--lv-color-text-secondary);
    font: var(--lv-typography-label);
    letter-spacing: var(--lv-font-tracking-wide);
    text-transform: uppercase;
  }
  .heading ::slotted(*) {
    margin: 0;
    font: var(--lv-typography-headline);
  }
  .body {
    margin-block-start: var(--lv-space-4);
    color: var(--lv-color-text-secondary);
    font: var(--lv-typography-lead);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lv-space-3);
    margin-block-start: var(--lv-space-6);
  }
  .media ::slotted(*) {
    display: block;
    inline-size: 100%;
    block-size: auto;
    border-radius: var(--lv-shape-radius-container);
  }
  [hidden] {
    display: none;
  }
`;
