import { html, nothing, type PropertyDeclarations } from 'lit';
import { LvDismissEvent } from '../base/events.ts';
import { LiveryElement } from '../base/livery-element.ts';
import { lineGlyph } from '../base/svg.ts';
import { bannerStyles } from './banner.styles.ts';

/**
 * A message about the page or a task, in a status color. It is a polite live region
 * (`role="status"`): a screen reader announces new content without interrupting. The text
 * carries the meaning; color and icon only repeat it.
 *
 * @summary Status message (success, warning, danger, info), optionally dismissible.
 * @status stable
 * @tag lv-banner
 *
 * @slot - The message.
 * @slot icon - An icon before the message (e.g. `<lv-icon>`).
 * @slot action - Buttons or links after the message.
 *
 * @csspart base - The banner's box (the live region).
 * @csspart heading - The heading line, when `heading` is set.
 * @csspart message - The message and its heading.
 * @csspart dismiss - The dismiss button.
 *
 * @event lv-dismiss - The user asked to dismiss the banner; cancel it to keep the banner shown.
 */
export class LvBanner extends LiveryElement {
  static override styles = [LiveryElement.hostStyles, bannerStyles];

  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    heading: {},
    dismissible: { type: Boolean, reflect: true },
    dismissLabel: { attribute: 'dismiss-label' },
  };

  static override allowedValues = { variant: ['info', 'success', 'warning', 'danger'] };

  /** Status role: `info`, `success`, `warning` or `danger`. */
  declare variant: 'info' | 'success' | 'warning' | 'danger';
  /** A short heading shown above the message (rendered as text). */
  declare heading: string;
  /** Shows a dismiss button; dismissing fires `lv-dismiss` and then hides the banner. */
  declare dismissible: boolean;
  /** Accessible name of the dismiss button (translate it with the page). */
  declare dismissLabel: string;

  constructor() {
    super();
    this.variant = 'info';
    this.heading = '';
    this.dismissible = false;
    this.dismissLabel = 'Dismiss';
  }

  /** Hides the banner unless an `lv-dismiss` listener cancels it. */
  dismiss(): void {
    if (this.dispatchEvent(new LvDismissEvent())) this.hidden = true;
  }

  protected override render() {
    return html`<div part="base" class="base" role="status" aria-live="polite">
      <slot name="icon"></slot>
      <div part="message" class="message">
        ${this.heading ? html`<strong part="heading" class="heading">${this.heading}</strong>` : nothing}
        <slot></slot>
      </div>
      <slot name="action"></slot>
      ${
        this.dismissible
          ? html`<button
              part="dismiss"
              class="dismiss"
              type="button"
              aria-label=${this.dismissLabel}
              @click=${this.dismiss}
            >
              ${lineGlyph('M6 6l12 12M18 6L6 18', 1.75)}
            </button>`
          : nothing
      }
    </div>`;
  }
}

customElements.define('lv-banner', LvBanner);

declare global {
  interface HTMLElementTagNameMap {
    'lv-banner': LvBanner;
  }
}
