import { html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LiveryElement } from '../base/livery-element.ts';
import { buttonStyles } from './button.styles.ts';

/**
 * The brand's button. Renders a native `<button>` (or an `<a>` when given `href`), so Enter,
 * Space, focus and the accessible role are the native ones. `type="submit"` and `type="reset"`
 * act on the form the button is in.
 *
 * @summary Button in four variants and three sizes; a link when given `href`.
 * @status stable
 * @tag lv-button
 *
 * @slot - The button's label.
 * @slot start - An icon before the label (on the left in LTR, on the right in RTL).
 * @slot end - An icon after the label.
 *
 * @csspart base - The native `<button>` or `<a>`.
 * @csspart spinner - The progress indicator shown while `loading`.
 */
export class LvButton extends LiveryElement {
  static formAssociated = true;
  static override styles = [LiveryElement.hostStyles, buttonStyles];

  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    size: { reflect: true },
    type: {},
    disabled: { type: Boolean, reflect: true },
    loading: { type: Boolean, reflect: true },
    fullWidth: { type: Boolean, reflect: true, attribute: 'full-width' },
    href: {},
    target: {},
    rel: {},
    download: {},
  };

  /** Visual emphasis: `primary` (one per view), `secondary`, `ghost` or `danger` (destructive). */
  declare variant: 'primary' | 'secondary' | 'ghost' | 'danger';
  /** Control height and padding: `sm`, `md` or `lg`. */
  declare size: 'sm' | 'md' | 'lg';
  /** What the button does in a form: `button` (nothing), `submit` or `reset`. */
  declare type: 'button' | 'submit' | 'reset';
  /** Disables the button (a link loses its `href`). */
  declare disabled: boolean;
  /** Shows a progress indicator and ignores activation, keeping the label for screen readers. */
  declare loading: boolean;
  /** Stretches the button to the inline size of its container. */
  declare fullWidth: boolean;
  /** Renders an `<a>` to this URL instead of a `<button>`. */
  declare href: string | undefined;
  /** Where to open `href` (`_blank` adds `rel="noopener noreferrer"`). */
  declare target: string | undefined;
  /** Link relationship for `href`. */
  declare rel: string | undefined;
  /** Download the `href` resource, optionally under this file name. */
  declare download: string | undefined;

  readonly #internals: ElementInternals;

  constructor() {
    super();
    this.#internals = this.attachInternals();
    this.variant = 'primary';
    this.size = 'md';
    this.type = 'button';
    this.disabled = false;
    this.loading = false;
    this.fullWidth = false;
  }

  /** The form the button submits or resets. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  #onClick(event: MouseEvent): void {
    if (this.disabled || this.loading) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (this.href) return;
    if (this.type === 'submit') this.form?.requestSubmit();
    if (this.type === 'reset') this.form?.reset();
  }

  protected override render() {
    const content = html`
      ${this.loading ? html`<span part="spinner" class="spinner" aria-hidden="true"></span>` : html`<slot name="start"></slot>`}
      <slot></slot>
      <slot name="end"></slot>
    `;
    if (this.href) {
      const rel = this.rel ?? (this.target === '_blank' ? 'noopener noreferrer' : undefined);
      return html`<a
        part="base"
        class="base"
        href=${ifDefined(this.disabled ? undefined : this.href)}
        target=${ifDefined(this.target)}
        rel=${ifDefined(rel)}
        download=${ifDefined(this.download)}
        role=${this.disabled ? 'link' : nothing}
        aria-disabled=${this.disabled ? 'true' : nothing}
        tabindex=${this.disabled ? '-1' : nothing}
        @click=${this.#onClick}
        >${content}</a
      >`;
    }
    return html`<button
      part="base"
      class="base"
      type="button"
      ?disabled=${this.disabled}
      aria-disabled=${this.loading ? 'true' : nothing}
      aria-busy=${this.loading ? 'true' : nothing}
      @click=${this.#onClick}
    >
      ${content}
    </button>`;
  }
}

customElements.define('lv-button', LvButton);

declare global {
  interface HTMLElementTagNameMap {
    'lv-button': LvButton;
  }
}
