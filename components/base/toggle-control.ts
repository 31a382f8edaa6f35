import type { PropertyDeclarations, PropertyValues } from 'lit';
import { LiveryFormControl } from './form-control.ts';

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

  /** Whether the control is on (not reflected, like a native checkbox's `checked` property). */
  declare checked: boolean;
  /** The initial state, from the `checked` attribute; `form.reset()` returns to it. */
  declare defaultChecked: boolean;
  /** What the form submits while checked. */
  declare value: string;
  /** Hint shown below the label (rendered as text). */
  declare hint: string;

  #dirty = false;

  constructor() {
    super();
    this.checked = false;
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
    this.#dirty = false;
    this.checked = this.defaultChecked;
    this.touched = false;
  }
  override formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.checked = state === 'true';
  }

  /** Toggles the control as a click would, firing `input`, `change` and `lv-change`. */
  toggle(): void {
    this.control?.click();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('defaultChecked') && !this.#dirty) this.checked = this.defaultChecked;
  }

  protected markDirty(): void {
    this.#dirty = true;
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
