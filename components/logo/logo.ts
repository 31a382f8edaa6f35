import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { LiveryElement } from '../base/livery-element.ts';
import { svgFrom } from '../base/svg.ts';
import { LOCKUPS, VARIANTS, lockups, logos } from './logo-set.ts';
import { logoStyles } from './logo.styles.ts';

/**
 * The brand's logo, in approved lockups only: `full`, `mark` or `wordmark`, each `default`,
 * `mono` (drawn in the current text color) or `inverse` (for dark and brand surfaces). It never
 * renders below the lockup's `minWidthPx` and always keeps its clear space around it
 * (`clearSpaceRatio` × the lockup's height), both from tokens/assets/logo/lockups.json.
 * An unapproved lockup or variant renders nothing and warns.
 *
 * @summary Approved logo lockup with enforced minimum size and clear space.
 * @status stable
 * @tag lv-logo
 *
 * @csspart clear-space - The box that keeps the clear space around the logo.
 * @csspart svg - The logo's `<svg>`.
 */
export class LvLogo extends LiveryElement {
  static override styles = [LiveryElement.hostStyles, logoStyles];

  static override properties: PropertyDeclarations = {
    lockup: { reflect: true },
    variant: { reflect: true },
    width: { type: Number },
    label: {},
  };

  /** Which approved lockup: `full`, `mark` or `wordmark`. */
  declare lockup: (typeof LOCKUPS)[number];
  /** Color variant: `default`, `mono` or `inverse`. */
  declare variant: (typeof VARIANTS)[number];
  /** Rendered width in CSS pixels; raised to the lockup's minimum when smaller. */
  declare width: number | undefined;
  /** Accessible name; defaults to the SVG's own `aria-label` or `<title>`, else "Logo". */
  declare label: string | undefined;

  #svg: SVGSVGElement | null = null;
  #title = '';

  constructor() {
    super();
    this.lockup = 'full';
    this.variant = 'default';
  }

  /** The usage rules of the current lockup (minimum width, clear space). */
  get rules(): { minWidthPx: number; clearSpaceRatio: number } {
    const rules = lockups[this.lockup] ?? {};
    return { minWidthPx: rules.minWidthPx ?? 0, clearSpaceRatio: rules.clearSpaceRatio ?? 0 };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has('lockup') && !changed.has('variant')) return;
    const approved =
      (LOCKUPS as readonly string[]).includes(this.lockup) && (VARIANTS as readonly string[]).includes(this.variant);
    const source = approved ? logos[`${this.lockup}-${this.variant}`] : undefined;
    if (!source)
      console.warn(
        `lv-logo: "${this.lockup}-${this.variant}" is not an approved lockup (${LOCKUPS.join('/')} × ${VARIANTS.join('/')})`,
      );
    this.#svg = source ? svgFrom(source) : null;
    this.#title =
      this.#svg?.getAttribute('aria-label') ?? source?.match(/<title[^>]*>([^<]*)<\/title>/)?.[1]?.trim() ?? '';
  }

  protected override render() {
    const svg = this.#svg;
    if (!svg) return nothing;
    const [, , w = 0, h = 0] = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
    const natural = Number.parseFloat(svg.getAttribute('width') ?? '') || w;
    const { minWidthPx, clearSpaceRatio } = this.rules;
    if (this.width !== undefined && this.width < minWidthPx) {
      console.warn(
        `lv-logo: ${this.lockup} must be at least ${minWidthPx}px wide; rendering it at ${minWidthPx}px instead of ${this.width}px`,
      );
    }
    const width = Math.max(this.width ?? natural, minWidthPx);
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    svg.setAttribute('part', 'svg');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', this.label || this.#title || 'Logo');
    const vars = {
      '--_logo-width': `${width}px`,
      '--_logo-min': `${minWidthPx}px`,
      '--_logo-aspect': String(w ? h / w : 0),
      '--_logo-clear': String(clearSpaceRatio),
    };
    return html`<span part="clear-space" class="clear-space" style=${styleMap(vars)}>${svg}</span>`;
  }
}

customElements.define('lv-logo', LvLogo);

declare global {
  interface HTMLElementTagNameMap {
    'lv-logo': LvLogo;
  }
}
