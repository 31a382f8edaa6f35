import type { PropertyDeclarations } from 'lit';
import { LiveryElement } from '../base/livery-element.ts';
import { lineGlyph } from '../base/svg.ts';
import { LiveryToggleControl } from '../base/toggle-control.ts';
import { toggleStyles } from '../base/toggle.styles.ts';
import { checkboxStyles } from './checkbox.styles.ts';

/**
 * A checkbox with its label: a native `<input type="checkbox">` inside (Space toggles it,
 * clicking the label toggles it), form-associated outside.
 *
 * @summary Checkbox with label, hint and validation message.
 * @status stable
 * @tag lv-checkbox
 *
 * @slot - The label.
 *
 * @csspart base - The `<label>` around the box and the label text.
 * @csspart control - The box and its check mark.
 * @csspart label - The label text.
 * @csspart hint - The hint below the label.
 * @csspart error - The validation message, shown once the user has interacted.
 *
 * @event input - The user checked or unchecked the box; `checked` already holds the new state.
 * @event change - The user committed the new state (after `input`; bubbles and is composed, like the native one).
 * @event lv-change - Fired right after `change`.
 */
export class LvCheckbox extends LiveryToggleControl {
  static override styles = [LiveryElement.hostStyles, toggleStyles, checkboxStyles];

  static override properties: PropertyDeclarations = {
    indeterminate: { type: Boolean, reflect: true },
  };

  /** Shows the mixed state (a dash) until the user toggles the box. */
  declare indeterminate: boolean;

  constructor() {
    super();
    this.indeterminate = false;
  }

  protected override onInput(event: Event): void {
    this.indeterminate = false;
    super.onInput(event);
  }

  /** @internal The native input's mixed state is `indeterminate`. */
  protected override get mixed(): boolean {
    return this.indeterminate;
  }

  /** @internal The check mark (a dash in the mixed state), drawn over the native input. */
  protected renderIndicator() {
    return lineGlyph(this.indeterminate ? 'M6 12h12' : 'M5.5 12.5l4 4L18.5 7.5', 3, 'mark');
  }
}

customElements.define('lv-checkbox', LvCheckbox);

declare global {
  interface HTMLElementTagNameMap {
    'lv-checkbox': LvCheckbox;
  }
}
