import { formatRatio } from '../color.ts';
import type { Usage } from '../config.ts';
import { contextKeys } from '../../catalogue/permutations.ts';
import { pairReport, type CheckRule } from '../rule.ts';

interface Options {
  /** Contexts the targets apply to. */
  contexts: string[];
  /** Ratios the brand aims for beyond WCAG, per usage. */
  targets: Partial<Record<Usage, number>>;
}

/**
 * The brand's own aims beyond WCAG: by default, non-text UI reaches 4.5:1 in high contrast
 * (WCAG 1.4.11 stays 3:1 there, which the `contrast` rule enforces). A warning by default.
 */
export const contrastBrandTarget: CheckRule<Options> = {
  meta: {
    id: 'contrast-brand-target',
    docs: {
      description:
        'Specify contrast targets beyond WCAG for some contexts (default: non-text UI at 4.5:1 in theme:high-contrast).',
    },
    defaultSeverity: 'warning',
  },
  defaultOptions: { contexts: ['theme:high-contrast'], targets: { 'non-text': 4.5 } },
  create(context) {
    for (const result of context.contrast.results) {
      const target = context.options.targets[result.pair.usage];
      if (target === undefined || result.ratio >= target) continue;
      const keys = contextKeys(result.permutation.selection);
      if (!context.options.contexts.some((k) => keys.includes(k))) continue;
      context.report(
        pairReport(
          result,
          `: ${formatRatio(result.ratio)}:1, below the brand's ${target}:1 target for ` +
            `${result.pair.usage} here (WCAG needs ${result.required}:1)`,
        ),
      );
    }
  },
};
