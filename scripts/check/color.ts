import { getLuminance, inGamut, parse, to, toGamut, type PlainColorObject } from '../tokens/colorjs.ts';
import { colorjsSpace } from '../tokens/color-space.ts';

/**
 * Colour maths for `livery check` and `livery contrast`. Every colour is first brought to what a
 * screen shows: sRGB, gamut-mapped the CSS way, translucent colours composited over their
 * background in gamma-encoded sRGB (as browsers blend). WCAG 2.x luminance comes from colorjs.io;
 * APCA Lc is colorjs.io's APCA 0.0.98G split into a cached per-colour part and a per-pair part, so
 * 150,000 pairs stay cheap (color.test.ts checks both against colorjs.io's own functions).
 */
export interface Rgb {
  /** Gamma-encoded sRGB, 0–1, inside the sRGB gamut. */
  r: number;
  g: number;
  b: number;
  alpha: number;
}

/** An opaque colour with the two luminances the contrast formulas need, computed once. */
export interface Shown {
  rgb: Rgb;
  /** WCAG 2.x relative luminance (CIE Y, via colorjs.io). */
  y: number;
  /** APCA screen luminance (simple 2.4 gamma, Myndex weights), black-clamped, and its four APCA powers. */
  apcaY: number;
  apca: { y: number; bg: number; txt: number; revBg: number; revTxt: number };
  hex: string;
}

interface DtcgColor {
  colorSpace: string;
  components: (number | 'none')[];
  alpha?: number;
  hex?: string;
}

export function isDtcgColor(value: unknown): value is DtcgColor {
  return (
    !!value &&
    typeof value === 'object' &&
    typeof (value as DtcgColor).colorSpace === 'string' &&
    Array.isArray((value as DtcgColor).components)
  );
}

function fromPlain(color: PlainColorObject): Rgb {
  let srgb = to(color, 'srgb');
  if (!inGamut(srgb, 'srgb')) srgb = toGamut(srgb, { method: 'css', space: 'srgb' });
  const [r, g, b] = srgb.coords.map((c) =>
    c === null || Number.isNaN(c) ? 0 : Math.min(1, Math.max(0, c as number)),
  ) as [number, number, number];
  const alpha =
    srgb.alpha === null || srgb.alpha === undefined || Number.isNaN(srgb.alpha as number) ? 1 : (srgb.alpha as number);
  return { r, g, b, alpha };
}

const dtcgCache = new WeakMap<object, Rgb>();

/** A resolved DTCG colour value as displayed in sRGB. Cached by object, since resolved aliases share their target's value. */
export function dtcgToRgb(value: unknown): Rgb {
  if (!isDtcgColor(value)) throw new Error(`not a DTCG color value: ${JSON.stringify(value)}`);
  const cached = dtcgCache.get(value);
  if (cached) return cached;
  const space = colorjsSpace(value.colorSpace);
  const coords = value.components.map((c) => (c === 'none' ? NaN : c)) as [number, number, number];
  const rgb = fromPlain({ space: space as never, coords, alpha: value.alpha ?? 1 } as PlainColorObject);
  dtcgCache.set(value, rgb);
  return rgb;
}

/** Any CSS colour string (`#777`, `rebeccapurple`, `oklch(60% 0.1 250 / 0.5)`…); throws a readable error otherwise. */
export function cssToRgb(text: string): Rgb {
  const parsed = parseCssColor(text);
  if (!parsed)
    throw new Error(
      `"${text}" is not a CSS color (try #767676, rgb(118 118 118), oklch(55% 0.1 250) or a named color)`,
    );
  return fromPlain(parsed);
}

/** Any CSS Color 4 string as colorjs.io reads it, or undefined when it is not a colour. */
export function parseCssColor(text: string): PlainColorObject | undefined {
  try {
    const p = parse(text.trim());
    return { space: p.spaceId as never, coords: p.coords, alpha: p.alpha ?? 1 } as PlainColorObject;
  } catch {
    return undefined;
  }
}

