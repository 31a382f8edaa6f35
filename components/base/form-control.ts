import type { PropertyDeclarations, PropertyValues } from 'lit';
import { changeEvent, LvChangeEvent } from './events.ts';
import { LiveryElement } from './livery-element.ts';

/** The native element a form control wraps in its shadow root and takes its validity from. */
export type NativeControl = HTMLInputElement | HTMLSelectElement;

/**
 * Base of the form-associated controls. Each one wraps the native element it stands for (so
 * keyboard and screen-reader behavior is the native one) and reports that element's value and
 * validity to the outer `<form>` through `ElementInternals`: a form submits it in `FormData`,
 * `required` blocks submission with the browser's own message, `form.reset()` and the browser's
 * history restore reach it, and a disabled `<fieldset>` disables it.
 */
export abstract class LiveryFormControl extends LiveryElement {
  static formAssociated = true;

  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    disabled: { type: Boolean, reflect: true },
    required: { type: Boolean, reflect: true },
  };

  /** Name under which the value is submitted with the form. */
  declare name: string;
  /** Disables the control: it cannot be focused or changed and is not submitted. */
  declare disabled: boolean;
  /** The form cannot be submitted until the control has a value. */
  declare required: boolean;

  protected readonly internals: ElementInternals;
  #customMessage = '';
  #shownValid = true;
  #touched = false;

  /** Whether the user has interacted with the control (its error message shows from then on). */
  protected get touched(): boolean {
    return this.#touched;
  }
  protected set touched(value: boolean) {
    if (value === this.#touched) return;
    this.#touched = value;
    this.requestUpdate();
  }

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.name = '';
    this.disabled = false;
    this.required = false;
    this.addEventListener('invalid', () => {
      this.touched = true;
    });
  }

  /** The native element in the shadow root, once rendered. */
  protected abstract get control(): NativeControl | null;
  /** What the form submits for this control (`null`: nothing). */
  protected abstract get formValue(): string | null;
  /** What the browser stores to restore the control on history navigation. */
  protected get formState(): string | null {
    return this.formValue;
  }
  /** Called when the owning form is reset. */
  abstract formResetCallback(): void;
  /** Called when the browser restores the control (back/forward, autofill). */
  abstract formStateRestoreCallback(state: string | File | FormData | null): void;

  /** The `<form>` the control belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /** The control's validity, as for a native input. */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /** The message the browser would show for the current validity problem. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  /** Whether the control takes part in constraint validation. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  /** Checks validity; fires `invalid` on the control when it is not valid. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  /** Checks validity and, when not valid, shows the problem to the user. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }
  /** Sets a custom validity message; an empty string makes the control valid again. */
  setCustomValidity(message: string): void {
    this.#customMessage = message;
    this.syncForm();
  }

  /** Whether to show the validation message now (after interaction or a failed submit). */
  protected get showError(): boolean {
    return this.touched && !this.internals.validity.valid;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncForm();
  }

  /**
   * Records a user edit the native control has just made (its `input` event, which is composed and
   * reaches the page after this runs): the state and the form value are current before any
   * listener outside sees the event, as with a native control.
   */
  protected applyInput(update: () => void): void {
    this.markDirty();
    update();
    this.syncForm();
  }

  /** Fires `change` then `lv-change` on the host once the user commits (the native `change`). */
  protected commitChange(): void {
    this.touched = true;
    this.dispatchEvent(changeEvent());
    this.dispatchEvent(new LvChangeEvent());
  }

  /** Notes that the user changed the value, so attribute updates no longer overwrite it. */
  protected abstract markDirty(): void;

  /** Hands the native control's value and validity to the form. */
  protected syncForm(): void {
    const control = this.control;
    if (!control) return;
    control.setCustomValidity(this.#customMessage);
    this.internals.setFormValue(this.formValue, this.formState);
    if (control.validity.valid) this.internals.setValidity({});
    else this.internals.setValidity(control.validity, control.validationMessage, control);
    if (this.#shownValid !== control.validity.valid) {
      this.#shownValid = control.validity.valid;
      this.requestUpdate();
    }
  }
}

/**
 * A form control whose value is one string (text field, select): it submits and restores that
 * string, and a form reset returns it to `defaultValue` and forgets that the user changed it.
 */
export abstract class LiveryStringControl extends LiveryFormControl {
  /** The current value. */
  abstract value: string;
  /** The value a form reset returns to. */
  abstract readonly defaultValue: string;
  /** Whether the user has changed the value since the control was created or reset. */
  protected dirty = false;

  protected get formValue(): string {
    return this.value;
  }
  protected markDirty(): void {
    this.dirty = true;
  }

  override formResetCallback(): void {
    this.dirty = false;
    this.value = this.defaultValue;
    this.touched = false;
  }

  override formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }
}
