import {
  html,
  noChange,
  nothing,
  type ElementPart,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
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

  /**
   * The native control's `input`: take its value before the page hears of it.
   * @internal
   */
  protected onInput(event: Event): void {
    this.applyInput(() => (this.value = (event.target as NativeControl).value));
  }

  /**
   * The native control's `change` (not composed): re-fire it on the host.
   * @internal
   */
  protected onChange(): void {
    this.commitChange();
  }

  /**
   * Leaving a control the user has edited shows its validation message from then on.
   * @internal
   */
  protected onBlur(): void {
    this.touched ||= this.dirty;
  }
}

/*
 * The text around a form control's native element: the hint and the validation message below
 * every control, the label above a text-like control. One owner, so every control describes its
 * native element the same way: the hint and the message carry the ids `hint` and `error`, and the
 * element's `aria-describedby` lists the ones shown, hint first (the order they are read).
 */

/** See controlAria(). */
class ControlAria extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('controlAria() binds to the native element: <input ${controlAria(…)}>');
  }

  render(_hint: string, _showError: boolean): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [hint, showError]: [string, boolean]): typeof noChange {
    const element = part.element;
    if (showError) element.setAttribute('aria-invalid', 'true');
    else element.removeAttribute('aria-invalid');
    const ids = [hint ? 'hint' : '', showError ? 'error' : ''].filter(Boolean).join(' ');
    if (ids) element.setAttribute('aria-describedby', ids);
    else element.removeAttribute('aria-describedby');
    return noChange;
  }
}

/**
 * The native element's ARIA for what hintAndError() shows below it, as an element binding
 * (`<input ${controlAria(this.hint, error)}>`): `aria-invalid="true"` while the validation message
 * shows, and `aria-describedby` naming the hint and the message that are there, hint first.
 * @internal
 */
export const controlAria = directive(ControlAria);

/**
 * The hint (part `hint`) and, while it shows, the validation message (part `error`) below a
 * control, both as text.
 * @internal
 */
export function hintAndError(hint: string, error: string | undefined): TemplateResult {
  return html`
    ${hint ? html`<div part="hint" class="hint" id="hint">${hint}</div>` : nothing}
    ${error !== undefined ? html`<div part="error" class="error" id="error">${error}</div>` : nothing}
  `;
}

/** What the layout of a text-like control reads from it. */
interface TextLikeControl {
  /** The label above the frame; none renders when empty. */
  label: string;
  hint: string;
  /** A required control's label ends in an asterisk that screen readers skip (they announce the native `required`). */
  required: boolean;
  validationMessage: string;
}

/**
 * The layout of a text-like control (text field, select; styled by field.styles.ts): the label
 * (part `label`) for the native element with id `control`, the frame (part `frame`, marked
 * `invalid` while the validation message shows) around that element and whatever the control
 * draws beside it, then the hint and the message.
 * @internal
 */
export function fieldLayout(
  field: TextLikeControl,
  { control, showError }: { control: string; showError: boolean },
  frame: TemplateResult,
): TemplateResult {
  return html`
    ${
      field.label
        ? html`<label part="label" class="label" for=${control}
            >${field.label}${field.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}</label
          >`
        : nothing
    }
    <div part="frame" class="frame ${showError ? 'invalid' : ''}">${frame}</div>
    ${hintAndError(field.hint, showError ? field.validationMessage : undefined)}
  `;
}
