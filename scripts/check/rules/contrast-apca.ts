import { formatLc, formatRatio } from '../color.ts';
import type { Usage } from '../config.ts';
import { pairReport, type CheckRule } from '../rule.ts';

/**
 * APCA Lc is measured for every pair and shown in every report; this rule makes minimum |Lc| per
 * usage enforceable. Off by default: APCA is not yet a conformance target, so it stays advisory.
 */
export const contrastApca: CheckRule<Record<Usage, number>> = {
  meta: {
    id: 'contrast-apca',
    docs: { description: 'Require a minimum APCA |Lc| per usage for every declared pair (advisory; off by default).' },
    defaultSeverity: 'off',
  },
  defaultOptions: { body: 75, large: 60, 'non-text': 45 },
  create(context) {
    for (const result of context.contrast.results) {
      const min = context.options[result.pair.usage];
      if (Math.abs(result.lc) >= min) continue;
      context.report(
        pairReport(
          result,
          `: APCA Lc ${formatLc(result.lc)}, needs |Lc| ${min} for ${result.pair.usage} ` +
            `(WCAG ${formatRatio(result.ratio)}:1)`,
        ),
      );
    }
  },
};
