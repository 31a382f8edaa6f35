/**
 * The DTCG 2025.10 `colorSpace` ids and colorjs.io's id for each: the one table every reader of a
 * color value (validation, CSS, native and email outputs, check, the docs) converts through, so a
 * space the build accepts is one every output can convert.
 */
export const DTCG_COLOR_SPACES = {
  srgb: 'srgb',
  'srgb-linear': 'srgb-linear',
  hsl: 'hsl',
  hwb: 'hwb',
  lab: 'lab',
  lch: 'lch',
  oklab: 'oklab',
  oklch: 'oklch',
  'display-p3': 'p3',
  'a98-rgb': 'a98rgb',
  'prophoto-rgb': 'prophoto',
  rec2020: 'rec2020',
  'xyz-d65': 'xyz-d65',
  'xyz-d50': 'xyz-d50',
} as const;

export type DtcgColorSpace = keyof typeof DTCG_COLOR_SPACES;

function isDtcgColorSpace(id: unknown): id is DtcgColorSpace {
  return typeof id === 'string' && Object.hasOwn(DTCG_COLOR_SPACES, id);
}

/** colorjs.io's id for a DTCG color space (unknown ids pass through, for colorjs to reject). */
export function colorjsSpace(id: string): string {
  return isDtcgColorSpace(id) ? DTCG_COLOR_SPACES[id] : id;
}
