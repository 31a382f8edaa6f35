import { NAMED_COLORS, deltaE2000, deltaEOK, parseColor, type ParsedColor } from '../../color.ts';
import { takesColor } from '../../extract/properties.ts';
import { ruleDocsUrl, tokenFix } from '../../replacement.ts';
import type { ColorEntry, TokenIndex } from '../../token-index.ts';
import type { Rule } from '../../types.ts';
import { scanValue } from '../../value-scanner.ts';

export interface Options {
  /** Color difference used for "near": CIEDE2000 (default) or Euclidean OKLab. */
  metric: 'deltaE2000' | 'deltaEOK';
  /** At or under this difference a color is a near miss of a token (defaults: 5 for ΔE2000, 0.05 for ΔEOK). */
  threshold?: number;
}

interface Verdict {
  kind: 'exact' | 'near' | 'far';
  entry: ColorEntry;
  distance: number;
  /** The invariant exact match, when one exists: the only safe fix. */
  fixable?: ColorEntry;
  others: string[];
}

/** Verdicts per catalogue and options, by color key (a string kept in the parsed color, so its hash is computed once). */
const verdicts = new WeakMap<TokenIndex, WeakMap<Options, Map<string, Verdict | null>>>();

function judge(index: TokenIndex, color: ParsedColor, options: Options): Verdict | undefined {
  let byOptions = verdicts.get(index);
  if (!byOptions) verdicts.set(index, (byOptions = new WeakMap()));
  let cache = byOptions.get(options);
  if (!cache) byOptions.set(options, (cache = new Map()));
  const key = color.key;
  const hit = cache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  let verdict: Verdict | undefined;
  const exact = index.colorsByKey.get(color.key);
  if (exact?.length) {
    const fixable = exact.find((e) => e.invariant && !e.token.deprecated);
    const best = fixable ?? exact.find((e) => !e.token.deprecated) ?? exact[0]!;
    const others = [...new Set(exact.filter((e) => e.token !== best.token && !e.token.deprecated && e.permutation === index.defaultPermutation).map((e) => e.token.cssVariable))].slice(0, 3);
    verdict = { kind: 'exact', entry: best, distance: 0, fixable, others };
  } else if (index.colors.length) {
    // the two nearest by ΔEOK in one pass (no sorting: this runs for every distinct color)
    let first: { e: ColorEntry; d: number } | undefined;
    let second: { e: ColorEntry; d: number } | undefined;
    for (const e of index.colors) {
      if (e.token.deprecated) continue;
      const d = deltaEOK(color, e.color);
      if (!first || d < first.d) (second = first), (first = { e, d });
      else if (!second || d < second.d) second = { e, d };
    }
    const ranked = first ? (second ? [first, second] : [first]) : [];
    let best = ranked[0];
    if (!best) {
      cache.set(key, null);
      return undefined;
    }
    let distance = best.d;
    if (options.metric === 'deltaE2000') {
      const scored = ranked.map((r) => ({ e: r.e, d: deltaE2000(color, r.e.color) })).sort((a, b) => a.d - b.d);
      best = scored[0]!;
      distance = best.d;
    }
    const threshold = options.threshold ?? (options.metric === 'deltaE2000' ? 5 : 0.05);
    verdict = { kind: distance <= threshold ? 'near' : 'far', entry: best.e, distance, others: [] };
  }
  cache.set(key, verdict ?? null);
  return verdict;
}

/**
 * Outside style properties a hex needs to look like a color: a digit in it (`#3366ff`) or a
 * repeated pattern (`#fff`, `#fafafa`); `#fade`, `#bad`, `#cafe` are more likely anchors or words.
 */
function looksLikeHexColor(hex: string): boolean {
  const digits = hex.slice(1).toLowerCase();
  if (/\d/.test(digits)) return true;
  if (new Set(digits).size === 1) return true;
  return digits.length === 6 && digits.slice(0, 2) === digits.slice(2, 4) && digits.slice(2, 4) === digits.slice(4, 6);
}

const format = (d: number, metric: Options['metric']) => `${metric === 'deltaE2000' ? 'ΔE2000' : 'ΔEOK'} ${metric === 'deltaE2000' ? d.toFixed(1) : d.toFixed(3)}`;

export const noRawColor: Rule<Options> = {
  meta: {
    id: 'no-raw-color',
    severity: 'error',
    fixable: true,
    docs: { description: 'Disallow raw colors (hex, rgb/hsl/hwb/lab/lch/oklab/oklch/color(), named colors); use the brand color tokens.', url: ruleDocsUrl('no-raw-color') },
    messages: {
      exact: ({ value, variable, token, others }) => `${value} is the value of ${token}: use var(${variable})${others ? ` (also ${others})` : ''}`,
      themed: ({ value, variable, token, permutation }) => `${value} is the value of ${token} in ${permutation}, which changes with theme or brand: use var(${variable}) if it should follow them`,
      near: ({ value, variable, token, distance }) => `${value} is off-brand; nearest token is ${token} (${distance}): use var(${variable})`,
      far: ({ value, token, distance }) => `${value} is an off-brand color (nearest token ${token}, ${distance}); use a color token`,
    },
  },
  defaultOptions: { metric: 'deltaE2000' },
  create(context) {
    const { messages } = noRawColor.meta;
    return {
      declaration(declaration) {
        const named = takesColor(declaration.property);
        // without a # or a function only a named color could be here, and only where colors go
        if (!named && !declaration.value.includes('#') && !declaration.value.includes('(')) return;
        const whole = declaration.property === '*';
        for (const token of scanValue(declaration.value)) {
          if (token.kind !== 'hex' && token.kind !== 'color-function' && token.kind !== 'named-color') continue;
          if (token.inLvFallback || (token.kind === 'named-color' && (!named || !NAMED_COLORS.has(token.text.toLowerCase())))) continue;
          if (whole && (declaration.value.trim() !== token.text || (token.kind === 'hex' && !looksLikeHexColor(token.text)))) continue;
          const color = parseColor(token.text);
          if (!color) continue;
          const verdict = judge(context.index, color, context.options);
          const start = declaration.offset + token.start;
          const end = declaration.offset + token.end;
          const value = token.text;
          if (!verdict) {
            context.report({ message: messages.far!({ value, token: 'none (the catalogue has no colors)', distance: '-' }), start, end, value });
            continue;
          }
          const { entry } = verdict;
          if (verdict.kind === 'exact' && verdict.fixable) {
            const fix = tokenFix(context, declaration, token.start, token.end, verdict.fixable.token);
            context.report({ message: messages.exact!({ value, variable: entry.token.cssVariable, token: entry.token.name, others: verdict.others.join(', ') }), start, end, value, ...(fix ? { fix } : {}) });
          } else if (verdict.kind === 'exact') {
            context.report({ message: messages.themed!({ value, variable: entry.token.cssVariable, token: entry.token.name, permutation: entry.permutation }), start, end, value });
          } else {
            const distance = format(verdict.distance, context.options.metric);
            const message = verdict.kind === 'near' ? messages.near!({ value, variable: entry.token.cssVariable, token: entry.token.name, distance }) : messages.far!({ value, token: entry.token.name, distance });
            context.report({ message, start, end, value });
          }
        }
      },
    };
  },
};

export default noRawColor;
