import Color from 'colorjs.io';

/** WCAG 2.x minimum ratios (level AA) for each `usage` a foreground colour declares. */
export const WCAG_AA: Record<string, number> = { body: 4.5, large: 3, 'non-text': 3 };

interface DtcgColor {
  colorSpace: string;
  components: (number | 'none')[];
  alpha?: number;
}

function srgb(value: unknown): { rgb: [number, number, number]; alpha: number } {
  const v = value as DtcgColor;
  const color = new Color(v.colorSpace, v.components.map((c) => (c === 'none' ? 0 : c)) as [number, number, number], v.alpha ?? 1)
    .to('srgb')
    .toGamut({ method: 'css' });
  const [r, g, b] = color.coords.map((c) => Math.min(1, Math.max(0, Number(c) || 0))) as [number, number, number];
  return { rgb: [r, g, b], alpha: Number(color.alpha) };
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function over(top: { rgb: [number, number, number]; alpha: number }, bottom: [number, number, number]): [number, number, number] {
  return top.rgb.map((c, i) => c * top.alpha + bottom[i]! * (1 - top.alpha)) as [number, number, number];
}

/**
 * WCAG 2.x contrast of a foreground on a background, both DTCG colour values. Translucent colours
 * are composited first: the background over `backdrop` (the page surface), the foreground over that.
 */
export function contrastRatio(foreground: unknown, background: unknown, backdrop?: unknown): number {
  const base = backdrop === undefined ? ([1, 1, 1] as [number, number, number]) : over(srgb(backdrop), [1, 1, 1]);
  const bg = over(srgb(background), base);
  const fg = over(srgb(foreground), bg);
  const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
