import { LIVERY_EXTENSION, referencesIn } from '../../tokens/token.ts';
import { matchName } from '../pairs.ts';
import type { CheckRule } from '../rule.ts';

interface Options {
  /** Motion tokens besides every `transition` token (`*` one segment, `**` any). */
  motion: string[];
}

/** Every motion token says what to do under prefers-reduced-motion: reduce, so the CSS can honour it. */
export const reducedMotion: CheckRule<Options> = {
  meta: {
    id: 'reduced-motion',
    docs: {
      description:
        'Require every motion token to declare a reduced-motion value ($extensions["org.livery"].reducedMotion).',
    },
    defaultSeverity: 'error',
  },
  defaultOptions: { motion: ['motion.**'] },
  create(context) {
    const patterns = context.options.motion.map((p) => p.split('.'));
    for (const token of context.catalogue.tokens.values()) {
      if (token.type !== 'transition' && !patterns.some((p) => matchName(p, token.path))) continue;
      const ext = token.extensions?.[LIVERY_EXTENSION] as Record<string, unknown> | undefined;
      const reduced = ext?.reducedMotion;
      if (reduced === undefined) {
        const shape =
          token.type === 'transition'
            ? '{ "duration": "{duration.none}", "delay": "{duration.none}", "timingFunction": … }'
            : '<same shape as $value>';
        context.report({
          file: token.file,
          at: token.name,
          message: 'motion token has no reduced-motion value',
          fix: `add "$extensions": { "org.livery": { "reducedMotion": ${shape} } }`,
        });
        continue;
      }
      if (token.type === 'transition' && (!reduced || typeof reduced !== 'object' || !('duration' in reduced))) {
        context.report({
          file: token.file,
          at: token.name,
          message: `reducedMotion must have the shape of a transition ({ duration, delay, timingFunction }), got ${JSON.stringify(reduced)}`,
        });
        continue;
      }
      for (const ref of referencesIn(reduced)) {
        if (!context.catalogue.get(ref))
          context.report({
            file: token.file,
            at: token.name,
            message: `reducedMotion refers to {${ref}}, which does not exist`,
          });
      }
    }
  },
};
