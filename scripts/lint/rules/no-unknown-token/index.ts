import { closestNames } from '../../../diagnostics.ts';
import { ruleDocsUrl } from '../../replacement.ts';
import type { TokenIndex } from '../../token-index.ts';
import type { Rule } from '../../types.ts';
import { scanValue } from '../../value-scanner.ts';

export interface Options {
  /** Prefix of the brand's custom properties. */
  prefix: string;
}

const suggestions = new WeakMap<TokenIndex, Map<string, string | undefined>>();

/** The closest real name, cached per index: a repo repeats its typos. */
function suggest(index: TokenIndex, name: string): string | undefined {
  let cache = suggestions.get(index);
  if (!cache) suggestions.set(index, (cache = new Map()));
  if (!cache.has(name)) cache.set(name, closestNames(name, index.cssVariables)[0]);
  return cache.get(name);
}

export const noUnknownToken: Rule<Options> = {
  meta: {
    id: 'no-unknown-token',
    severity: 'error',
    fixable: false,
    docs: {
      description: 'Disallow var(--lv-…) references to tokens that do not exist.',
      url: ruleDocsUrl('no-unknown-token'),
    },
    messages: {
      unknown: ({ name, suggestion }) =>
        `${name} is not a Livery token${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
    },
  },
  defaultOptions: { prefix: '--lv-' },
  create(context) {
    const { messages } = noUnknownToken.meta;
    const { catalogue } = context.index;
    return {
      declaration(declaration) {
        if (!declaration.value.includes(context.options.prefix)) return;
        for (const token of scanValue(declaration.value)) {
          if (token.kind !== 'var' || !token.name.startsWith(context.options.prefix)) continue;
          if (catalogue.byCssVariable(token.name) || context.isDefined(token.name)) continue;
          const suggestion = suggest(context.index, token.name);
          // a knob with a fallback and no near token name is a component's own property, not a typo
          if (!suggestion && token.hasFallback) continue;
          context.report({
            message: messages.unknown!({ name: token.name, suggestion: suggestion ?? '' }),
            start: declaration.offset + token.nameStart,
            end: declaration.offset + token.nameEnd,
            value: token.name,
          });
        }
      },
    };
  },
};

export default noUnknownToken;
