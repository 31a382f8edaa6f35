import Color from '../tokens/colorjs.ts';
import { colorjsSpace } from '../tokens/color-space.ts';
import { compositeFieldType } from '../tokens/composite-fields.ts';
import { fontWeightNumber } from '../tokens/font-weight.ts';

/**
 * Platform-neutral values for native and email outputs: sRGB colors (gamut-mapped), sizes in px
 * numbers (1rem = 16px), durations in ms. Formats turn these into Swift, Kotlin or JS literals.
 */
export interface NativeColor {
  hex: string;
  red: number;
  green: number;
  blue: number;
  alpha: number;
}

/**
 * px per rem: the browsers' default root font size. The one owner of rem→px; every output, check,
 * lint rule and Figma conversion goes through lengthToPx / dimensionToPx.
 */
export const REM_PX = 16;

/**
 * Gamut mapping is the costliest step of a build (every color × every permutation × every native
 * platform), and permutations share most colors, so conversions are memoized by value.
 */
const nativeColors = new Map<string, NativeColor>();

export function nativeColor(value: unknown): NativeColor {
  const v = value as { colorSpace: string; components: (number | 'none')[]; alpha?: number };
  const key = `${v.colorSpace} ${v.components.join(' ')} ${v.alpha ?? 1}`;
  let color = nativeColors.get(key);
  if (!color) {
    const srgb = new Color(
      colorjsSpace(v.colorSpace),
      v.components.map((c) => (c === 'none' ? 0 : c)) as [number, number, number],
      v.alpha ?? 1,
    )
      .to('srgb')
      .toGamut({ method: 'css' });
    const [red, green, blue] = (srgb.coords as number[]).map((n) => Math.min(1, Math.max(0, n)));
    const alpha = v.alpha ?? 1;
    const byte = (n: number) =>
      Math.round(n * 255)
        .toString(16)
        .padStart(2, '0');
    color = {
      hex: `#${byte(red!)}${byte(green!)}${byte(blue!)}${alpha < 1 ? byte(alpha) : ''}`,
      red: Number(red!.toFixed(4)),
      green: Number(green!.toFixed(4)),
      blue: Number(blue!.toFixed(4)),
      alpha: Number(alpha.toFixed(4)),
    };
    nativeColors.set(key, color);
  }
  return color;
}

/** sRGB hex (gamut-mapped; #rrggbbaa when translucent), for email and native outputs. */
export function colorToHex(value: unknown): string {
  return nativeColor(value).hex;
}

/**
 * A length in px: px as is, rem at `rootPx` per rem, em at `emPx` when the caller knows the font
 * size it is relative to (email and checks use the root size); undefined for any other unit.
 * Fractions are kept: -0.02rem is -0.32px, not 0.
 */
export function lengthToPx(value: number, unit: string, rootPx = REM_PX, emPx?: number): number | undefined {
  if (unit === 'px') return value;
  if (unit === 'rem') return value * rootPx;
  if (unit === 'em' && emPx !== undefined) return value * emPx;
  return undefined;
}

/** A DTCG dimension (px or rem) in px, as native platforms, email and Figma want it. */
export function dimensionToPx(value: unknown, rootPx = REM_PX): number {
  const v = value as { value: number; unit: string };
  return lengthToPx(v.value, v.unit, rootPx, rootPx) ?? v.value;
}

/** A time in ms: ms as is, s × 1000; undefined for any other unit. */
export function timeToMs(value: number, unit: string): number | undefined {
  return unit === 'ms' ? value : unit === 's' ? value * 1000 : undefined;
}

/** A DTCG duration in milliseconds. */
export function durationToMs(value: unknown): number {
  const v = value as { value: number; unit: string };
  return timeToMs(v.value, v.unit) ?? v.value;
}

/** A dimension in px or a duration in ms: the plain number native platforms, email and Figma hold. */
export function plainNumber(type: 'dimension' | 'duration', value: unknown): number {
  return type === 'dimension' ? dimensionToPx(value) : durationToMs(value);
}

export function toNative(type: string, value: unknown): unknown {
  switch (type) {
    case 'color':
      return nativeColor(value);
    case 'dimension':
    case 'duration':
      return plainNumber(type, value);
    case 'fontWeight':
      return fontWeightNumber(value);
    case 'fontFamily':
      return Array.isArray(value) ? value : [value];
    case 'typography':
    case 'transition':
    case 'border': {
      return Object.fromEntries(
        Object.entries(value as object).map(([k, v]) => [k, toNative(compositeFieldType(type, k) ?? 'string', v)]),
      );
    }
    case 'shadow':
      return (Array.isArray(value) ? value : [value]).map((layer: Record<string, unknown>) => ({
        color: nativeColor(layer.color),
        offsetX: toNative('dimension', layer.offsetX),
        offsetY: toNative('dimension', layer.offsetY),
        blur: toNative('dimension', layer.blur),
        spread: layer.spread ? toNative('dimension', layer.spread) : 0,
        inset: layer.inset === true,
      }));
    case 'gradient':
      return (value as Record<string, unknown>[]).map((stop) => ({
        color: nativeColor(stop.color),
        position: stop.position,
      }));
    default:
      return value;
  }
}
