import type { ExpectedValue } from '../expectations.ts';
import type { Suggestion } from '../types.ts';

/** The number of px in a computed length (`12.5px`), or undefined for anything else. */
export function pxOf(computed: string): number | undefined {
  const m = /^(-?[\d.]+(?:e-?\d+)?)px$/.exec(computed.trim());
  return m ? Number(m[1]) : undefined;
}

/** The magnitude of a scale entry as the page computes it (px for lengths, the number otherwise). */
function magnitude(entry: ExpectedValue): number | undefined {
  const text = entry.computed ?? entry.css;
  const px = pxOf(text);
  if (px !== undefined) return px;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * undefined when `value` is on the scale (within `tolerance`); otherwise the two nearest entries,
 * nearest first, with their distance.
 */
export function nearestOnScale(value: number, scale: ExpectedValue[], tolerance: number): Suggestion[] | undefined {
  const measured = scale.flatMap((entry) => {
    const m = magnitude(entry);
    return m === undefined ? [] : [{ entry, distance: Math.abs(m - value) }];
  });
  if (!measured.length || measured.some((m) => m.distance <= tolerance + 1e-9)) return undefined;
  return measured
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 2)
    .map(({ entry, distance }) => ({
      token: entry.token.name,
      variable: entry.variable,
      value: entry.css,
      distance: Math.round(distance * 100) / 100,
    }));
}
