/**
 * Figma stores every variable number as a 32-bit float: a designer's opacity 0.7 comes back from
 * the API as 0.699999988079071, and `#1A2B3C`'s red as 0.10196078568696976. This module is the one
 * owner of that fact: what Figma keeps of a number, and the decimal a token file should say for it.
 */

/** The number Figma keeps when it is sent `value`. */
export const figmaFloat = (value: number): number => Math.fround(value);

/** Whether Figma keeps `a` and `b` as the same number. */
export const sameFigmaFloat = (a: number, b: number): boolean => Math.fround(a) === Math.fround(b);

/**
 * The shortest decimal `d` for which Figma would store the same float as for `figmaValue`, where
 * the token holds `d` and Figma holds `d * scale` (16 for rem, 1000 for seconds). A value that is
 * not a float32 (or not finite) is returned as it is: no shorter decimal means the same.
 */
export function shortestDecimal(figmaValue: number, scale = 1): number {
  if (!Number.isFinite(figmaValue)) return figmaValue;
  const target = Math.fround(figmaValue);
  const exact = figmaValue / scale;
  if (Math.fround(exact * scale) !== target) return exact;
  for (let digits = 1; digits <= 17; digits++) {
    const candidate = Number(exact.toPrecision(digits));
    if (Math.fround(candidate * scale) === target) return Object.is(candidate, -0) ? 0 : candidate;
  }
  return exact;
}
