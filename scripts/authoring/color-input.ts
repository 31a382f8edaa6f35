import { inGamut, to, toGamut, type PlainColorObject } from '../tokens/colorjs.ts';
import { parseCssColor, rgbToHex, oklchToRgb } from '../check/color.ts';
import { UserError } from '../exit-codes.ts';

/** The gamuts a ramp can be generated in: sRGB, or Display P3 with an sRGB fallback. */
export type Gamut = 'srgb' | 'p3';

/** A color the user gave that cannot start a ramp (exit 2). */
export class ColorInputError extends UserError {}

export interface Oklch {
  l: number;
  c: number;
  h: number;
}

const plain = (o: Oklch): PlainColorObject =>
  ({ space: 'oklch' as never, coords: [o.l, o.c, o.h], alpha: 1 }) as PlainColorObject;

export function isInGamut(o: Oklch, gamut: Gamut): boolean {
  return inGamut(plain(o), gamut);
}

/** Largest chroma at this lightness and hue that stays inside the gamut (bisection; gamuts are convex enough along C). */
export function maxChroma(l: number, h: number, gamut: Gamut): number {
  if (l <= 0 || l >= 1) return 0;
  let lo = 0;
  let hi = 0.5;
  for (let i = 0; i < 14; i++) {
    const mid = (lo + hi) / 2;
    if (inGamut(plain({ l, c: mid, h }), gamut)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * Reads the color a ramp starts from. Anything CSS Color 4 parses is accepted; a color outside
 * the gamut is refused (a ramp "from" a color no screen can show would silently start elsewhere),
 * with the nearest color inside it as the suggestion.
 */
export function readInputColor(text: string, gamut: Gamut, option = '--from'): Oklch {
  const parsed = parseCssColor(text);
  if (!parsed) {
    throw new ColorInputError(
      `${option} "${text}" is not a CSS color; write it as #2147c0, rgb(33 71 192), oklch(53% 0.2 265) or a named color`,
    );
  }
  if (parsed.alpha !== undefined && parsed.alpha !== null && (parsed.alpha as number) < 1) {
    throw new ColorInputError(
      `${option} "${text}" is translucent; a ramp starts from an opaque color (drop the alpha)`,
    );
  }
  const oklch = to(parsed, 'oklch');
  const [l, c, h] = oklch.coords.map((x) => (x === null || Number.isNaN(x) ? 0 : (x as number))) as [
    number,
    number,
    number,
  ];
  const color: Oklch = { l, c, h };
  if (!inGamut(parsed, gamut)) {
    const mapped = to(toGamut(parsed, { method: 'css', space: gamut }), 'oklch');
    const [ml, mc, mh] = mapped.coords.map((x) => (x === null || Number.isNaN(x) ? 0 : (x as number))) as [
      number,
      number,
      number,
    ];
    const suggestion = `oklch(${(ml * 100).toFixed(1)}% ${mc.toFixed(4)} ${mh.toFixed(1)})`;
    const hint = gamut === 'srgb' ? ` or pass --p3 for a Display P3 ramp with an sRGB fallback` : '';
    throw new ColorInputError(
      `${option} "${text}" is outside the ${gamut === 'srgb' ? 'sRGB' : 'Display P3'} gamut ` +
        `(chroma ${c.toFixed(3)}, the most at this lightness and hue is ` +
        `${maxChroma(l, h, gamut).toFixed(3)}); use ${suggestion} ` +
        `(${rgbToHex(oklchToRgb(ml, mc, mh))})${hint}`,
    );
  }
  return c < 1e-4 ? { l, c: 0, h: 0 } : color;
}

const HUE_NAMES: [number, string][] = [
  [20, 'pink'],
  [45, 'red'],
  [70, 'orange'],
  [95, 'amber'],
  [115, 'yellow'],
  [135, 'lime'],
  [165, 'green'],
  [195, 'teal'],
  [230, 'cyan'],
  [270, 'blue'],
  [295, 'indigo'],
  [320, 'violet'],
  [345, 'purple'],
  [360, 'pink'],
];

/** A default ramp name from the OKLCH hue (primitives may say what they are; semantic tokens may not). */
export function hueName(color: Oklch): string {
  if (color.c < 0.02) return 'gray';
  const h = ((color.h % 360) + 360) % 360;
  return HUE_NAMES.find(([upTo]) => h < upTo)![1];
}

/** Token names are lower-case kebab-case segments: `Brand Blue` and `brand_blue` are both `brand-blue`. */
export function normalizeName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_.]+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}
