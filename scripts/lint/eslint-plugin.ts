/**
 * The same rules inside ESLint (`liverykit/eslint`), so CSS-in-JS findings show in the editor:
 *   import livery from 'liverykit/eslint';
 *   export default [livery.configs.recommended];
 * or rule by rule: { plugins: { livery }, rules: { 'livery/no-raw-color': ['error', { catalogue: 'dist/tokens.json' }] } }.
 * Each rule lints the file's text with `livery lint`'s own extractors and rule (styled-components,
 * emotion, Lit, style objects, theme objects, Tailwind classes; Vue and Svelte files with their
 * parsers), and hands ESLint its reports: the certain fix as `fix`, every candidate token as a
 * suggestion. Role map and theme scopes work as in the CLI. (Logo misuse needs whole SVG files,
 * so it stays in `livery lint`.)
 */
import type { ESLint, Rule as EslintRule } from 'eslint';
import { readCatalogue } from '../catalogue/read-catalogue.ts';
import { PACKAGE_NAME, packageVersion } from '../package-identity.ts';
import { languageOf } from './extract/index.ts';
import { lintText } from './lint-file.ts';
import { settingsFrom } from './lint-one.ts';
import { DEFAULT_ROLE_MAP, extendRoleMap, type RoleMap } from './roles.ts';
import { rules } from './rules/index.ts';
import { buildTokenIndex, type TokenIndex } from './token-index.ts';
import type { Rule } from './types.ts';

const indexes = new Map<string, TokenIndex>();

function indexFor(catalogue: string | undefined, roles: Partial<RoleMap> | undefined): TokenIndex {
  const key = `${catalogue ?? ''}\u0000${JSON.stringify(roles ?? null)}`;
  let index = indexes.get(key);
  if (!index)
    indexes.set(key, (index = buildTokenIndex(readCatalogue(catalogue), extendRoleMap(DEFAULT_ROLE_MAP, roles))));
  return index;
}

interface PluginOptions {
  /** tokens.json (default: the package's own). */
  catalogue?: string;
  /** Role map additions, as in the lint config's `roles`. */
  roles?: Partial<RoleMap>;
  [option: string]: unknown;
}

function eslintRule(rule: Rule<any>): EslintRule.RuleModule {
  return {
    meta: {
      type: 'suggestion',
      docs: { description: rule.meta.docs.description, url: rule.meta.docs.url },
      fixable: rule.meta.fixable ? 'code' : undefined,
      hasSuggestions: rule.meta.fixable,
      schema: [
        {
          type: 'object',
          properties: { catalogue: { type: 'string' }, roles: { type: 'object' } },
          additionalProperties: true,
        },
      ],
    },
    create(context) {
      const language = languageOf(context.filename);
      // a .d.ts, or a file type the linter does not read
      if (!language) return {};
      const { catalogue, roles, ...options } = (context.options[0] ?? {}) as PluginOptions;
      return {
        'Program:exit'() {
          let index: TokenIndex;
          try {
            index = indexFor(catalogue, roles);
          } catch (error) {
            context.report({
              loc: { line: 1, column: 0 },
              message: `${(error as Error).message} (livery/${rule.meta.id})`,
            });
            return;
          }
          const settings = settingsFrom(
            {
              rules: [
                { id: rule.meta.id, severity: rule.meta.severity, options: { ...rule.defaultOptions, ...options } },
              ],
              jsFix: 'css-variable',
              unusedDisable: 'off',
              fingerprints: false,
            },
            index,
          );
          const text = context.sourceCode.text;
          for (const finding of lintText(context.filename, text, language, settings)) {
            if (finding.ruleId !== rule.meta.id) continue;
            const fix = finding.fix;
            const start = { line: finding.line, column: finding.column - 1 };
            const end = { line: finding.endLine, column: finding.endColumn - 1 };
            const range = context.sourceCode.getIndexFromLoc(start);
            const rangeEnd = context.sourceCode.getIndexFromLoc(end);
            context.report({
              loc: { start, end },
              message: finding.message,
              ...(fix
                ? { fix: (fixer: EslintRule.RuleFixer) => fixer.replaceTextRange([fix.start, fix.end], fix.text) }
                : {}),
              ...(finding.suggestions?.length
                ? {
                    suggest: finding.suggestions.map((s) => ({
                      desc: `Use ${s.token}: ${s.text}`,
                      fix: (fixer: EslintRule.RuleFixer) => fixer.replaceTextRange([range, rangeEnd], s.text),
                    })),
                  }
                : fix
                  ? {
                      suggest: [
                        {
                          desc: `Use ${fix.token ?? fix.text}: ${fix.text}`,
                          fix: (fixer: EslintRule.RuleFixer) => fixer.replaceTextRange([fix.start, fix.end], fix.text),
                        },
                      ],
                    }
                  : {}),
            });
          }
        },
      };
    },
  };
}

const eslintRules = Object.fromEntries(
  rules.filter((rule) => rule.meta.id !== 'no-logo-misuse').map((rule) => [rule.meta.id, eslintRule(rule)]),
);

const plugin: ESLint.Plugin & { configs: Record<string, unknown> } = {
  meta: { name: `${PACKAGE_NAME}/eslint`, version: packageVersion() },
  rules: eslintRules,
  configs: {},
};

/** Every rule at the severity `livery lint` gives it, for JS, TS, JSX and TSX files. */
plugin.configs.recommended = {
  name: `${PACKAGE_NAME}/recommended`,
  files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
  plugins: { livery: plugin },
  rules: Object.fromEntries(
    rules
      .filter((rule) => rule.meta.id !== 'no-logo-misuse')
      .map((rule) => [`livery/${rule.meta.id}`, rule.meta.severity === 'error' ? 'error' : 'warn']),
  ),
};

export default plugin;
