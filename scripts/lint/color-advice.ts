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

/**
 * Advice by index and settings, then by the identity of the roles and permutations arrays (the
 * role map's and the scope cache's own, so no key string is built per color), then by color key.
 */
const caches = new WeakMap<TokenIndex, Map<string, Map<string[] | null, Map<string[], Map<string, ColorAdvice>>>>>();
let cached = 0;

/** What advice is asked for: a color, the roles its property takes, the permutations it is written for. */
export interface AdviceRequest {
  index: TokenIndex;
  color: ParsedColor;
  roles: string[] | undefined;
  permutations: string[];
  metric: Metric;
  threshold: number;
}

export function adviseColor(request: AdviceRequest): ColorAdvice {
  const { index, color, roles, permutations, metric, threshold } = request;
  let bySettings = caches.get(index);
  if (!bySettings) caches.set(index, (bySettings = new Map()));
  const settings = `${metric}\u0000${threshold}`;
  let byRoles = bySettings.get(settings);
  if (!byRoles) bySettings.set(settings, (byRoles = new Map()));
  let byPermutations = byRoles.get(roles ?? null);
  if (!byPermutations) byRoles.set(roles ?? null, (byPermutations = new Map()));
  let byColor = byPermutations.get(permutations);
  if (!byColor) byPermutations.set(permutations, (byColor = new Map()));
  const hit = byColor.get(color.key);
  if (hit) return hit;
  const advice = advise(request);
  if (++cached > 200_000) (bySettings.clear(), (cached = 0));
  byColor.set(color.key, advice);
  return advice;
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
 * The tokens the nearest color is looked for among, per roles and permutation, in the index's
 * order: fitting semantic tokens, and primitives. Built once; a repo asks for thousands of colors.
 */
const poolCache = new WeakMap<
  TokenIndex,
  Map<string[] | null, Map<string, { semantic: PoolEntry[]; primitive: PoolEntry[] }>>
>();

function poolsFor(
  index: TokenIndex,
  roles: string[] | undefined,
  permutation: string,
): { semantic: PoolEntry[]; primitive: PoolEntry[] } {
  let byRoles = poolCache.get(index);
  if (!byRoles) poolCache.set(index, (byRoles = new Map()));
  let byPermutation = byRoles.get(roles ?? null);
  if (!byPermutation) byRoles.set(roles ?? null, (byPermutation = new Map()));
  let pools = byPermutation.get(permutation);
  if (pools) return pools;
  pools = { semantic: [], primitive: [] };
  for (const token of index.colorTokens) {
    const value = token.values.get(permutation);
    if (!value) continue;
    const entry = { token, value, l: value.oklab[0], a: value.oklab[1], b: value.oklab[2], alpha: value.alpha };
    if (!isSemantic(token)) pools.primitive.push(entry);
    else if (fits(token, roles)) pools.semantic.push(entry);
  }
  byPermutation.set(permutation, pools);
  return pools;
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
  const nearest = (pool: PoolEntry[]) => {
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
  };
  const pools = poolsFor(index, roles, first!);
  const semanticNear = nearest(pools.semantic);
  if (semanticNear && semanticNear.d <= threshold)
    return { ...none, kind: 'near', token: semanticNear.token, distance: semanticNear.d };
  const primitiveNear = nearest(pools.primitive);
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
