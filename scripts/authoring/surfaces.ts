import type { Catalogue } from '../catalogue/catalogue.ts';
import { shown, wcagRatio, type Shown } from '../check/color.ts';
import { DEFAULT_CONFIG, type CheckConfig } from '../check/config.ts';
import { colorsOf } from '../check/evaluate.ts';
import { matchName } from '../check/pairs.ts';
import { permutationsOf } from '../catalogue/permutations.ts';
import type { Facing } from './ramp-scale.ts';

/**
 * The surfaces a generated ramp is checked against: every color token matching the surface
 * patterns, resolved in every permutation of the catalogue (every theme × brand), composited
 * over the backdrop as `livery check` sees them, and sorted by which ink they carry.
 */
export interface Surface {
  token: string;
  permutation: string;
  /** `dark` surfaces carry light ink, `light` surfaces dark ink. */
  polarity: Facing;
  shown: Shown;
}

export const DEFAULT_SURFACE_PATTERNS = ['color.surface.*'];

const WHITE = shown({ r: 1, g: 1, b: 1, alpha: 1 });
const BLACK = shown({ r: 0, g: 0, b: 0, alpha: 1 });

/** A surface is dark when white ink reads better on it than black ink. */
export function polarityOf(surface: Shown): Facing {
  return wcagRatio(WHITE, surface) > wcagRatio(BLACK, surface) ? 'dark' : 'light';
}

export function surfacesOf(
  catalogue: Catalogue,
  patterns = DEFAULT_SURFACE_PATTERNS,
  config: CheckConfig = DEFAULT_CONFIG,
): Surface[] {
  const split = patterns.map((p) => p.split('.'));
  const names = [...catalogue.tokens.values()]
    .filter((t) => t.type === 'color' && split.some((p) => matchName(p, t.path)))
    .map((t) => t.name);
  const surfaces: Surface[] = [];
  for (const permutation of permutationsOf(catalogue)) {
    const colors = colorsOf(catalogue, config, permutation);
    for (const token of names) {
      const bg = colors.background(token);
      if (bg) surfaces.push({ token, permutation: permutation.name, polarity: polarityOf(bg.shown), shown: bg.shown });
    }
  }
  return surfaces;
}
