/**
 * What to tell a user about one raw color, given the roles its property may take and the
 * permutations (themes, brands) the literal is written for:
 * - exact: one token of a fitting role has the color in every one of those permutations — the
 *   only case `--fix` rewrites (in the default theme nothing changes; elsewhere it follows);
 * - primitive: no semantic token of a fitting role has it, exactly one primitive does (a fix that
 *   keeps the page as it is in every theme, and the message says it will not follow the theme);
 * - ambiguous: several tokens fit; all are listed as suggestions and nothing is rewritten;
 * - themed: a fitting token has the color only in another permutation (dark styling outside a
 *   dark selector, say);
 * - near / far: the nearest fitting token of the same alpha, semantic before primitive.
 * A token whose role contradicts the property is never suggested.
 */
import { deltaE2000, deltaEOK, type ParsedColor } from './color.ts';
import type { ColorToken, TokenIndex } from './token-index.ts';

export type Metric = 'deltaE2000' | 'deltaEOK';

export interface ColorAdvice {
  kind: 'exact' | 'primitive' | 'ambiguous' | 'themed' | 'near' | 'far';
  /** exact, primitive: the token to use; themed, near, far: the nearest one (if any). */
  token?: ColorToken;
  /** ambiguous: every fitting token (semantic ones first). */
  candidates: ColorToken[];
  /** themed: where the token has this color. */
  permutation?: string;
  distance?: number;
  /** Whether the suggestion is a primitive although the property has a role (message says so). */
  primitiveFallback: boolean;
}

/** Alpha is part of a color: a 12 % black is not "near" an opaque one. */
const ALPHA_TOLERANCE = 0.02;

const fits = (token: ColorToken, roles: string[] | undefined) => !roles || token.roles.some((r) => roles.includes(r));
const isSemantic = (token: ColorToken) => token.roles.length > 0;

/** What advice is asked for: a color, the roles its property takes, the permutations it is written for. */
interface AdviceRequest {
  index: TokenIndex;
  color: ParsedColor;
  roles: string[] | undefined;
  permutations: string[];
  metric: Metric;
  threshold: number;
}

export type Adviser = (color: ParsedColor, roles: string[] | undefined, permutations: string[]) => ColorAdvice;

/**
 * The advice a color was given, kept on the color object: the adviser that gave it (one index and
 * metric), then for each roles and permutations arrays asked with, the two arrays and the advice,
 * flat in one array (entries as objects were one pointer chase, often a cache miss, per entry
 * compared).
 */
interface AdvisedColor extends ParsedColor {
  advisedBy?: object;
  advised?: (string[] | undefined | ColorAdvice)[];
}

/**
 * A color is asked about again and again (parseColor hands back the same object for a spelling),
 * with the same few roles and permutations arrays (the role map's and the scope cache's own): its
 * advice is found by identity among the entries kept on that color object. (Kept in a WeakMap, or
 * a Map by its key, each occurrence paid a hash lookup: on two cores, where the run is bound by
 * memory traffic, that cost more than the rest of the rule.) A second adviser (another index, in
 * tests) starts the color's entries again.
 */
const ENTRIES_PER_COLOR = 32;
const owners = new WeakMap<TokenIndex, Map<string, object>>();

/** The advice function of one index and metric (the same one, and the same memo, for every file). */
export function adviserFor(index: TokenIndex, metric: Metric, threshold: number): Adviser {
  let byIndex = owners.get(index);
  if (!byIndex) owners.set(index, (byIndex = new Map()));
  const settings = `${metric}\u0000${threshold}`;
  let owner = byIndex.get(settings);
  if (!owner) byIndex.set(settings, (owner = {}));
  const me = owner;
  return (color: AdvisedColor, roles, permutations) => {
    let memo = color.advised;
    if (memo === undefined || color.advisedBy !== me) {
      color.advisedBy = me;
      color.advised = memo = [];
    }
    for (let i = 0; i < memo.length; i += 3)
      if (memo[i] === roles && memo[i + 1] === permutations) return memo[i + 2] as ColorAdvice;
    const advice = advise({ index, color, roles, permutations, metric, threshold });
    if (memo.length >= 3 * ENTRIES_PER_COLOR) memo.splice(0, 3);
    memo.push(roles, permutations, advice);
    return advice;
  };
}

/** A token's color in one permutation, laid out for the nearest-color loop. */
interface PoolEntry {
  token: ColorToken;
  value: ParsedColor;
  l: number;
  a: number;
  b: number;
  alpha: number;
}

/**
 * The tokens the nearest color is looked for among, in the index's order: per roles and
 * permutation the fitting semantic tokens, and per permutation the primitives (the same for every
 * role). Built once; a repo asks for thousands of colors.
 */
interface Pools {
  semantic: PoolEntry[];
  primitive: PoolEntry[];
}
const poolCache = new WeakMap<TokenIndex, Map<string[] | null, Map<string, Pools>>>();
const primitivePools = new WeakMap<TokenIndex, Map<string, PoolEntry[]>>();

const entryOf = (token: ColorToken, value: ParsedColor): PoolEntry => ({
  token,
  value,
  l: value.oklab[0],
  a: value.oklab[1],
  b: value.oklab[2],
  alpha: value.alpha,
});

function primitivePool(index: TokenIndex, permutation: string): PoolEntry[] {
  let byPermutation = primitivePools.get(index);
  if (!byPermutation) primitivePools.set(index, (byPermutation = new Map()));
  let pool = byPermutation.get(permutation);
  if (pool) return pool;
  pool = [];
  for (const token of index.colorTokens) {
    const value = token.values.get(permutation);
    if (value && !isSemantic(token)) pool.push(entryOf(token, value));
  }
  byPermutation.set(permutation, pool);
  return pool;
}

