/**
 * Color parsing and distance for the raw-color rule. colorjs.io parses every CSS color syntax;
 * hex colors (the common case) take a fast path straight to OKLab, other spellings are cached,
 * and ΔE2000 is computed here with colorjs.io's own matrices, so a 100 MB repo does not pay
 * colorjs.io's cost per occurrence.
 */
import Color from '../tokens/colorjs.ts';
import { srgbToOklab } from '../tokens/oklab.ts';
import { lowerCase } from './lower-case.ts';

/** CSS named colors (CSS Color 4). `transparent`, `currentcolor` and CSS-wide keywords are not here: never findings. */
export const NAMED_COLORS = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue ' +
    'chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey ' +
    'darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray ' +
    'darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen ' +
    'fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki ' +
    'lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen ' +
    'lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime ' +
    'limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue ' +
    'mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive ' +
    'olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum ' +
    'powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver ' +
    'skyblue slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white ' +
    'whitesmoke yellow yellowgreen'
  ).split(' '),
);

export const COLOR_FUNCTIONS = new Set(['rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color']);

/** A parsed color: OKLab coordinates, alpha, and the 8-bit sRGB spelling used for exact matches. */
export interface ParsedColor {
  oklab: [number, number, number];
  alpha: number;
  /** `#rrggbbaa` of the color clamped to sRGB: two spellings of one color share it. */
  key: string;
  /** CIE Lab (D50) and its chroma, for ΔE2000; computed when first asked. */
  lab?: [number, number, number, number];
}

const cache = new Map<string, ParsedColor | null>();

/**
 * Every spelling is cached, hex included: a lookup is 5× cheaper than parsing a hex again, and a
 * color that comes back as the same object carries the advice it was given (color-advice.ts) and
 * the same `key` string, whose hash V8 keeps, so the nearest-token cache keyed by it does not rehash.
 */
export function parseColor(text: string): ParsedColor | undefined {
  const spelling = lowerCase(text);
  const hit = cache.get(spelling);
  if (hit !== undefined) return hit ?? undefined;
  const parsed = spelling.startsWith('#')
    ? parseHex(spelling)
    : (parsePlainFunction(spelling) ?? parseWithColorJs(spelling));
  if (cache.size > 50_000) cache.clear();
  cache.set(spelling, parsed ?? null);
  return parsed;
}

function parseHex(hex: string): ParsedColor | undefined {
  let digits = hex.slice(1);
  if (digits.length === 3 || digits.length === 4) digits = [...digits].map((d) => d + d).join('');
  if (digits.length !== 6 && digits.length !== 8) return undefined;
  const n = (i: number) => parseInt(digits.slice(i, i + 2), 16);
  const alpha = digits.length === 8 ? n(6) / 255 : 1;
  if ([n(0), n(2), n(4)].some(Number.isNaN)) return undefined;
  return {
    oklab: srgbToOklab(n(0) / 255, n(2) / 255, n(4) / 255),
    alpha,
    key: `#${digits.slice(0, 6)}${digits.length === 8 ? digits.slice(6) : 'ff'}`,
  };
}

/** A CSS number as rgb() and hsl() take it (no unit). */
const NUMBER = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?`;
const CHANNEL = `(${NUMBER})(%|deg)?`;
/** `rgba(0, 0, 0, .12)`: commas throughout. */
const LEGACY = new RegExp(
  String.raw`^(rgba?|hsla?)\(\s*${CHANNEL}\s*,\s*${CHANNEL}\s*,\s*${CHANNEL}\s*(?:,\s*${CHANNEL}\s*)?\)$`,
);
/** `rgb(0 0 0 / 12%)`: spaces, and a slash before the alpha. */
const MODERN = new RegExp(
  String.raw`^(rgba?|hsla?)\(\s*${CHANNEL}\s+${CHANNEL}\s+${CHANNEL}\s*(?:/\s*${CHANNEL}\s*)?\)$`,
);

/**
 * rgb()/rgba()/hsl()/hsla() in their plain spellings — in-range numbers and percentages, the
 * color functions legacy CSS is full of — read here, into OKLab by the same matrices as hex (so
 * `rgb(255 255 255)` and `#fff` are one color to the last bit): colorjs.io takes about 0.2 ms per
 * spelling to parse and gamut-map, and a legacy repo has thousands. Anything else (`none`,
 * `calc()`, `from`, channels out of range, which CSS gamut-maps) goes to colorjs.io.
 */
