import { html, type PropertyDeclarations } from 'lit';
import { LiveryElement } from '../base/livery-element.ts';
import { featureBlockStyles } from './feature-block.styles.ts';

/**
 * The marketing module: eyebrow, heading, body and call to action beside a piece of media. Side
 * by side when there is room, stacked when not (no viewport media query, so it also works in
 * narrow columns). Put a real heading element in the `heading` slot.
 *
 * @summary Marketing module: eyebrow, heading, body, media and call to action.
 * @status stable
 * @tag lv-feature-block
 *
 * @slot eyebrow - A short kicker above the heading.
 * @slot heading - The heading (a heading element, e.g. `<h2>`).
 * @slot - The body copy.
 * @slot actions - The call to action (`<lv-button>`s or links).
 * @slot media - An image, video or illustration.
 *
 * @csspart base - The module's box.
 * @csspart content - The column with the text and call to action.
 * @csspart eyebrow - The eyebrow line.
 * @csspart heading - The heading.
 * @csspart body - The body copy.
 * @csspart actions - The call-to-action row.
 * @csspart media - The media column.
 */
export class LvFeatureBlock extends LiveryElement {
  static override styles = [LiveryElement.hostStyles, featureBlockStyles];

  static override properties: PropertyDeclarations = {
    mediaPosition: { reflect: true, attribute: 'media-position' },
    tone: { reflect: true },
  };

  static override allowedValues = { mediaPosition: ['end', 'start'], tone: ['default', 'sunken'] };

  /** Side of the media in wide layouts: `end` (after the text) or `start`; follows `dir`. */
  declare mediaPosition: 'start' | 'end';
  /** Background: `default` or `sunken` (to alternate modules down a page). */
  declare tone: 'default' | 'sunken';

  constructor() {
    super();
    this.mediaPosition = 'end';
    this.tone = 'default';
  }

  protected override render() {
    const has = (name: string) => this.filledSlots.has(name);
    return html`<div part="base" class="base">
      <div part="content" class="content">
        <div part="eyebrow" class="eyebrow" ?hidden=${!has('eyebrow')}>
          <slot name="eyebrow" @slotchange=${this.onSlotChange}></slot>
        </div>
        <div part="heading" class="heading"><slot name="heading"></slot></div>
        <div part="body" class="body"><slot></slot></div>
        <div part="actions" class="actions" ?hidden=${!has('actions')}>
          <slot name="actions" @slotchange=${this.onSlotChange}></slot>
        </div>
      </div>
      <div part="media" class="media" ?hidden=${!has('media')}>
        <slot name="media" @slotchange=${this.onSlotChange}></slot>
      </div>
    </div>`;
  }
}

customElements.define('lv-feature-block', LvFeatureBlock);

declare global {
  interface HTMLElementTagNameMap {
    'lv-feature-block': LvFeatureBlock;
  }
}
