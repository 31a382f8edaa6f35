import type { ExpectedValue } from '../expectations.ts';
import type { FindingDraft, Suggestion } from '../types.ts';
import type { AuditCheck } from './check.ts';
import { nearestOnScale, pxOf } from './scale.ts';

/** Line-height ratios and letter-spacing this close to a token are the token (computed rounding). */
const RATIO_TOLERANCE = 0.02;
const PX_TOLERANCE = 0.5;
const TRACKING_TOLERANCE = 0.05;

export const typographyCheck: AuditCheck = {
  type: 'typography',
  description: 'Font families, sizes, weights, line-heights and tracking of text that are off the type scale.',
  run({ probe, expectations, normalized }) {
    const findings: FindingDraft[] = [];
    const scale = (name: Parameters<typeof normalized.scales.get>[0]) => normalized.scales.get(name) ?? [];
    const stacks = expectations.index.fontStacks;
    // a stack's fallbacks (system-ui, sans-serif) are there for loading, not for choosing
    const brandFirstFamilies = new Set(stacks.map((stack) => stack.families[0]));
    for (const element of probe.elements) {
      const s = element.styles;
      const push = (property: string, value: string, expected: Suggestion[], message: string) =>
        findings.push({
          type: 'typography',
          selector: element.selector,
          rect: element.rect,
          property,
          value,
          expected,
          message,
        });
      if (s['font-family']) {
        const first = s['font-family']
          .split(',')[0]!
          .trim()
          .replace(/^["']|["']$/g, '')
          .toLowerCase();
        if (!brandFirstFamilies.has(first)) {
          const expected = stacks.map((f) => ({ token: f.token.name, variable: f.token.cssVariable, value: f.css }));
          push(
            'font-family',
            s['font-family'],
            expected,
            `font-family ${first} is not a brand typeface; use ${expected.map((e) => `var(${e.variable})`).join(' or ')}`,
          );
        }
      }
      if (s['font-size']) {
        const px = pxOf(s['font-size']);
        const miss = px === undefined ? undefined : nearestOnScale(px, scale('font-size'), PX_TOLERANCE);
        if (miss)
          push(
            'font-size',
            s['font-size'],
            miss,
            `font-size ${s['font-size']} is off the type scale; nearest is ${miss[0]!.token} (${miss[0]!.value}): var(${miss[0]!.variable})`,
          );
      }
      if (s['font-weight']) {
        const weight = Number(s['font-weight']);
        const miss = nearestOnScale(
          weight,
          scale('font-weight').map((e) => ({ ...e, computed: e.css })),
          0,
        );
        if (miss)
          push(
            'font-weight',
            s['font-weight'],
            miss,
            `font-weight ${s['font-weight']} is not a brand weight; nearest is ${miss[0]!.token} (${miss[0]!.value})`,
          );
      }
      const fontPx = pxOf(s['font-size'] ?? '');
      if (s['line-height'] && s['line-height'] !== 'normal' && fontPx) {
        const ratio = pxOf(s['line-height'])! / fontPx;
        const ratios = scale('line-height').map((e): ExpectedValue => ({ ...e, computed: e.css }));
        const miss = nearestOnScale(ratio, ratios, RATIO_TOLERANCE);
        if (miss)
          push(
            'line-height',
            s['line-height'],
            miss,
            `line-height ${s['line-height']} (${ratio.toFixed(2)}× the font size) is off the scale; nearest is ${miss[0]!.token} (${miss[0]!.value})`,
          );
      }
      if (s['letter-spacing']) {
        const px = s['letter-spacing'] === 'normal' ? 0 : pxOf(s['letter-spacing']);
        const tracking = scale('letter-spacing').map((e): ExpectedValue => ({
          ...e,
          computed: e.computed === 'normal' ? '0px' : e.computed,
        }));
        const miss =
          px === undefined || !tracking.length ? undefined : nearestOnScale(px, tracking, TRACKING_TOLERANCE);
        if (miss)
          push(
            'letter-spacing',
            s['letter-spacing'],
            miss,
            `letter-spacing ${s['letter-spacing']} is not a brand tracking; nearest is ${miss[0]!.token} (${miss[0]!.value})`,
          );
      }
    }
    return findings;
  },
};
