/** Fired by form controls when the user commits a change (like the native `change`). */
export class LvChangeEvent extends Event {
  constructor() {
    super('lv-change', { bubbles: true, composed: true });
  }
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
