/**
 * DTCG 2025.10 font-weight names and their numeric values: the one table validation, CSS,
 * native outputs and Figma read.
 */
export const FONT_WEIGHTS: Readonly<Record<string, number>> = {
  thin: 100,
  hairline: 100,
  'extra-light': 200,
  'ultra-light': 200,
  light: 300,
  normal: 400,
  regular: 400,
  book: 400,
  medium: 500,
  'semi-bold': 600,
  'demi-bold': 600,
  bold: 700,
  'extra-bold': 800,
  'ultra-bold': 800,
  black: 900,
  heavy: 900,
  'extra-black': 950,
  'ultra-black': 950,
};

export function isFontWeightName(value: unknown): value is string {
  return typeof value === 'string' && Object.hasOwn(FONT_WEIGHTS, value);
}

/** A DTCG fontWeight value (number or name) as a number. */
export function fontWeightNumber(value: unknown): number {
  return typeof value === 'number' ? value : FONT_WEIGHTS[value as string]!;
}
