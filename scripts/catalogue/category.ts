/**
 * What a token is for, decided from its `$type` and path: the one owner of that question. `usage`
 * counts references per group, the docs put each group on its page, lint and audit compare raw
 * values with a scale, and Figma gives a dimension its default scopes from the same answer.
 */

/** The shape every question here needs of a token (a catalogue token, or a resolver's definition). */
export interface TypedPath {
  path: readonly string[];
  type: string | undefined;
}

/** The groups a token belongs to, in the order a report lists them. */
export const TOKEN_GROUPS = [
  'color',
  'space',
  'typography',
  'radius',
  'border',
  'shadow',
  'motion',
  'opacity',
  'z-index',
  'size',
  'other',
] as const;
export type TokenGroup = (typeof TOKEN_GROUPS)[number];

const lower = (path: readonly string[]) => path.map((p) => p.toLowerCase());
const Z_INDEX = new Set(['z-index', 'zindex', 'z']);
const SPACING_WORDS = new Set(['space', 'spacing', 'gap', 'inset', 'padding']);
const RADIUS_WORDS = new Set(['radius', 'radii', 'rounded', 'corner']);

/**
 * The group of a token: the first rule that claims it wins, and a token no rule claims is
 * `other`, so a new kind of token is never silently left out of a report or the docs.
 */
export function tokenGroup({ path: original, type }: TypedPath): TokenGroup {
  const path = lower(original);
  const top = path[0] ?? '';
  if (type === 'color') return 'color';
  if (top === 'font' || top === 'typography' || type === 'fontFamily' || type === 'fontWeight' || type === 'typography')
    return 'typography';
  if (path.includes('radius')) return 'radius';
  if (top === 'space' || top === 'spacing') return 'space';
  if (top === 'shadow' || top === 'elevation' || type === 'shadow') return 'shadow';
  if (['motion', 'duration', 'easing'].includes(top) || ['duration', 'cubicBezier', 'transition'].includes(type ?? ''))
    return 'motion';
  if (top === 'opacity') return 'opacity';
  if (Z_INDEX.has(top)) return 'z-index';
  if (top === 'border' || top === 'focus' || type === 'border' || type === 'strokeStyle') return 'border';
  if (top === 'size' || top === 'breakpoint' || type === 'dimension') return 'size';
  return 'other';
}

/** The scales a raw CSS value is compared with (lint's no-off-scale-value, audit's computed styles). */
export type TokenScale =
  | 'spacing'
  | 'font-size'
  | 'line-height'
  | 'font-weight'
  | 'letter-spacing'
  | 'radius'
  | 'z-index'
  | 'duration'
  | 'easing';

/** The scale a token is a step of, or undefined when it is not one (colors, composites, strings). */
export function tokenScale({ path: original, type }: TypedPath): TokenScale | undefined {
  const path = lower(original);
  const joined = path.join('.');
  if (type === 'duration') return 'duration';
  if (type === 'cubicBezier') return 'easing';
  if (type === 'fontWeight') return 'font-weight';
  if (type === 'dimension') {
    if (/(?:^|\.)font\.size(?:\.|$)|font-size|fontsize/.test(joined)) return 'font-size';
    if (path.some((segment) => RADIUS_WORDS.has(segment))) return 'radius';
    if (path.some((segment) => SPACING_WORDS.has(segment))) return 'spacing';
    if (/line-?height/.test(joined)) return 'line-height';
    if (/tracking|letter-?spacing/.test(joined)) return 'letter-spacing';
  }
  if (type === 'number') {
    if (/line-?height/.test(joined)) return 'line-height';
    if (Z_INDEX.has(path[0] ?? '')) return 'z-index';
    if (/(?:^|\.)font\.weight/.test(joined)) return 'font-weight';
  }
  return undefined;
}
