import { html, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LiveryElement } from '../base/livery-element.ts';
import { linkStyles } from './link.styles.ts';

/**
 * An inline text link: a native `<a>` in the link color, always underlined (color alone does not
 * identify a link). `target="_blank"` adds `rel="noopener noreferrer"`.
 *
 * @summary Inline link in running text.
 * @status stable
 * @tag lv-link
 *
 * @slot - The link text.
 *
 * @csspart base - The native `<a>`.
 */
export class LvLink extends LiveryElement {
  static override styles = [LiveryElement.hostStyles, linkStyles];

  static override properties: PropertyDeclarations = {
    href: {},
    target: {},
    rel: {},
    download: {},
    hreflang: {},
  };

  /** The URL the link goes to. */
  declare href: string;
  /** Where to open the link (`_blank` adds `rel="noopener noreferrer"`). */
  declare target: string | undefined;
  /** Link relationship. */
  declare rel: string | undefined;
  /** Download the resource, optionally under this file name. */
  declare download: string | undefined;
  /** Language of the linked resource. */
  declare hreflang: string | undefined;

  constructor() {
    super();
    this.href = '';
  }

  protected override render() {
    const rel = this.rel ?? (this.target === '_blank' ? 'noopener noreferrer' : undefined);
    return html`<a
      part="base"
      href=${this.href}
      target=${ifDefined(this.target)}
      rel=${ifDefined(rel)}
      download=${ifDefined(this.download)}
      hreflang=${ifDefined(this.hreflang)}
      ><slot></slot
    ></a>`;
  }
}

customElements.define('lv-link', LvLink);

declare global {
  interface HTMLElementTagNameMap {
    'lv-link': LvLink;
  }
}
