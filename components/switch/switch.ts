import { html } from 'lit';
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

  /** @internal Screen readers announce "switch, on/off". */
  protected override get inputRole(): string {
    return 'switch';
  }

  /** @internal The thumb, drawn over the track (the native input). */
  protected renderIndicator() {
    return html`<span class="thumb" aria-hidden="true"></span>`;
  }
}

customElements.define('lv-switch', LvSwitch);

declare global {
  interface HTMLElementTagNameMap {
    'lv-switch': LvSwitch;
  }
}
