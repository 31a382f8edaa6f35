/**
 * sRGB → OKLab with Björn Ottosson's matrices, without a colour library: the lint's fast path for
 * hex colours and the Figma plugin (which bundles no colorjs.io) both use it. Channels are
 * gamma-encoded sRGB in 0–1; values outside (extended sRGB) keep their sign through
 * linearisation, as CSS Color 4 does. Tests hold it to colorjs.io.
 */
export function srgbToOklab(r: number, g: number, b: number): [number, number, number] {
  const lr = linear(r);
  const lg = linear(g);
  const lb = linear(b);
  const l = Math.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb);
  const m = Math.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb);
  const s = Math.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

function linear(c: number): number {
  const magnitude = Math.abs(c);
  return magnitude <= 0.04045 ? c / 12.92 : Math.sign(c) * ((magnitude + 0.055) / 1.055) ** 2.4;
}
