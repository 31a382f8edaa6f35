import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Elements a brand SVG may contain once copied into a component; anything else is dropped. */
const ALLOWED = new Set([
  'svg',
  'g',
  'path',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'rect',
  'defs',
  'use',
  'symbol',
  'lineargradient',
  'radialgradient',
  'stop',
  'clippath',
  'mask',
  'text',
  'tspan',
]);

const parsed = new Map<string, SVGSVGElement | null>();

/**
 * Parses a brand SVG as XML (never as HTML: no script runs) and rebuilds it from an allow-list
 * of shape elements, without event handlers, external references or `<title>`s (the component
 * names the graphic itself). Returns a fresh copy each call; parsing is cached per source.
 */
export function svgFrom(source: string): SVGSVGElement | null {
  if (!parsed.has(source)) {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    parsed.set(
      source,
      root.localName === 'svg' && !doc.querySelector('parsererror') ? (copy(root) as SVGSVGElement) : null,
    );
  }
  return (parsed.get(source)?.cloneNode(true) as SVGSVGElement | undefined) ?? null;
}

function copy(node: Element): Element | null {
  if (!ALLOWED.has(node.localName.toLowerCase())) return null;
  const out = document.createElementNS(SVG_NS, node.localName);
  for (const attr of node.attributes) {
    const name = attr.localName.toLowerCase();
    if (name.startsWith('on') || name === 'style') continue;
    if (name === 'href' && !attr.value.startsWith('#')) continue;
    if (/url\(\s*['"]?(?!#)/i.test(attr.value)) continue;
    out.setAttributeNS(attr.namespaceURI, attr.name, attr.value);
  }
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE && node.localName !== 'svg') out.append(child.textContent ?? '');
    else if (child.nodeType === Node.ELEMENT_NODE) {
      const kept = copy(child as Element);
      if (kept) out.append(kept);
    }
  }
  return out;
}

/** `{ '../x/name.svg': text }` from `import.meta.glob` → `{ name: text }`. */
export function byBaseName(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(files).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1, -'.svg'.length), text]),
  );
}

/**
 * A line glyph a component draws itself (check mark, chevron, dismiss cross): one path on a
 * 24 × 24 grid, stroked in the text color with round ends, hidden from assistive technology (the
 * control it sits in carries the name).
 * @internal
 */
export function lineGlyph(path: string, strokeWidth: number, className?: string): TemplateResult {
  return html`<svg
    class=${ifDefined(className)}
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    stroke-width=${strokeWidth}
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
  >
    <path d=${path} />
  </svg>`;
}
