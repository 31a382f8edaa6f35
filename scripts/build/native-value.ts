import Color from 'colorjs.io';
import { colorToHex, fontWeightNumber } from './css-value.ts';

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

export const REM_PX = 16;

export function nativeColor(value: unknown): NativeColor {
  const v = value as { colorSpace: string; components: (number | 'none')[]; alpha?: number };
  const srgb = new Color(v.colorSpace, v.components.map((c) => (c === 'none' ? 0 : c)) as [number, number, number], v.alpha ?? 1).to('srgb').toGamut({ method: 'css' });
  const [red, green, blue] = (srgb.coords as number[]).map((n) => Number(Math.min(1, Math.max(0, n)).toFixed(4)));
  return { hex: colorToHex(value), red: red!, green: green!, blue: blue!, alpha: Number((v.alpha ?? 1).toFixed(4)) };
}

export function toNative(type: string, value: unknown): unknown {
  switch (type) {
    case 'color':
      return nativeColor(value);
    case 'dimension': {
      const v = value as { value: number; unit: string };
      return v.unit === 'rem' ? v.value * REM_PX : v.value;
    }
    case 'duration': {
      const v = value as { value: number; unit: string };
      return v.unit === 's' ? v.value * 1000 : v.value;
    }
    case 'fontWeight':
      return fontWeightNumber(value);
    case 'fontFamily':
      return Array.isArray(value) ? value : [value];
    case 'typography':
    case 'transition':
    case 'border': {
      const fields: Record<string, string> = {
        fontFamily: 'fontFamily', fontSize: 'dimension', fontWeight: 'fontWeight', letterSpacing: 'dimension', lineHeight: 'number',
        duration: 'duration', delay: 'duration', timingFunction: 'cubicBezier', color: 'color', width: 'dimension', style: 'strokeStyle',
      };
      return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, toNative(fields[k] ?? 'string', v)]));
    }
    case 'shadow':
      return (Array.isArray(value) ? value : [value]).map((layer: Record<string, unknown>) => ({
        color: nativeColor(layer.color), offsetX: toNative('dimension', layer.offsetX), offsetY: toNative('dimension', layer.offsetY),
        blur: toNative('dimension', layer.blur), spread: layer.spread ? toNative('dimension', layer.spread) : 0, inset: layer.inset === true,
      }));
    case 'gradient':
      return (value as Record<string, unknown>[]).map((stop) => ({ color: nativeColor(stop.color), position: stop.position }));
    default:
      return value;
  }
}
