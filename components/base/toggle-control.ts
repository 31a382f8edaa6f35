import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { controlAria, hintAndError, LiveryFormControl } from './form-control.ts';

/**
 * Base of the on/off controls (checkbox, switch): a native `<input type="checkbox">` inside.
 * Submits `value` (default "on") under `name` while checked, nothing while unchecked, like the
 * native checkbox. The `checked` attribute is the initial state that `form.reset()` returns to.
 */
export abstract class LiveryToggleControl extends LiveryFormControl {
  static override properties: PropertyDeclarations = {
    checked: { type: Boolean, attribute: false },
    defaultChecked: { type: Boolean, attribute: 'checked' },
    value: {},
    hint: {},
  };

  #checked = false;
  /** The state was set by the user or by script, so the `checked` attribute no longer drives it (HTML's "dirty checkedness"). */
  #explicit = false;

  /**
   * Whether the control is on (not reflected, like a native checkbox's `checked` property). Once
   * set, by the user or by script (a framework binding, even before the element upgrades), the
   * `checked` attribute no longer overrides it, until the form is reset.
   */
  get checked(): boolean {
    return this.#checked;
  }
  set checked(value: boolean) {
    this.#checked = value;
    this.#explicit = true;
  }
  /** The initial state, from the `checked` attribute; `form.reset()` returns to it. */
  declare defaultChecked: boolean;
  /** What the form submits while checked. */
  declare value: string;
  /** Hint shown below the label (rendered as text). */
  declare hint: string;

  constructor() {
    super();
    this.defaultChecked = false;
    this.value = 'on';
    this.hint = '';
  }

  protected get control(): HTMLInputElement | null {
    return this.renderRoot?.querySelector('input') ?? null;
  }
  protected get formValue(): string | null {
    return this.checked ? this.value : null;
  }
  protected override get formState(): string {
    return String(this.checked);
  }

  override formResetCallback(): void {
    const old = this.#checked;
    this.#checked = this.defaultChecked;
    this.#explicit = false;
    this.requestUpdate('checked', old);
    this.touched = false;
  }
  override formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.checked = state === 'true';
  }

  /**
   * What the control draws over the native input (the check mark, the switch's thumb).
   * @internal
   */
  protected abstract renderIndicator(): TemplateResult;

  /**
   * The native input's `role`, when it is not a plain checkbox (`switch`).
   * @internal
   */
  protected get inputRole(): string | undefined {
    return undefined;
  }

  /**
   * Whether the native input shows the mixed state (only a checkbox has one).
   * @internal
   */
  protected get mixed(): boolean {
    return false;
  }

  /** One template for every toggle control; a subclass draws its indicator and may set the input's role. */
  protected override render() {
    const error = this.showError;
    return html`
      <label part="base" class="base ${error ? 'invalid' : ''}">
        <span part="control" class="control">
          <input
            class="input"
            type="checkbox"
            role=${this.inputRole ?? nothing}
            .checked=${live(this.checked)}
            .indeterminate=${this.mixed}
            ?required=${this.required}
            ?disabled=${this.disabled}
            ${controlAria(this.hint, error)}
            @input=${this.onInput}
            @change=${this.onChange}
          />
          ${this.renderIndicator()}
        </span>
        <span part="label" class="label"><slot></slot></span>
      </label>
      ${hintAndError(this.hint, error ? this.validationMessage : undefined)}
    `;
  }

  /** Toggles the control as a click would, firing `input`, `change` and `lv-change`. */
  toggle(): void {
    this.control?.click();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('defaultChecked') && !this.#explicit) this.#checked = this.defaultChecked;
  }

  protected markDirty(): void {
    this.#explicit = true;
  }

  /** The native checkbox's `input`: it has toggled; take its state before the page hears of it. */
  protected onInput(event: Event): void {
    this.applyInput(() => (this.checked = (event.target as HTMLInputElement).checked));
  }

  /** The native checkbox's `change` (not composed): re-fire it on the host. */
  protected onChange(): void {
    this.commitChange();
  }
}
