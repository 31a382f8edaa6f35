import type { ExpectedValue } from '../expectations.ts';
import type { FindingDraft, Suggestion } from '../types.ts';
import type { AuditCheck } from './check.ts';
import { nearestOnScale, pxOf } from './scale.ts';

const PX_TOLERANCE = 0.5;
const SIDES = ['top', 'right', 'bottom', 'left'];
const CORNERS = ['top-left', 'top-right', 'bottom-right', 'bottom-left'];

export const spacingCheck: AuditCheck = {
  type: 'spacing',
  description:
    'Margins, paddings and gaps off the spacing scale; corner radii off the radius scale; shadows that are not elevation tokens.',
  run({ probe, expectations, normalized, selection }) {
    const findings: FindingDraft[] = [];
    const spacing = normalized.scales.get('spacing') ?? [];
    const radii = normalized.scales.get('radius') ?? [];
    const largestSpace = Math.max(0, ...spacing.map((e) => pxOf(e.computed ?? '') ?? 0));
    const largestRadius = Math.max(0, ...radii.map((e) => pxOf(e.computed ?? '') ?? 0));
    for (const element of probe.elements) {
      const s = element.styles;
      // Sides with one value are one finding (`padding: 13px` is one mistake, not four).
      const offBySide = new Map<string, { properties: string[]; miss: Suggestion[] }>();
      const consider = (property: string, scale: ExpectedValue[]) => {
        const value = s[property];
        const px = value === undefined ? undefined : pxOf(value);
        if (px === undefined || px === 0) return;
        const miss = nearestOnScale(Math.abs(px), scale, PX_TOLERANCE);
        if (!miss) return;
        const group = `${property.split('-')[0]}|${value}`;
        const entry = offBySide.get(group) ?? { properties: [], miss };
        entry.properties.push(property);
        offBySide.set(group, entry);
      };
      for (const side of SIDES) {
        // `margin: 0 auto` computes to equal px on both sides, wider than any spacing token: centering, not spacing.
        const centered =
          (side === 'left' || side === 'right') &&
          s['margin-inline-symmetric'] &&
          (pxOf(s[`margin-${side}`] ?? '') ?? 0) > largestSpace;
        if (!centered) consider(`margin-${side}`, spacing);
        consider(`padding-${side}`, spacing);
      }
      consider('row-gap', spacing);
      consider('column-gap', spacing);
      for (const [group, { properties, miss }] of offBySide) {
        const value = group.split('|')[1]!;
        const property = properties.length === 4 ? properties[0]!.split('-')[0]! : properties.join(', ');
        findings.push({
          type: 'spacing',
          selector: element.selector,
          rect: element.rect,
          property,
          value,
          expected: miss,
          message: `${property} ${value} is off the spacing scale; nearest is ${miss[0]!.token} (${miss[0]!.value}): var(${miss[0]!.variable})`,
        });
      }

      const radiusValues = new Set(CORNERS.map((c) => s[`border-${c}-radius`]).filter((v): v is string => !!v));
      for (const value of radiusValues) {
        const px = pxOf(value);
        if (px === undefined) continue; // percentages draw circles and ellipses
        // a radius of half the short side or more draws a pill, which the largest radius token also draws
        const pill = px >= Math.min(element.rect.width, element.rect.height) / 2 && largestRadius >= px;
        const miss = pill ? undefined : nearestOnScale(px, radii, PX_TOLERANCE);
        if (miss)
          findings.push({
            type: 'spacing',
            selector: element.selector,
            rect: element.rect,
            property: 'border-radius',
            value,
            expected: miss,
            message: `border-radius ${value} is off the radius scale; nearest is ${miss[0]!.token} (${miss[0]!.value}): var(${miss[0]!.variable})`,
          });
      }

      const shadow = s['box-shadow'];
      if (shadow) {
        const permutation = expectations.permutationFor(selection, element.contexts);
        const tokens = normalized.shadows.get(permutation.name) ?? [];
        if (!tokens.some((t) => t.computed === shadow)) {
          const expected = nearestShadows(shadow, tokens);
          findings.push({
            type: 'spacing',
            selector: element.selector,
            rect: element.rect,
            property: 'box-shadow',
            value: shadow,
            expected,
            message:
              `box-shadow ${shadow} is not an elevation token in ` +
              `${permutation.name}${expected[0] ? `; nearest is ${expected[0].token}: var(${expected[0].variable})` : ''}`,
          });
        }
      }
    }
    return findings;
  },
};

/** Shadow tokens ordered by how far their offsets, blurs and spreads are from the page's shadow. */
function nearestShadows(shadow: string, tokens: ExpectedValue[]): Suggestion[] {
  const numbers = (text: string) =>
    [...text.replace(/(rgba?|oklch|oklab|color|hsla?)\([^)]*\)/g, '').matchAll(/-?[\d.]+px/g)].map((m) =>
      parseFloat(m[0]),
    );
  const mine = numbers(shadow);
  return tokens
    .map((t) => {
      const theirs = numbers(t.computed ?? t.css);
      let distance = Math.abs(theirs.length - mine.length) * 8;
      for (let i = 0; i < Math.min(theirs.length, mine.length); i++) distance += Math.abs(theirs[i]! - mine[i]!);
      return { t, distance };
    })
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 2)
    .map(({ t, distance }) => ({ token: t.token.name, variable: t.variable, value: t.css, distance }));
}
