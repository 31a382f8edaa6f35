/** Fired by form controls when the user commits a change (like the native `change`). */
export class LvChangeEvent extends Event {
  constructor() {
    super('lv-change', { bubbles: true, composed: true });
  }
}

/**
 * The `change` a form control fires on the host when the user commits a change, after its state
 * and its `input` event, as a native control does. The native `change` inside the shadow root is
 * not composed and never reaches the page, so frameworks that listen for `change` (React's
 * `onChange`, Vue's `v-model.lazy`, Svelte's `onchange`) need this one.
 */
export function changeEvent(): Event {
  return new Event('change', { bubbles: true, composed: true });
}

/** Fired by a dismissible component before it hides; call `preventDefault()` to keep it open. */
export class LvDismissEvent extends Event {
  constructor() {
    super('lv-dismiss', { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lv-change': LvChangeEvent;
    'lv-dismiss': LvDismissEvent;
  }
}