/** `fg` drawn over an opaque `bg`: source-over in gamma-encoded sRGB, as browsers composite. */
export function composite(fg: Rgb, bg: Rgb): Rgb {
  const a = fg.alpha;
  if (a >= 1) return fg;
  return { r: fg.r * a + bg.r * (1 - a), g: fg.g * a + bg.g * (1 - a), b: fg.b * a + bg.b * (1 - a), alpha: 1 };
}

const hex2 = (n: number) =>
  Math.round(n * 255)
    .toString(16)
    .padStart(2, '0');

export function rgbToHex(rgb: Rgb): string {
  return `#${hex2(rgb.r)}${hex2(rgb.g)}${hex2(rgb.b)}${rgb.alpha < 1 ? hex2(rgb.alpha) : ''}`;
}

const fclamp = (y: number) => (y >= 0.022 ? y : y + (0.022 - y) ** 1.414);
const apcaLinear = (c: number) => Math.sign(c) * Math.abs(c) ** 2.4;
const shownCache = new Map<string, Shown>();
const shownByObject = new WeakMap<Rgb, Shown>();

/** The luminances of an opaque colour (alpha is ignored: composite first). Cached by object and by value. */
export function shown(rgb: Rgb): Shown {
  const byObject = shownByObject.get(rgb);
  if (byObject) return byObject;
  const key = `${rgb.r},${rgb.g},${rgb.b}`;
  let entry = shownCache.get(key);
  if (!entry) {
    const opaque = { r: rgb.r, g: rgb.g, b: rgb.b, alpha: 1 };
    const apcaY = apcaLinear(rgb.r) * 0.2126729 + apcaLinear(rgb.g) * 0.7151522 + apcaLinear(rgb.b) * 0.072175;
    const y = fclamp(apcaY);
    entry = {
      rgb: opaque,
      apca: { y, bg: y ** 0.56, txt: y ** 0.57, revBg: y ** 0.65, revTxt: y ** 0.62 },
      y: getLuminance({ space: 'srgb' as never, coords: [rgb.r, rgb.g, rgb.b], alpha: 1 } as PlainColorObject),
      apcaY,
      hex: rgbToHex(opaque),
    };
    if (shownCache.size > 200_000) shownCache.clear();
    shownCache.set(key, entry);
  }
  shownByObject.set(rgb, entry);
  return entry;
}

/** WCAG 2.x contrast ratio, 1–21, unrounded. */
export function wcagRatio(a: Shown, b: Shown): number {
  const y1 = Math.max(a.y, 0);
  const y2 = Math.max(b.y, 0);
  return y1 > y2 ? (y1 + 0.05) / (y2 + 0.05) : (y2 + 0.05) / (y1 + 0.05);
}

/** APCA 0.0.98G Lc of text `fg` on `bg` (positive: dark on light; negative: light on dark). */
export function apcaLc(fg: Shown, bg: Shown): number {
  const yText = fg.apca.y;
  const yBg = bg.apca.y;
  if (Math.abs(yBg - yText) < 0.0005) return 0;
  const c = yBg > yText ? (bg.apca.bg - fg.apca.txt) * 1.14 : (bg.apca.revBg - fg.apca.revTxt) * 1.14;
  if (Math.abs(c) < 0.1) return 0;
  return (c > 0 ? c - 0.027 : c + 0.027) * 100;
}

/** Ratios are shown truncated, never rounded up: 4.478 prints as 4.47, not 4.48 (which would read as a pass). */
export function formatRatio(ratio: number): string {
  return (Math.floor(ratio * 100 + 1e-9) / 100).toFixed(2);
}

export function formatLc(lc: number): string {
  return (Math.trunc(lc * 10) / 10).toFixed(1);
}

/** OKLCH of an sRGB colour, for lightness-based fixes. */
export function rgbToOklch(rgb: Rgb): [number, number, number] {
  const c = to(
    { space: 'srgb' as never, coords: [rgb.r, rgb.g, rgb.b], alpha: rgb.alpha } as PlainColorObject,
    'oklch',
  );
  return c.coords.map((x) => (x === null || Number.isNaN(x) ? 0 : (x as number))) as [number, number, number];
}

export function oklchToRgb(l: number, c: number, h: number, alpha = 1): Rgb {
  return fromPlain({ space: 'oklch' as never, coords: [l, c, h], alpha } as PlainColorObject);
}
