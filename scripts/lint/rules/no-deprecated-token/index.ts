import { PACKAGE_NAME } from '../../../package-identity.ts';
import type { CatalogueToken } from '../../../catalogue/catalogue-schema.ts';
import { ruleDocsUrl } from '../../replacement.ts';
import type { TokenIndex } from '../../token-index.ts';
import type { Rule } from '../../types.ts';
import { scanValue } from '../../value-scanner.ts';

export type Options = Record<string, never>;

/** The replacement's custom property for a deprecated one (per-field properties map field to field). */
function replacementVariable(
  deprecated: CatalogueToken,
  variable: string,
  replacement: CatalogueToken,
): string | undefined {
  const suffix = variable.slice(deprecated.cssVariable.length);
  const candidate = replacement.cssVariable + suffix;
  return replacement.cssVariables.includes(candidate) ? candidate : undefined;
}

const byJsName = new WeakMap<TokenIndex, Map<string, CatalogueToken>>();

export const noDeprecatedToken: Rule<Options> = {
  meta: {
    id: 'no-deprecated-token',
    severity: 'warning',
    fixable: true,
    docs: {
      description: 'Disallow deprecated tokens; the fix moves to their replacement.',
      url: ruleDocsUrl('no-deprecated-token'),
    },
    messages: {
      deprecated: ({ name, message, replacement }) =>
        `${name} is deprecated${message ? ` (${String(message).replace(/\.$/, '')})` : ''}${replacement ? `: use ${replacement}` : ''}`,
    },
  },
  defaultOptions: {},
  create(context) {
    const { messages } = noDeprecatedToken.meta;
    const { catalogue } = context.index;
    let deprecatedByJsName = byJsName.get(context.index);
    if (!deprecatedByJsName) {
      byJsName.set(context.index, (deprecatedByJsName = new Map()));
      for (const token of catalogue.tokens.values()) if (token.deprecated) deprecatedByJsName.set(token.jsName, token);
    }
    const replacementOf = (token: CatalogueToken) =>
      token.deprecated?.replacement ? catalogue.get(token.deprecated.replacement) : undefined;
    return {
      declaration(declaration) {
        if (!declaration.value.includes('--')) return;
        for (const token of scanValue(declaration.value)) {
          if (token.kind !== 'var') continue;
          const definition = catalogue.byCssVariable(token.name);
          if (!definition?.deprecated) continue;
          const replacement = replacementOf(definition);
          const variable = replacement ? replacementVariable(definition, token.name, replacement) : undefined;
          const start = declaration.offset + token.nameStart;
          const end = declaration.offset + token.nameEnd;
          context.report({
            message: messages.deprecated!({
              name: token.name,
              message: definition.deprecated.message,
              replacement: variable ?? '',
            }),
            start,
            end,
            value: token.name,
            ...(variable ? { fix: { start, end, text: variable } } : {}),
          });
        }
      },
      jsFile(text) {
        if (!deprecatedByJsName.size || !text.includes(PACKAGE_NAME)) return;
        // import { colorOldLink } from 'liverykit' → import { colorLink as colorOldLink } …
        const imports = /import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*['"]liverykit(?:\/tokens)?['"]/g;
        let m: RegExpExecArray | null;
        while ((m = imports.exec(text))) {
          const listStart = m.index + m[0].indexOf('{') + 1;
          const specifier = /([A-Za-z_$][\w$]*)(\s+as\s+[A-Za-z_$][\w$]*)?/g;
          let s: RegExpExecArray | null;
          while ((s = specifier.exec(m[1]!))) {
            const definition = deprecatedByJsName.get(s[1]!);
            if (!definition) continue;
            const replacement = replacementOf(definition);
            const start = listStart + s.index;
            const end = start + s[1]!.length;
            const text = replacement ? (s[2] ? replacement.jsName : `${replacement.jsName} as ${s[1]}`) : undefined;
            context.report({
              message: messages.deprecated!({
                name: s[1]!,
                message: definition.deprecated!.message,
                replacement: replacement?.jsName ?? '',
              }),
              start,
              end,
              value: s[1]!,
              ...(text ? { fix: { start, end, text } } : {}),
            });
          }
        }
      },
    };
  },
};

export default noDeprecatedToken;
