import type { AuditCheck } from './check.ts';

export const accessibilityCheck: AuditCheck = {
  type: 'accessibility',
  description: 'axe-core WCAG 2 A and AA violations, one finding per element.',
  run({ axe }) {
    return axe.map((node) => ({
      type: 'accessibility',
      selector: node.selector,
      property: node.rule,
      value: node.impact,
      expected: [],
      message: `${node.help} (${node.rule}, ${node.impact}): ${node.summary} — ${node.helpUrl}`,
    }));
  },
};
