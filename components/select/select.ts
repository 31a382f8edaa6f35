import { html, type PropertyValues, type PropertyDeclarations } from 'lit';
import { fieldStyles } from '../base/field.styles.ts';
import { controlAria, fieldLayout, LiveryStringControl } from '../base/form-control.ts';
import { LiveryElement } from '../base/livery-element.ts';
import { lineGlyph } from '../base/svg.ts';
import { selectStyles } from './select.styles.ts';

interface Choice {
  value: string;
  label: string;
  disabled: boolean;
  selected: boolean;
  group: string;
}

/**
 * A drop-down choice with its label, hint and validation message. Options are native
 * `<option>` (and `<optgroup>`) children, copied as text into a native `<select>` inside, so the
 * keyboard, the platform picker and screen-reader behavior are the native ones.
 *
 * @summary Drop-down choice from `<option>` children, with label, hint and validation.
 * @status stable
 * @tag lv-select
 *
 * @csspart label - The `<label>` above the select.
 * @csspart frame - The box around the select.
 * @csspart select - The native `<select>`.
 * @csspart hint - The hint below the select.
 * @csspart error - The validation message, shown once the user has interacted.
 *
 * @event input - The user picked another option; `value` already holds it.
 * @event change - The user committed the pick (after `input`; bubbles and is composed, like the native one).
 * @event lv-change - Fired right after `change`.
 */
export class LvSelect extends LiveryStringControl {
  static override styles = [LiveryElement.hostStyles, fieldStyles, selectStyles];

  static override properties: PropertyDeclarations = {
    value: {},
    label: {},
    hint: {},
  };

  /** The selected option's value. */
  declare value: string;
  /** Visible label text (rendered as text). */
  declare label: string;
  /** Hint shown below the select and read after the label (rendered as text). */
  declare hint: string;
  #choices: Choice[] = [];

  /** The options, as read from the `<option>` children. */
  protected get choices(): Choice[] {
    return this.#choices;
  }
  protected set choices(value: Choice[]) {
    this.#choices = value;
    this.requestUpdate();
  }
  #observer = new MutationObserver(() => this.#readOptions());

  constructor() {
    super();
    this.value = '';
    this.label = '';
    this.hint = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readOptions();
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  /** The value a reset returns to: the `selected` option, else the first enabled one (native rule). */
  get defaultValue(): string {
    const choice = this.choices.find((c) => c.selected) ?? this.choices.find((c) => !c.disabled);
    return choice?.value ?? '';
  }

  #readOptions(): void {
    this.choices = [...this.querySelectorAll('option')].map((option) => ({
      value: option.value,
      label: option.label || option.textContent?.trim() || '',
      disabled: option.disabled,
      selected: option.hasAttribute('selected'),
      group: option.parentElement?.localName === 'optgroup' ? (option.parentElement as HTMLOptGroupElement).label : '',
    }));
    if (!this.dirty && !this.choices.some((c) => c.value === this.value && this.value !== ''))
      this.value = this.defaultValue;
  }

  protected get control(): HTMLSelectElement | null {
    return this.renderRoot?.querySelector('select') ?? null;
  }
  protected override updated(changed: PropertyValues<this>): void {
    const select = this.control;
    if (select && select.value !== this.value) select.value = this.value;
    super.updated(changed);
  }

  #renderOptions() {
    const groups: { label: string; choices: Choice[] }[] = [];
    for (const choice of this.choices) {
      const last = groups.at(-1);
      if (last && last.label === choice.group) last.choices.push(choice);
      else groups.push({ label: choice.group, choices: [choice] });
    }
    const option = (c: Choice) =>
      html`<option value=${c.value} ?disabled=${c.disabled} ?selected=${c.value === this.value}>${c.label}</option>`;
    return groups.map((g) =>
      g.label ? html`<optgroup label=${g.label}>${g.choices.map(option)}</optgroup>` : g.choices.map(option),
    );
  }

  protected override render() {
    const error = this.showError;
    return fieldLayout(
      this,
      { control: 'select', showError: error },
      html`
        <select
          part="select"
          id="select"
          class="control"
          ?required=${this.required}
          ?disabled=${this.disabled}
          ${controlAria(this.hint, error)}
          @input=${this.onInput}
          @change=${this.onChange}
          @blur=${this.onBlur}
        >
          ${this.#renderOptions()}
        </select>
        ${lineGlyph('M6 9l6 6 6-6', 1.75, 'chevron')}
      `,
    );
  }
}

customElements.define('lv-select', LvSelect);

declare global {
  interface HTMLElementTagNameMap {
    'lv-select': LvSelect;
  }
}
