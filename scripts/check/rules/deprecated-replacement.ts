import { closestNames } from '../../diagnostics.ts';
import type { CheckRule } from '../rule.ts';

/** A deprecated token names its replacement as `{a.b}` in `$deprecated`, and that token exists and is not deprecated itself. */
export const deprecatedReplacement: CheckRule<Record<string, never>> = {
  meta: {
    id: 'deprecated-replacement',
    docs: { description: 'Require every deprecated token to name an existing, non-deprecated replacement.' },
    defaultSeverity: 'error',
  },
  defaultOptions: {},
  create(context) {
    const { catalogue } = context;
    for (const token of catalogue.tokens.values()) {
      if (!token.deprecated) continue;
      const replacement = token.deprecated.replacement;
      if (!replacement) {
        context.report({
          file: token.file,
          at: token.name,
          message: 'deprecated token names no replacement',
          fix: 'write "$deprecated": "Use {<replacement>} instead."',
        });
        continue;
      }
      const target = catalogue.get(replacement);
      if (!target) {
        const guess = closestNames(replacement, catalogue.tokens.keys());
        context.report({
          file: token.file,
          at: token.name,
          message: `deprecated token names {${replacement}} as its replacement, which does not exist`,
          fix: guess.length ? `did you mean {${guess[0]}}?` : 'name an existing token',
        });
      } else if (target.deprecated) {
        context.report({
          file: token.file,
          at: token.name,
          message: `deprecated token's replacement {${replacement}} is deprecated too`,
          fix: target.deprecated.replacement
            ? `name {${target.deprecated.replacement}} instead`
            : 'name a token that is not deprecated',
        });
      } else if (target.type !== token.type) {
        context.report({
          file: token.file,
          at: token.name,
          message: `deprecated token's replacement {${replacement}} is a ${target.type} token, not a ${token.type}`,
        });
      }
    }
  },
};
