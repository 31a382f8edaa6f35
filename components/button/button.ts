import { html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LiveryElement } from '../base/livery-element.ts';
import { buttonStyles } from './button.styles.ts';

/**
 * The brand's button. Renders a native `<button>` (or an `<a>` when given `href`), so Enter,
 * Space, focus and the accessible role are the native ones. `type="submit"` and `type="reset"`
 * act on the form the button is in. A submit button is the form's submitter, as a native one is:
 * its `name` and `value` are submitted with the form (through a native `<button type="submit">`
 * placed in the form for the duration of the submission, which is the `submitter` of the
 * `submit` event), its `form*` overrides apply, and Enter in a Livery field clicks the first one.
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
    name: { reflect: true },
    value: {},
    formAction: { attribute: 'formaction' },
    formEnctype: { attribute: 'formenctype' },
    formMethod: { attribute: 'formmethod' },
    formNoValidate: { type: Boolean, attribute: 'formnovalidate' },
    formTarget: { attribute: 'formtarget' },
  };

  static override allowedValues = {
    variant: ['primary', 'secondary', 'ghost', 'danger'],
    size: ['md', 'sm', 'lg'],
    type: ['button', 'submit', 'reset'],
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

  /** Name under which a submit button submits its `value` with the form (only when it submits it). */
  declare name: string;
  /** Value a submit button submits under `name`. */
  declare value: string;
  /** URL the form submits to when this button submits it (overrides the form's `action`). */
  declare formAction: string | undefined;
  /** Encoding of the submission when this button submits the form (overrides `enctype`). */
  declare formEnctype: string | undefined;
  /** HTTP method when this button submits the form (overrides `method`). */
  declare formMethod: string | undefined;
  /** Submits without validating the form (overrides `novalidate`). */
  declare formNoValidate: boolean;
  /** Browsing context the response opens in when this button submits the form (overrides `target`). */
  declare formTarget: string | undefined;

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
    this.name = '';
    this.value = '';
    this.formNoValidate = false;
    // On the host, so that a click on the inner button and `element.click()` both act.
    this.addEventListener('click', (event) => this.#onClick(event));
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
    const type = this.allowed('type');
    if (type === 'submit') this.#submit();
    if (type === 'reset') this.form?.reset();
  }

  /**
   * `requestSubmit(submitter)` accepts only a native submit button of the form, so one stands in
   * for this element while the form submits: the browser then adds its name and value to the
   * form data set and applies its `form*` overrides, exactly as for a native button.
   */
  #submit(): void {
    const form = this.form;
    if (!form) return;
    const proxy = document.createElement('button');
    proxy.type = 'submit';
    proxy.hidden = true;
    const attributes: [string, string | undefined][] = [
      ['name', this.name],
      ['value', this.value],
      ['formaction', this.formAction],
      ['formenctype', this.formEnctype],
      ['formmethod', this.formMethod],
      ['formtarget', this.formTarget],
    ];
    for (const [attribute, value] of attributes) if (value) proxy.setAttribute(attribute, value);
    proxy.formNoValidate = this.formNoValidate;
    form.append(proxy);
    try {
      form.requestSubmit(proxy);
    } finally {
      proxy.remove();
    }
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
