import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { LiveryElement } from '../base/livery-element.ts';
import { LiveryToggleControl } from '../base/toggle-control.ts';
import { toggleStyles } from '../base/toggle.styles.ts';
import { switchStyles } from './switch.styles.ts';

/**
 * An on/off switch for settings that apply at once: a native `<input type="checkbox"
 * role="switch">` inside (Space toggles it, screen readers announce "switch, on/off"),
 * form-associated outside.
 *
 * @summary On/off switch for settings that take effect immediately.
 * @status stable
 * @tag lv-switch
 *
 * @slot - The label.
 *
 * @csspart base - The `<label>` around the track and the label text.
 * @csspart control - The track and its thumb.
 * @csspart label - The label text.
 * @csspart hint - The hint below the label.
 * @csspart error - The validation message, shown once the user has interacted.
 *
 * @event input - The user switched it on or off; `checked` already holds the new state.
 * @event change - The user committed the new state (after `input`; bubbles and is composed, like the native one).
 * @event lv-change - Fired right after `change`.
 */
export class LvSwitch extends LiveryToggleControl {
  static override styles = [LiveryElement.hostStyles, toggleStyles, switchStyles];

  protected override render() {
    const error = this.showError;
    const described = [this.hint ? 'hint' : '', error ? 'error' : ''].filter(Boolean).join(' ');
    return html`
      <label part="base" class="base">
        <span part="control" class="control">
          <input
            class="input"
            type="checkbox"
            role="switch"
            .checked=${live(this.checked)}
            ?required=${this.required}
            ?disabled=${this.disabled}
            aria-invalid=${error ? 'true' : nothing}
            aria-describedby=${described || nothing}
            @input=${this.onInput}
            @change=${this.onChange}
          />
          <span class="thumb" aria-hidden="true"></span>
        </span>
        <span part="label" class="label"><slot></slot></span>
      </label>
      ${this.hint ? html`<div part="hint" class="hint" id="hint">${this.hint}</div>` : nothing}
      ${error ? html`<div part="error" class="error" id="error">${this.validationMessage}</div>` : nothing}
    `;
  }
}

customElements.define('lv-switch', LvSwitch);

declare global {
  interface HTMLElementTagNameMap {
    'lv-switch': LvSwitch;
  }
}
