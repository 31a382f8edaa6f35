import { LitElement, css } from 'lit';

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

  /** Names of the slots that currently hold content (elements or non-blank text). */
  protected filledSlots = new Set<string>();

  /** `@slotchange` handler: tracks which named slots are filled so empty sections can collapse. */
  protected onSlotChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    const name = slot.name || '[default]';
    const filled = slot.assignedNodes({ flatten: true }).some((node) => node.nodeType === 1 || node.textContent?.trim());
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
