import { lengthToPx, REM_PX, timeToMs } from '../build/native-value.ts';

/**
 * The units of a token's value, asked of the catalogue: a dimension or duration as its number and
 * unit, and the magnitude values are compared in (lengths in px, rem at REM_PX; times in ms). Lint
 * matches raw values with its scales, the docs draw lengths to scale and check holds font sizes
 * above a floor through it. Which units DTCG allows is scripts/tokens/units.ts; the conversions
 * themselves are native-value.ts's.
 */
export interface Measure {
  value: number;
  unit: string;
  /** px for a length, ms for a time. */
  magnitude: number;
  magnitudeUnit: 'px' | 'ms';
}

/** A number with a length or time unit; undefined for any other unit (em has no fixed size). */
export function measure(value: number, unit: string, rootPx = REM_PX): Measure | undefined {
  const px = lengthToPx(value, unit, rootPx);
  if (px !== undefined) return { value, unit, magnitude: px, magnitudeUnit: 'px' };
  const ms = timeToMs(value, unit);
  if (ms !== undefined) return { value, unit, magnitude: ms, magnitudeUnit: 'ms' };
  return undefined;
}

/** A DTCG dimension or duration (`{ "value": 1.5, "unit": "rem" }`); undefined for any other value. */
export function measureOfValue(value: unknown, rootPx = REM_PX): Measure | undefined {
  const v = value as { value?: unknown; unit?: unknown } | undefined;
  if (!v || typeof v !== 'object' || typeof v.value !== 'number' || typeof v.unit !== 'string') return undefined;
  return measure(v.value, v.unit, rootPx);
}

/** A length or time as the build writes it in CSS (`1.5rem`, `200ms`; a bare `0` is px, its unit kept as ''). */
export function measureOfCss(css: string, rootPx = REM_PX): Measure | undefined {
  const m = /^(-?[\d.]+(?:e-?\d+)?)([a-z%]*)$/i.exec(css.trim());
  if (!m) return undefined;
  const unit = m[2]!.toLowerCase();
  const found = measure(Number(m[1]), unit === '' ? 'px' : unit, rootPx);
  return found && { ...found, unit };
}
