import { html, type PropertyDeclarations } from 'lit';
import { LiveryElement } from '../base/livery-element.ts';
import { cardStyles } from './card.styles.ts';

/**
 * A raised container for one piece of content: optional media, heading, body and footer.
 * Sections without content collapse. Put a real heading element (`<h3>`…) in the `heading` slot.
 *
 * @summary Container for one piece of content with media, heading, body and footer.
 * @status stable
 * @tag lv-card
 *
 * @slot - The card's body.
 * @slot media - An image or illustration, full bleed at the top.
 * @slot heading - The card's heading (a heading element).
 * @slot footer - Actions or metadata at the bottom.
 *
 * @csspart base - The card's box.
 * @csspart media - The media section.
 * @csspart header - The heading section.
 * @csspart body - The body section.
 * @csspart footer - The footer section.
 */
export class LvCard extends LiveryElement {
  static override styles = [LiveryElement.hostStyles, cardStyles];

  static override properties: PropertyDeclarations = {
    appearance: { reflect: true },
  };

  static override allowedValues = { appearance: ['raised', 'flat'] };

  /** `raised` (with elevation) or `flat` (border only). */
  declare appearance: 'raised' | 'flat';

  constructor() {
    super();
    this.appearance = 'raised';
  }

  protected override render() {
    const has = (name: string) => this.filledSlots.has(name);
    return html`<div part="base" class="base">
      <div part="media" class="media" ?hidden=${!has('media')}>
        <slot name="media" @slotchange=${this.onSlotChange}></slot>
      </div>
      <div part="header" class="header" ?hidden=${!has('heading')}>
        <slot name="heading" @slotchange=${this.onSlotChange}></slot>
      </div>
      <div part="body" class="body"><slot></slot></div>
      <div part="footer" class="footer" ?hidden=${!has('footer')}>
        <slot name="footer" @slotchange=${this.onSlotChange}></slot>
      </div>
    </div>`;
  }
}

customElements.define('lv-card', LvCard);

declare global {
  interface HTMLElementTagNameMap {
    'lv-card': LvCard;
  }
}
