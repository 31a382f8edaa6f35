import { html, type PropertyDeclarations } from 'lit';
import { LiveryElement } from '../base/livery-element.ts';
import { badgeStyles } from './badge.styles.ts';

/**
 * A short status or category label. The text carries the meaning; the color only repeats it.
 *
 * @summary Short status or category label.
 * @status stable
 * @tag lv-badge
 *
 * @slot - The badge text.
 * @slot start - An icon before the text.
 *
 * @csspart base - The badge's box.
 */
export class LvBadge extends LiveryElement {
  static override styles = [LiveryElement.hostStyles, badgeStyles];

  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
  };

  static override allowedValues = { variant: ['neutral', 'brand', 'success', 'warning', 'danger', 'info'] };

  /** Color role: `neutral`, `brand`, `success`, `warning`, `danger` or `info`. */
  declare variant: 'neutral' | 'brand' | 'success' | 'warning' | 'danger' | 'info';

  constructor() {
    super();
    this.variant = 'neutral';
  }

  protected override render() {
    return html`<span part="base" class="base"><slot name="start"></slot><slot></slot></span>`;
  }
}

customElements.define('lv-badge', LvBadge);

declare global {
  interface HTMLElementTagNameMap {
    'lv-badge': LvBadge;
  }
}
