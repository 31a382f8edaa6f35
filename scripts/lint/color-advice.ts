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
  const nearest = (pool: (t: ColorToken) => boolean) => {
    let best: { token: ColorToken; d: number } | undefined;
    let second: { token: ColorToken; d: number } | undefined;
    // ranked by squared ΔEOK (no square root per token); the two kept get their distance after
    const [l, a, b] = color.oklab;
    for (const token of index.colorTokens) {
      if (!pool(token)) continue;
      const value = token.values.get(first!);
      if (!value || Math.abs(value.alpha - color.alpha) > ALPHA_TOLERANCE) continue;
      const d = (value.oklab[0] - l) ** 2 + (value.oklab[1] - a) ** 2 + (value.oklab[2] - b) ** 2;
      if (!best || d < best.d) ((second = best), (best = { token, d }));
      else if (!second || d < second.d) second = { token, d };
    }
    if (!best) return undefined;
    if (metric === 'deltaEOK') return { token: best.token, d: deltaEOK(color, best.token.values.get(first!)!) };
    // ΔE2000 of the two nearest by ΔEOK (ΔE2000 is costly; the orders rarely differ beyond that)
    const scored = [best, second]
      .filter(Boolean)
      .map((r) => ({ token: r!.token, d: deltaE2000(color, r!.token.values.get(first!)!) }));
    return scored.sort((a, b) => a.d - b.d)[0]!;
  };
  const semanticNear = nearest((t) => isSemantic(t) && fits(t, roles));
  if (semanticNear && semanticNear.d <= threshold)
    return { ...none, kind: 'near', token: semanticNear.token, distance: semanticNear.d };
  const primitiveNear = nearest((t) => !isSemantic(t));
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
