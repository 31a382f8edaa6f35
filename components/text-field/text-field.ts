import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fieldStyles } from '../base/field.styles.ts';
import { controlAria, fieldLayout, LiveryStringControl } from '../base/form-control.ts';
import { submitImplicitly } from '../base/implicit-submission.ts';
import { LiveryElement } from '../base/livery-element.ts';
import { textFieldStyles } from './text-field.styles.ts';

/**
 * A single-line text input with its label, hint and validation message: a native
 * `<input>` inside, form-associated outside.
 *
 * @summary Single-line text input with label, hint and validation message.
 * @status stable
 * @tag lv-text-field
 *
 * @csspart label - The `<label>` above the input.
 * @csspart frame - The box around the input (border, background).
 * @csspart input - The native `<input>`.
 * @csspart hint - The hint below the input.
 * @csspart error - The validation message, shown once the user has interacted.
 *
 * @event input - The user edited the value (each keystroke); `value` already holds it.
 * @event change - The user committed an edit (blur or Enter; bubbles and is composed, like the native one).
 * @event lv-change - Fired right after `change`.
 */
export class LvTextField extends LiveryStringControl {
  static override styles = [LiveryElement.hostStyles, fieldStyles, textFieldStyles];

  static override properties: PropertyDeclarations = {
    value: { attribute: false },
    defaultValue: { attribute: 'value' },
    label: {},
    hint: {},
    type: { reflect: true },
    placeholder: {},
    autocomplete: {},
    inputmode: {},
    pattern: {},
    minlength: { type: Number },
    maxlength: { type: Number },
    readonly: { type: Boolean, reflect: true },
  };

  static override allowedValues = { type: ['text', 'email', 'password', 'search', 'tel', 'url', 'number'] };

  #value = '';
  /** The value was set by the user or by script, so the `value` attribute no longer drives it (HTML's "dirty value flag"). */
  #explicit = false;

  /**
   * The current value (not reflected, like a native input's `value` property). Once set, by the
   * user or by script (a framework binding, even before the element upgrades), the `value`
   * attribute no longer overrides it, until the form is reset.
   */
  override get value(): string {
    return this.#value;
  }
  override set value(value: string) {
    this.#value = value;
    this.#explicit = true;
  }
  /** The initial value, from the `value` attribute; `form.reset()` returns to it. */
  declare defaultValue: string;
  /** Visible label text (rendered as text). */
  declare label: string;
  /** Hint shown below the input and read after the label (rendered as text). */
  declare hint: string;
  /** Input type: text, email, password, search, tel, url or number. */
  declare type: 'text' | 'email' | 'password' | 'search' | 'tel' | 'url' | 'number';
  /** Placeholder text; never a replacement for the label. */
  declare placeholder: string;
  /** Autocomplete token passed to the native input. */
  declare autocomplete: string | undefined;
  /** Virtual keyboard hint passed to the native input. */
  declare inputmode: string | undefined;
  /** Regular expression the value must match. */
  declare pattern: string | undefined;
  /** Minimum length of the value. */
  declare minlength: number | undefined;
  /** Maximum length of the value. */
  declare maxlength: number | undefined;
  /** The value can be selected and submitted but not edited. */
  declare readonly: boolean;

  constructor() {
    super();
    this.defaultValue = '';
    this.label = '';
    this.hint = '';
    this.type = 'text';
    this.placeholder = '';
    this.readonly = false;
  }

  protected get control(): HTMLInputElement | null {
    return this.renderRoot?.querySelector('input') ?? null;
  }
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('defaultValue') && !this.#explicit) this.#value = this.defaultValue;
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.#explicit = false;
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.isComposing && this.form) submitImplicitly(this.form);
  }

  protected override render() {
    const error = this.showError;
    return fieldLayout(
      this,
      { control: 'input', showError: error },
      html`
        <input
          part="input"
          id="input"
          class="control"
          .value=${live(this.value)}
          type=${this.allowed('type')}
          placeholder=${this.placeholder || nothing}
          autocomplete=${ifDefined(this.autocomplete as HTMLInputElement['autocomplete'] | undefined)}
          inputmode=${ifDefined(this.inputmode)}
          pattern=${ifDefined(this.pattern)}
          minlength=${ifDefined(this.minlength)}
          maxlength=${ifDefined(this.maxlength)}
          ?required=${this.required}
          ?disabled=${this.disabled}
          ?readonly=${this.readonly}
          ${controlAria(this.hint, error)}
          @input=${this.onInput}
          @change=${this.onChange}
          @blur=${this.onBlur}
          @keydown=${this.#onKeydown}
        />
      `,
    );
  }
}

customElements.define('lv-text-field', LvTextField);

declare global {
  interface HTMLElementTagNameMap {
    'lv-text-field': LvTextField;
  }
}
