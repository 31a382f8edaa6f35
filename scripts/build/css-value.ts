import Color from '../tokens/colorjs.ts';
import { colorjsSpace } from '../tokens/color-space.ts';
import { compositeFieldType } from '../tokens/composite-fields.ts';
import { referenceName } from '../tokens/token.ts';
import { fontWeightNumber } from '../tokens/font-weight.ts';
import { cssVariableName } from './naming.ts';

/**
 * DTCG values as CSS. With `references: 'var'`, `{a.b}` becomes `var(--lv-a-b)` (also inside
 * composites), so a theme that overrides one primitive re-colours everything built on it.
 */
export type ReferenceMode = 'var' | 'forbid';

type Leaf = (value: unknown) => string;

const round = (n: number, digits = 4) => String(Number(n.toFixed(digits)));

function colorToCss(value: unknown): string {
  const v = value as { colorSpace: string; components: (number | 'none')[]; alpha?: number };
  const components = v.components.map((c) => (c === 'none' ? 'none' : c));
  const alpha = v.alpha ?? 1;
  if (v.colorSpace === 'oklch') {
    const [l, c, h] = components as (number | 'none')[];
    const lPart = l === 'none' ? 'none' : `${round((l as number) * 100, 2)}%`;
    const rest = [c, h].map((x) => (x === 'none' ? 'none' : round(x as number)));
    return `oklch(${lPart} ${rest.join(' ')}${alpha < 1 ? ` / ${round(alpha, 3)}` : ''})`;
  }
  const color = new Color(
    colorjsSpace(v.colorSpace),
    components.map((c) => (c === 'none' ? NaN : c)) as [number, number, number],
    alpha,
  );
  return color.toString({ precision: 5 });
}

/** Generic and system font families: CSS keywords, so never quoted and never a font a brand registers. */
export const GENERIC_FONT_FAMILIES: ReadonlySet<string> = new Set([
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'system-ui',
  'ui-serif',
  'ui-sans-serif',
  'ui-monospace',
  'ui-rounded',
  'emoji',
  'math',
  'fangsong',
  '-apple-system',
  'BlinkMacSystemFont',
]);

export function fontFamilyToCss(value: unknown): string {
  const families = Array.isArray(value) ? value : [value];
  return families
    .map((f: string) => (GENERIC_FONT_FAMILIES.has(f) || /^[a-zA-Z-]+$/.test(f) ? f : `"${f.replaceAll('"', '\\"')}"`))
    .join(', ');
}

const unit = (value: unknown) => {
  const v = value as { value: number; unit: string };
  return v.value === 0 ? `0${v.unit === 'ms' || v.unit === 's' ? v.unit : ''}` : `${round(v.value)}${v.unit}`;
};

const CSS_LEAVES: Record<string, Leaf> = {
  color: colorToCss,
  dimension: unit,
  duration: unit,
  number: (v) => round(v as number),
  boolean: (v) => String(v),
  string: (v) => String(v),
  fontFamily: fontFamilyToCss,
  fontWeight: (v) => String(fontWeightNumber(v)),
  cubicBezier: (v) => `cubic-bezier(${(v as number[]).map((n) => round(n)).join(', ')})`,
  strokeStyle: (v) => (typeof v === 'string' ? v : 'dashed'),
};

/** Field types of composites, in CSS shorthand order. */
const COMPOSITES: Record<
  string,
  (field: (name: string, type: string) => string, value: Record<string, unknown>) => string
> = {
  typography: (f) =>
    `${f('fontWeight', 'fontWeight')} ${f('fontSize', 'dimension')}/${f('lineHeight', 'number')} ${f('fontFamily', 'fontFamily')}`,
  transition: (f) => `${f('duration', 'duration')} ${f('timingFunction', 'cubicBezier')} ${f('delay', 'duration')}`,
  border: (f) => `${f('width', 'dimension')} ${f('style', 'strokeStyle')} ${f('color', 'color')}`,
  shadow: (f, v) =>
    `${v.inset ? 'inset ' : ''}${f('offsetX', 'dimension')} ${f('offsetY', 'dimension')} ` +
    `${f('blur', 'dimension')} ${'spread' in v ? f('spread', 'dimension') : '0'} ` +
    `${f('color', 'color')}`,
  gradient: (f) => `${f('color', 'color')} ${f('position', 'percent')}`,
};

export function toCss(type: string, value: unknown, references: ReferenceMode = 'forbid'): string {
  const ref = referenceName(value);
  if (ref !== undefined) {
    if (references === 'var') return `var(${cssVariableName(ref.split('.'))})`;
    throw new Error(`unresolved reference {${ref}} in a ${type} value`);
  }
  if (type === 'shadow' || type === 'gradient') {
    const layers = Array.isArray(value) ? value : [value];
    const css = layers.map((layer) => compositeToCss(type, layer, references)).join(', ');
    return type === 'gradient' ? `linear-gradient(${css})` : css;
  }
  if (type in COMPOSITES) return compositeToCss(type, value, references);
  const leaf = CSS_LEAVES[type];
  if (!leaf) throw new Error(`no CSS form for $type ${type}`);
  return leaf(value);
}

function compositeToCss(type: string, value: unknown, references: ReferenceMode): string {
  const ref = referenceName(value);
  if (ref !== undefined) return toCss(type, value, references);
  const v = value as Record<string, unknown>;
  const field = (name: string, fieldType: string) => {
    if (fieldType === 'percent') {
      const p = v[name];
      return referenceName(p) ? `calc(${toCss('number', p, references)} * 100%)` : `${round((p as number) * 100, 2)}%`;
    }
    return toCss(fieldType, v[name], references);
  };
  return COMPOSITES[type]!(field, v);
}

/** CSS of one field of a composite (for the `-font-size`-style sub-properties). */
export function compositeFieldToCss(
  type: string,
  field: string,
  value: unknown,
  references: ReferenceMode,
): string | undefined {
  if (referenceName(value) !== undefined) return undefined;
  const fieldValue = (value as Record<string, unknown>)[field];
  if (fieldValue === undefined) return undefined;
  return toCss(compositeFieldType(type, field)!, fieldValue, references);
}
