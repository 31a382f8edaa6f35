import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { LiveryElement } from '../base/livery-element.ts';
import { svgFrom } from '../base/svg.ts';
import { icons } from './icon-set.ts';
import { iconStyles } from './icon.styles.ts';

/**
 * An icon from the brand's set (tokens/assets/icons): 24×24, `fill="none"`,
 * `stroke="currentColor"` at the set's one stroke width, so it takes the text color around it
 * (and the system color in forced-colors mode). Decorative unless given a `label`.
 *
 * @summary Icon from the brand set, drawn in the current text color.
 * @status stable
 * @tag lv-icon
 *
 * @csspart svg - The `<svg>` element.
 */
export class LvIcon extends LiveryElement {
  static override styles = [LiveryElement.hostStyles, iconStyles];

  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    label: {},
    size: { reflect: true },
    flipRtl: { type: Boolean, reflect: true, attribute: 'flip-rtl' },
  };

  static override allowedValues = { size: ['md', 'sm', 'lg'] };

  /** Name of the icon (the file name in tokens/assets/icons without `.svg`). */
  declare name: string;
  /** Accessible name; without it the icon is decorative and hidden from assistive technology. */
  declare label: string;
  /** `sm`, `md` or `lg`, from the space scale. */
  declare size: 'sm' | 'md' | 'lg';
  /** Mirror the icon in right-to-left layouts (for arrows and other directional icons). */
  declare flipRtl: boolean;

  #svg: SVGSVGElement | null = null;

  constructor() {
    super();
    this.name = '';
    this.label = '';
    this.size = 'md';
    this.flipRtl = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has('name')) return;
    const source = icons[this.name];
    if (this.name && !source) console.warn(`lv-icon: no icon named "${this.name}" in the brand set`);
    this.#svg = source ? svgFrom(source) : null;
    this.#svg?.setAttribute('part', 'svg');
  }

  protected override render() {
    const svg = this.#svg;
    if (!svg) return nothing;
    if (this.label) {
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-label', this.label);
      svg.removeAttribute('aria-hidden');
    } else {
      svg.setAttribute('aria-hidden', 'true');
      svg.removeAttribute('role');
      svg.removeAttribute('aria-label');
    }
    return html`${svg}`;
  }
}

customElements.define('lv-icon', LvIcon);

declare global {
  interface HTMLElementTagNameMap {
    'lv-icon': LvIcon;
  }
}