function parsePlainFunction(text: string): ParsedColor | undefined {
  const m = LEGACY.exec(text) ?? MODERN.exec(text);
  if (!m) return undefined;
  const hsl = m[1]!.startsWith('hsl');
  const legacy = text.includes(',');
  let r: number, g: number, b: number;
  if (hsl) {
    // legacy hsl() takes percentages for saturation and lightness; the hue may be in degrees
    if (m[3] === '%' || (m[5] !== '%' && legacy) || (m[7] !== '%' && legacy) || m[5] === 'deg' || m[7] === 'deg')
      return undefined;
    const s = Number(m[4]) / 100;
    const l = Number(m[6]) / 100;
    if (!(s >= 0 && s <= 1 && l >= 0 && l <= 1)) return undefined;
    let h = Number(m[2]) % 360;
    if (h < 0) h += 360;
    // CSS Color 4's hsl → sRGB, written as colorjs.io writes it
    const f = (n: number) => {
      const k = (n + h / 30) % 12;
      return l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    };
    [r, g, b] = [f(0), f(8), f(4)];
  } else {
    // legacy rgb() takes three numbers or three percentages, not a mix
    if (m[3] === 'deg' || m[5] === 'deg' || m[7] === 'deg') return undefined;
    if (legacy && (m[3] !== m[5] || m[5] !== m[7])) return undefined;
    const channel = (value: string, percent: string | undefined) => Number(value) / (percent ? 100 : 255);
    [r, g, b] = [channel(m[2]!, m[3]), channel(m[4]!, m[5]), channel(m[6]!, m[7])];
    if (!(r >= 0 && r <= 1 && g >= 0 && g <= 1 && b >= 0 && b <= 1)) return undefined;
  }
  let alpha = 1;
  if (m[8] !== undefined) {
    if (m[9] === 'deg') return undefined;
    alpha = Number(m[8]) / (m[9] ? 100 : 1);
    if (!(alpha >= 0 && alpha <= 1)) return undefined;
  }
  return { oklab: srgbToOklab(r, g, b), alpha, key: `#${byte(r)}${byte(g)}${byte(b)}${byte(alpha)}` };
}

/** A 0–1 channel as two hex digits, clamped, as the exact-match key spells it. */
const byte = (c: number | null) =>
  Math.round(Math.min(1, Math.max(0, c !== null && Number.isFinite(c) ? c : 0)) * 255)
    .toString(16)
    .padStart(2, '0');

function parseWithColorJs(text: string): ParsedColor | undefined {
  let color: Color;
  try {
    color = new Color(text);
  } catch {
    return undefined;
  }
  const [l, a, b] = color.to('oklab').coords.map((c) => (Number.isFinite(c) ? c : 0)) as [number, number, number];
  const alpha = Number.isFinite(color.alpha) ? Number(color.alpha) : 1;
  const srgb = color.to('srgb').toGamut();
  const key = `#${srgb.coords.map(byte).join('')}${byte(alpha)}`;
  return { oklab: [l, a, b], alpha, key };
}

export function deltaEOK(a: ParsedColor, b: ParsedColor): number {
  return Math.hypot(a.oklab[0] - b.oklab[0], a.oklab[1] - b.oklab[1], a.oklab[2] - b.oklab[2]);
}

/**
 * CIEDE2000 (kL = kC = kH = 1), as colorjs.io computes it: OKLab → XYZ D65 → XYZ D50 (Bradford)
 * → CIE Lab, then the formula. Written out here because the advice of a large repo asks for it
 * hundreds of thousands of times and colorjs.io's generic conversions cost 20× more per pair;
 * color.test.ts holds the two equal over thousands of colors.
 */
