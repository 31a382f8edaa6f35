import { LitElement, css, type PropertyValues } from 'lit';
import { DEV_MODE, warnOnce } from './dev-mode.ts';

/**
 * The one base every Livery component extends. It carries the host styles they all share and the
 * plumbing for direction and theme: components style themselves with CSS logical properties and
 * `var(--lv-…)` custom properties only, so `dir="rtl"`, `data-theme` and `data-brand` on any
 * ancestor reach them through inheritance, without JavaScript.
 */
export class LiveryElement extends LitElement {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Host styles shared by every component; a component lists them first in its own `styles`. */
  static hostStyles = css`
    :host {
      box-sizing: border-box;
    }
    :host([hidden]) {
      display: none !important;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
  `;

  /**
   * The allowed values of each enumerated property (`variant`, `size`…), the default first. A value
   * outside the list renders as the default (the styles only key on known values) and warns once
   * in development; `allowed()` gives the value to act on. A test holds each list equal to the
   * property's union type in custom-elements.json.
   */
  static allowedValues: Readonly<Record<string, readonly string[]>> = {};

  /** The property's value when it is one of its `allowedValues`, else the default (the first). */
  protected allowed<K extends keyof this & string>(property: K): this[K] {
    const allowed = (this.constructor as typeof LiveryElement).allowedValues[property];
    const value = this[property] as unknown as string;
    return (allowed && !allowed.includes(value) ? allowed[0] : value) as this[K];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!DEV_MODE) return;
    const lists = (this.constructor as typeof LiveryElement).allowedValues;
    for (const property of changed.keys()) {
      const allowed = lists[property as string];
      const value = (this as unknown as Record<string, unknown>)[property as string];
      if (!allowed || value == null || allowed.includes(value as string)) continue;
      const declared = (this.constructor as typeof LitElement).elementProperties.get(property)?.attribute;
      const attribute = typeof declared === 'string' ? declared : String(property).toLowerCase();
      warnOnce(
        `<${this.localName}> ${attribute}="${String(value)}" is not one of ${allowed.map((a) => `"${a}"`).join(', ')}; it renders as "${allowed[0]}".`,
      );
    }
  }

  /** Names of the slots that currently hold content (elements or non-blank text). */
  protected filledSlots = new Set<string>();

  /** `@slotchange` handler: tracks which named slots are filled so empty sections can collapse. */
  protected onSlotChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    const name = slot.name || '[default]';
    const filled = slot
      .assignedNodes({ flatten: true })
      .some((node) => node.nodeType === 1 || node.textContent?.trim());
    if (filled === this.filledSlots.has(name)) return;
    if (filled) this.filledSlots.add(name);
    else this.filledSlots.delete(name);
    this.requestUpdate();
  };

  /** The direction the component is laid out in, from the nearest `dir` (for keyboard arrows). */
  protected get isRtl(): boolean {
    return this.matches(':dir(rtl)');
  }
}

/**
 * The focus ring every interactive part draws on `:focus-visible`, from the focus tokens. Outlines
 * stay visible in forced-colors mode, where the browser paints them in the system highlight.
 */
export const focusRing = css`
  outline: var(--lv-focus-ring-width) solid var(--lv-color-focus-ring);
  outline-offset: var(--lv-focus-ring-offset);
`;
