import { deltaE2000, deltaEOK, parseColor, type ParsedColor } from '../../lint/color.ts';
import { rolesOfProperty } from '../../lint/roles.ts';
import type { ColorToken, TokenIndex } from '../../lint/token-index.ts';
import type { FindingDraft, Suggestion } from '../types.ts';
import type { AuditCheck } from './check.ts';

/** Under this OKLab distance two colors are the same token value (rounding of oklch() in computed styles). */
const SAME_COLOR = 0.004;
const SAME_ALPHA = 0.02;
const COLOR_PROPERTIES = [
  'color',
  'background-color',
  'border-top-color',
  'border-right-color',
  'border-bottom-color',
  'border-left-color',
  'outline-color',
  'fill',
  'stroke',
];

export const colorCheck: AuditCheck = {
  type: 'color',
  description:
    'Text, background, border, outline and SVG fill/stroke colors that are not the value of a token in the theme the element is painted in.',
  run({ probe, expectations, selection }) {
    const index = expectations.index;
    const findings: FindingDraft[] = [];
    const verdicts = new Map<string, Verdict | null>();
    for (const element of probe.elements) {
      const permutation = expectations.permutationFor(selection, element.contexts).name;
      const seenOnElement = new Set<string>();
      for (const property of COLOR_PROPERTIES) {
        const value = element.styles[property];
        if (!value) continue;
        const color = parseColor(value);
        if (!color || color.alpha === 0) continue;
        const key = `${permutation}|${property}|${color.key}`;
        let verdict = verdicts.get(key);
        if (verdict === undefined) verdicts.set(key, (verdict = judge(color, permutation, property, index)));
        if (!verdict) continue;
        // four border sides of one color are one finding
        const dedupe = `${property.startsWith('border-') ? 'border' : property}|${color.key}`;
        if (seenOnElement.has(dedupe)) continue;
        seenOnElement.add(dedupe);
        const nearest = verdict.suggestions[0];
        const kind = verdict.primitive
          ? 'no semantic token of a fitting role is near; nearest primitive'
          : `nearest ${verdict.roles.join('/')} token`;
        findings.push({
          type: 'color',
          selector: element.selector,
          rect: element.rect,
          property: property.startsWith('border-') ? 'border-color' : property,
          value,
          expected: verdict.suggestions,
          message: nearest
            ? `${value} (${property}) is not a token value in ${permutation}; ${kind} is ` +
              `${nearest.token} (ΔE2000 ${nearest.distance!.toFixed(1)}): var(${nearest.variable})`
            : `${value} (${property}) is not a token value in ${permutation}`,
        });
      }
    }
    return findings;
  },
};

interface Verdict {
  roles: string[];
  suggestions: Suggestion[];
  /** No semantic token fits the property's roles: the suggestions are primitives. */
  primitive: boolean;
}

/**
 * null when the color is a token value in this permutation; otherwise the nearest tokens of a role
 * that may fill the property (lint's role map), semantic before primitive, alpha counting.
 */
function judge(color: ParsedColor, permutation: string, property: string, index: TokenIndex): Verdict | null {
  if (index.colorsIn.get(permutation)?.has(color.key)) return null;
  const valueOf = (t: ColorToken) => t.values.get(permutation);
  for (const token of index.colorTokens) {
    const value = valueOf(token);
    if (value && Math.abs(value.alpha - color.alpha) <= SAME_ALPHA && deltaEOK(color, value) <= SAME_COLOR) return null;
  }
  const roles = rolesOfProperty(property, index.roleMap) ?? [];
  const semantic = index.colorTokens.filter((t) => t.roles.some((r) => roles.includes(r)));
  const primitives = index.colorTokens.filter((t) => t.roles.length === 0);
  const pool = semantic.length ? semantic : primitives;
  const sameAlpha = pool.filter((t) => Math.abs((valueOf(t)?.alpha ?? 1) - color.alpha) <= SAME_ALPHA);
  const suggestions = (sameAlpha.length ? sameAlpha : pool)
    .flatMap((t) => {
      const value = valueOf(t);
      return value ? [{ t, value, d: deltaEOK(color, value) }] : [];
    })
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map(({ t, value }) => ({
      token: t.token.name,
      variable: t.token.cssVariable,
      value: t.token.css,
      distance: deltaE2000(color, value),
    }));
  return { roles, suggestions, primitive: !semantic.length };
}