export function deltaE2000(a: ParsedColor, b: ParsedColor): number {
  const [L1, a1, b1, C1] = (a.lab ??= labOf(a.oklab));
  const [L2, a2, b2, C2] = (b.lab ??= labOf(b.oklab));
  const Cbar = (C1 + C2) / 2;
  const C7 = pow7(Cbar);
  const G = 0.5 * (1 - Math.sqrt(C7 / (C7 + G_FACTOR)));
  const adash1 = (1 + G) * a1;
  const adash2 = (1 + G) * a2;
  const Cdash1 = Math.sqrt(adash1 ** 2 + b1 ** 2);
  const Cdash2 = Math.sqrt(adash2 ** 2 + b2 ** 2);
  let h1 = adash1 === 0 && b1 === 0 ? 0 : Math.atan2(b1, adash1);
  let h2 = adash2 === 0 && b2 === 0 ? 0 : Math.atan2(b2, adash2);
  if (h1 < 0) h1 += 2 * Math.PI;
  if (h2 < 0) h2 += 2 * Math.PI;
  h1 *= R2D;
  h2 *= R2D;
  const dL = L2 - L1;
  const dC = Cdash2 - Cdash1;
  const hdiff = h2 - h1;
  const hsum = h1 + h2;
  const habs = Math.abs(hdiff);
  const neutral = Cdash1 * Cdash2 === 0;
  const dh = neutral ? 0 : habs <= 180 ? hdiff : hdiff > 180 ? hdiff - 360 : hdiff + 360;
  const dH = 2 * Math.sqrt(Cdash2 * Cdash1) * Math.sin((dh * D2R) / 2);
  const Ldash = (L1 + L2) / 2;
  const Cdash = (Cdash1 + Cdash2) / 2;
  const Cdash7 = pow7(Cdash);
  const hdash = neutral ? hsum : habs <= 180 ? hsum / 2 : hsum < 360 ? (hsum + 360) / 2 : (hsum - 360) / 2;
  const lsq = (Ldash - 50) ** 2;
  const SL = 1 + (0.015 * lsq) / Math.sqrt(20 + lsq);
  const SC = 1 + 0.045 * Cdash;
  let T = 1;
  T -= 0.17 * Math.cos((hdash - 30) * D2R);
  T += 0.24 * Math.cos(2 * hdash * D2R);
  T += 0.32 * Math.cos((3 * hdash + 6) * D2R);
  T -= 0.2 * Math.cos((4 * hdash - 63) * D2R);
  const SH = 1 + 0.015 * Cdash * T;
  const dTheta = 30 * Math.exp(-1 * ((hdash - 275) / 25) ** 2);
  const RC = 2 * Math.sqrt(Cdash7 / (Cdash7 + G_FACTOR));
  const RT = -1 * Math.sin(2 * dTheta * D2R) * RC;
  let dE = (dL / SL) ** 2;
  dE += (dC / SC) ** 2;
  dE += (dH / SH) ** 2;
  dE += RT * (dC / SC) * (dH / SH);
  return Math.sqrt(dE);
}

const G_FACTOR = 25 ** 7;
const R2D = 180 / Math.PI;
const D2R = Math.PI / 180;
const pow7 = (x: number) => {
  const x2 = x * x;
  return x2 * x2 * x2 * x;
};

// colorjs.io 0.7's matrices, so both compute the same number
const OKLAB_TO_LMS = [
  [1.0, 0.3963377773761749, 0.2158037573099136],
  [1.0, -0.1055613458156586, -0.0638541728258133],
  [1.0, -0.0894841775298119, -1.2914855480194092],
] as const;
const LMS_TO_XYZ_D65 = [
  [1.2268798758459243, -0.5578149944602171, 0.2813910456659647],
  [-0.0405757452148008, 1.112286803280317, -0.0717110580655164],
  [-0.0763729366746601, -0.4214933324022432, 1.5869240198367816],
] as const;
const D65_TO_D50 = [
  [1.0479297925449969, 0.022946870601609652, -0.05019226628920524],
  [0.02962780877005599, 0.9904344267538799, -0.017073799063418826],
  [-0.009243040646204504, 0.015055191490298152, 0.7518742814281371],
] as const;
const WHITE_D50 = [0.3457 / 0.3585, 1.0, (1.0 - 0.3457 - 0.3585) / 0.3585] as const;
const EPSILON = 216 / 24389;
const KAPPA = 24389 / 27;
const ACHROMATIC = 250 / 100_000;

type Matrix = readonly (readonly [number, number, number])[];
const times = (m: Matrix, v: readonly number[]): [number, number, number] => [
  m[0]![0] * v[0]! + m[0]![1] * v[1]! + m[0]![2] * v[2]!,
  m[1]![0] * v[0]! + m[1]![1] * v[1]! + m[1]![2] * v[2]!,
  m[2]![0] * v[0]! + m[2]![1] * v[1]! + m[2]![2] * v[2]!,
];

/** OKLab → CIE Lab (D50) with its chroma, the way colorjs.io converts. */
function labOf(oklab: [number, number, number]): [number, number, number, number] {
  const lms = times(OKLAB_TO_LMS, oklab).map((c) => c ** 3);
  const xyz = times(D65_TO_D50, times(LMS_TO_XYZ_D65, lms));
  const f = xyz.map((value, i) => {
    const x = value / WHITE_D50[i]!;
    return x > EPSILON ? Math.cbrt(x) : (KAPPA * x + 16) / 116;
  });
  const L = 116 * f[1]! - 16;
  const a = 500 * (f[0]! - f[1]!);
  const b = 200 * (f[1]! - f[2]!);
  // colorjs.io's Lab → LCH treats |a|, |b| under 250 / 100,000 as achromatic (chroma 0)
  const achromatic = Math.abs(a) < ACHROMATIC && Math.abs(b) < ACHROMATIC;
  return [L, a, b, achromatic ? 0 : Math.sqrt(a ** 2 + b ** 2)];
}
