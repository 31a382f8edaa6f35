/** Which names are CSS properties (for JS object keys and attributes) and how keys become properties. */

/** `backgroundColor` → `background-color`, `WebkitTransition` → `-webkit-transition`. */
export function kebabProperty(key: string): string {
  if (key.startsWith('--')) return key;
  const kebab = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return /^(webkit|moz|ms)-/.test(kebab) ? `-${kebab}` : kebab;
}

const KNOWN = new Set(
  (
    'color background background-color background-image border border-color border-top border-right border-bottom border-left ' +
    'border-top-color border-right-color border-bottom-color border-left-color border-block border-inline border-block-color ' +
    'border-inline-color outline outline-color box-shadow text-shadow fill stroke stop-color flood-color lighting-color ' +
    'caret-color accent-color column-rule column-rule-color text-decoration text-decoration-color text-emphasis-color ' +
    'scrollbar-color -webkit-text-fill-color -webkit-text-stroke-color -webkit-tap-highlight-color filter backdrop-filter ' +
    'font font-size font-weight font-family line-height letter-spacing z-index opacity ' +
    'margin margin-top margin-right margin-bottom margin-left margin-block margin-inline margin-block-start margin-block-end ' +
    'margin-inline-start margin-inline-end padding padding-top padding-right padding-bottom padding-left padding-block ' +
    'padding-inline padding-block-start padding-block-end padding-inline-start padding-inline-end gap row-gap column-gap ' +
    'grid-gap inset inset-block inset-inline top right bottom left border-radius border-top-left-radius border-top-right-radius ' +
    'border-bottom-left-radius border-bottom-right-radius border-start-start-radius border-start-end-radius border-end-start-radius ' +
    'border-end-end-radius border-width transition transition-duration transition-timing-function transition-delay animation ' +
    'animation-duration animation-timing-function animation-delay width height min-width min-height max-width max-height ' +
    'display position transform'
  ).split(' '),
);

export function isCssProperty(property: string): boolean {
  return KNOWN.has(property) || property.endsWith('-color');
}

/** Properties whose values may hold a named color (elsewhere `red` is a word, not a color). */
export function takesColor(property: string): boolean {
  if (property.startsWith('--') || property.startsWith('$') || property.startsWith('@')) return true;
  return property.endsWith('color') || COLOR_PROPERTIES.has(property);
}

const COLOR_PROPERTIES = new Set(
  (
    'color background border border-top border-right border-bottom border-left border-block border-inline outline box-shadow ' +
    'text-shadow fill stroke column-rule text-decoration text-emphasis filter backdrop-filter scrollbar-color ' +
    'border-block-start border-block-end border-inline-start border-inline-end'
  ).split(' '),
);

/** Keys of JS objects whose string values are never style (ids, links, labels). */
export const NON_STYLE_KEYS = new Set(
  (
    'href to id key name label title text description message placeholder alt src url path hash anchor selector target ' +
    'query className class testId dataTestid ref icon type variant value defaultValue pattern route slug pathname search'
  ).split(' '),
);

/** SVG presentation attributes that hold colors (inline SVG in HTML/JSX and .svg files). */
export const COLOR_ATTRIBUTES = new Set([
  'fill',
  'stroke',
  'stop-color',
  'flood-color',
  'lighting-color',
  'color',
  'bgcolor',
]);

/** React's unitless number properties: a bare number is not px there. */
export const UNITLESS = new Set([
  'line-height',
  'font-weight',
  'z-index',
  'opacity',
  'flex',
  'flex-grow',
  'flex-shrink',
  'order',
  'zoom',
]);
