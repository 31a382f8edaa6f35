import { formatLc, formatRatio } from '../color.ts';
import { WCAG_LEVELS, type Levels } from '../evaluate.ts';
import { suggestFix } from '../fix.ts';
import { pairReport, type CheckRule } from '../rule.ts';

const USAGE_TEXT = { body: 'body text', large: 'large text', 'non-text': 'non-text UI' } as const;

/**
 * WCAG 2.x contrast of every declared pair in every permutation; the options are the levels,
 * which run-check.ts also uses to measure (so the html matrix and the findings agree).
 */
export const contrast: CheckRule<Levels> = {
  meta: {
    id: 'contrast',
    docs: {
      description:
        'Require every declared foreground/background pair to meet WCAG 2.x contrast (AA; AAA in ' +
        'enhanced contexts such as theme:high-contrast) in every permutation.',
    },
    defaultSeverity: 'error',
  },
  defaultOptions: WCAG_LEVELS,
  create(context) {
    for (const problem of context.contrast.problems) context.report(problem);
    for (const result of context.contrast.results) {
      if (result.pass) continue;
      const fix = suggestFix(context.catalogue, result);
      const composited = result.backdrop
        ? ` (translucent: composited over ${result.backdrop})`
        : result.fg.rgb.alpha < 1
          ? ' (translucent: composited over the background)'
          : '';
      const bgFile = result.bg.file !== result.fg.file ? `, ${result.bg.file}` : '';
      context.report({
        ...pairReport(
          result,
          `${composited}: ${formatRatio(result.ratio)}:1, needs ${result.required}:1 for ` +
            `${USAGE_TEXT[result.pair.usage]} (WCAG ${result.level}); APCA Lc ${formatLc(result.lc)}`,
          bgFile,
        ),
        ...(fix ? { fix: fix.text } : {}),
      });
    }
  },
};
