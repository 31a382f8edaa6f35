import { deltaE2000, deltaEOK, parseColor, type ParsedColor } from '../../lint/color.ts';
import type { ExpectedColor, PermutationValues } from '../expectations.ts';
import type { FindingDraft, Suggestion } from '../types.ts';
import type { AuditCheck } from './check.ts';
import { fitsRole, roleOf, type ColorRole } from './roles.ts';

/** Under this OKLab distance two colors are the same token value (rounding of oklch() in computed styles). */
const SAME_COLOR = 0.004;
const SAME_ALPHA = 0.02;
const COLOR_PROPERTIES = ['color', 'background-color', 'border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color', 'outline-color', 'fill', 'stroke'];

export const colorCheck: AuditCheck = {
  type: 'color',
  description: 'Text, background, border, outline and SVG fill/stroke colors that are not the value of a token in the theme the element is painted in.',
  run({ probe, expectations, selection }) {
    const findings: FindingDraft[] = [];
    const verdicts = new Map<string, Suggestion[] | null>();
    for (const element of probe.elements) {
      const permutation = expectations.permutationFor(selection, element.contexts);
      const seenOnElement = new Set<string>();
      for (const property of COLOR_PROPERTIES) {
        const value = element.styles[property];
        if (!value) continue;
        const color = parseColor(value);
        if (!color || color.alpha === 0) continue;
        const role = roleOf(property);
        const key = `${permutation.name}|${role}|${color.key}`;
        let verdict = verdicts.get(key);
        if (verdict === undefined) verdicts.set(key, (verdict = judge(color, permutation, role)));
        if (!verdict) continue;
        // four border sides of one color are one finding
        const dedupe = `${role}|${color.key}`;
        if (seenOnElement.has(dedupe)) continue;
        seenOnElement.add(dedupe);
        const nearest = verdict[0];
        findings.push({
          type: 'color',
          selector: element.selector,
          rect: element.rect,
          property: property.startsWith('border-') ? 'border-color' : property,
          value,
          expected: verdict,
          message: nearest
            ? `${value} (${property}) is not a token value in ${permutation.name}; nearest ${role} token is ${nearest.token} (ΔE2000 ${nearest.distance!.toFixed(1)}): var(${nearest.variable})`
            : `${value} (${property}) is not a token value in ${permutation.name}`,
        });
      }
    }
    return findings;
  },
};

/** null when the color is a token value in this permutation; otherwise the nearest tokens of a fitting role. */
function judge(color: ParsedColor, permutation: PermutationValues, role: ColorRole): Suggestion[] | null {
  for (const expected of permutation.colors) {
    if (Math.abs(expected.color.alpha - color.alpha) <= SAME_ALPHA && deltaEOK(color, expected.color) <= SAME_COLOR) return null;
  }
  const sameAlpha = (e: ExpectedColor) => Math.abs(e.color.alpha - color.alpha) <= SAME_ALPHA;
  const fitting = permutation.colors.filter((e) => fitsRole(e.token, role));
  const pool = fitting.filter(sameAlpha).length ? fitting.filter(sameAlpha) : fitting.length ? fitting : permutation.colors;
  return pool
    .map((e) => ({ e, d: deltaEOK(color, e.color) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map(({ e }) => ({ token: e.token.name, variable: e.token.cssVariable, value: e.css, distance: deltaE2000(color, e.color) }));
}
