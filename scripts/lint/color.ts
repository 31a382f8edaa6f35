/**
 * Color parsing and distance for the raw-color rule. colorjs.io parses every CSS color syntax and
 * computes ΔE2000; hex colors (the common case) take a fast path straight to OKLab, and other
 * spellings are cached, so a 100 MB repo does not pay colorjs.io's cost per occurrence.
 */
import Color from 'colorjs.io';

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
  color: Color | undefined;
}

const cache = new Map<string, ParsedColor | null>();

export function parseColor(text: string): ParsedColor | undefined {
  const spelling = text.toLowerCase();
  // a hex parses faster than a lookup in a cache of every color in the repo
  if (spelling.startsWith('#')) return parseHex(spelling);
  const hit = cache.get(spelling);
  if (hit !== undefined) return hit ?? undefined;
  const parsed = parseWithColorJs(spelling);
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
    color: undefined,
  };
}

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
  const byte = (c: number | null) =>
    Math.round(Math.min(1, Math.max(0, c !== null && Number.isFinite(c) ? c : 0)) * 255)
      .toString(16)
      .padStart(2, '0');
  const key = `#${srgb.coords.map(byte).join('')}${byte(alpha)}`;
  return { oklab: [l, a, b], alpha, key, color };
}

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** sRGB → OKLab (Björn Ottosson's matrices), the fast path for hex colors. */
function srgbToOklab(r: number, g: number, b: number): [number, number, number] {
  const lr = linear(r),
    lg = linear(g),
    lb = linear(b);
  const l = Math.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb);
  const m = Math.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb);
  const s = Math.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

export function deltaEOK(a: ParsedColor, b: ParsedColor): number {
  return Math.hypot(a.oklab[0] - b.oklab[0], a.oklab[1] - b.oklab[1], a.oklab[2] - b.oklab[2]);
}

export function deltaE2000(a: ParsedColor, b: ParsedColor): number {
  a.color ??= new Color('oklab', a.oklab);
  b.color ??= new Color('oklab', b.oklab);
  return a.color.deltaE2000(b.color);
}