function poolsFor(index: TokenIndex, roles: string[] | undefined, permutation: string): Pools {
  let byRoles = poolCache.get(index);
  if (!byRoles) poolCache.set(index, (byRoles = new Map()));
  let byPermutation = byRoles.get(roles ?? null);
  if (!byPermutation) byRoles.set(roles ?? null, (byPermutation = new Map()));
  let pools = byPermutation.get(permutation);
  if (pools) return pools;
  pools = { semantic: [], primitive: primitivePool(index, permutation) };
  for (const token of index.colorTokens) {
    const value = token.values.get(permutation);
    if (value && isSemantic(token) && fits(token, roles)) pools.semantic.push(entryOf(token, value));
  }
  byPermutation.set(permutation, pools);
  return pools;
}

interface Nearest {
  token: ColorToken;
  d: number;
}

/** The nearest primitive does not depend on the property's roles: found once per color, pool and metric. */
const nearestIn = new WeakMap<PoolEntry[], Map<string, Nearest | null>>();

function nearest(pool: PoolEntry[], color: ParsedColor, metric: Metric): Nearest | undefined {
  let byColor = nearestIn.get(pool);
  if (!byColor) nearestIn.set(pool, (byColor = new Map()));
  const key = metric === 'deltaE2000' ? color.key : `${color.key}\u0000${metric}`;
  const hit = byColor.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const found = search(pool, color, metric);
  if (byColor.size > 50_000) byColor.clear();
  byColor.set(key, found ?? null);
  return found;
}

function search(pool: PoolEntry[], color: ParsedColor, metric: Metric): Nearest | undefined {
  let best: PoolEntry | undefined;
  let bestD = Infinity;
  let second: PoolEntry | undefined;
  let secondD = Infinity;
  // ranked by squared ΔEOK (no square root per token); the two kept get their distance after
  const [l, a, b] = color.oklab;
  for (const entry of pool) {
    if (Math.abs(entry.alpha - color.alpha) > ALPHA_TOLERANCE) continue;
    const d = (entry.l - l) ** 2 + (entry.a - a) ** 2 + (entry.b - b) ** 2;
    if (!best || d < bestD) ((second = best), (secondD = bestD), (best = entry), (bestD = d));
    else if (!second || d < secondD) ((second = entry), (secondD = d));
  }
  if (!best) return undefined;
  if (metric === 'deltaEOK') return { token: best.token, d: deltaEOK(color, best.value) };
  // ΔE2000 of the two nearest by ΔEOK (ΔE2000 is costly; the orders rarely differ beyond that)
  const scored = [best, second]
    .filter((r): r is PoolEntry => r !== undefined)
    .map((r) => ({ token: r.token, d: deltaE2000(color, r.value) }));
  return scored.sort((a, b) => a.d - b.d)[0]!;
}

function advise({ index, color, roles, permutations, metric, threshold }: AdviceRequest): ColorAdvice {
  const none = { candidates: [], primitiveFallback: false };
  const [first, ...rest] = permutations;
  const exact = (index.colorsIn.get(first!)?.get(color.key) ?? []).filter((t) =>
    rest.every((p) => t.values.get(p)?.key === color.key),
  );
  const semantic = exact.filter((t) => isSemantic(t) && fits(t, roles));
  const primitives = exact.filter((t) => !isSemantic(t));
  if (roles) {
    if (semantic.length === 1) return { ...none, kind: 'exact', token: semantic[0]! };
    if (semantic.length > 1) return { ...none, kind: 'ambiguous', candidates: semantic };
  } else {
    // nothing says what this color is for: only a color exactly one token has is certain
    const all = [...semantic, ...primitives];
    if (all.length === 1) return { ...none, kind: isSemantic(all[0]!) ? 'exact' : 'primitive', token: all[0]! };
    if (all.length > 1) return { ...none, kind: 'ambiguous', candidates: all };
  }
  if (primitives.length === 1)
    return { kind: 'primitive', token: primitives[0]!, candidates: [], primitiveFallback: !!roles };
  if (primitives.length > 1) return { ...none, kind: 'ambiguous', candidates: primitives, primitiveFallback: !!roles };
  // the color of a fitting token in another theme or brand: styling for it, outside its selector
  for (const permutation of index.permutations) {
    if (permutations.includes(permutation)) continue;
    const there = (index.colorsIn.get(permutation)?.get(color.key) ?? []).filter(
      (t) => isSemantic(t) && fits(t, roles),
    );
    if (there.length) return { ...none, kind: 'themed', token: there[0]!, permutation };
  }
  // nearest of the same alpha: a fitting semantic token if one is near enough, else a primitive
  const pools = poolsFor(index, roles, first!);
  const semanticNear = nearest(pools.semantic, color, metric);
  if (semanticNear && semanticNear.d <= threshold)
    return { ...none, kind: 'near', token: semanticNear.token, distance: semanticNear.d };
  const primitiveNear = nearest(pools.primitive, color, metric);
  if (primitiveNear && primitiveNear.d <= threshold)
    return {
      kind: 'near',
      token: primitiveNear.token,
      distance: primitiveNear.d,
      candidates: [],
      primitiveFallback: !!roles,
    };
  const far = [semanticNear, primitiveNear].filter(Boolean).sort((a, b) => a!.d - b!.d)[0];
  return far ? { ...none, kind: 'far', token: far.token, distance: far.d } : { ...none, kind: 'far' };
}
