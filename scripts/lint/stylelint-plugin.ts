/**
 * The same rules for teams that already run stylelint (`liverykit/stylelint`):
 *   { "plugins": ["liverykit/stylelint"], "rules": { "livery/no-raw-color": true,
 *     "livery/no-off-scale-value": [true, { "ignore": ["z-index"], "catalogue": "path/to/tokens.json" }] } }
 * Each declaration-level rule runs on postcss declarations with the package's catalogue; fixes use
 * stylelint's fix callbacks. (Logo misuse needs whole SVG files, so it stays in `livery lint`.)
 */
import stylelint from 'stylelint';
import type { Declaration as PostcssDeclaration } from 'postcss';
import { readCatalogue } from '../catalogue/read-catalogue.ts';
import { applyFixes } from './fix.ts';
import { rules } from './rules/index.ts';
import { buildTokenIndex, type TokenIndex } from './token-index.ts';
import type { Declaration, Fix, Rule } from './types.ts';

const indexes = new Map<string, TokenIndex>();

function indexFor(catalogue: string | undefined): TokenIndex {
  const key = catalogue ?? '';
  let index = indexes.get(key);
  if (!index) indexes.set(key, (index = buildTokenIndex(readCatalogue(catalogue))));
  return index;
}

function plugin(rule: Rule<any>): stylelint.Plugin {
  const ruleName = `livery/${rule.meta.id}`;
  const messages = stylelint.utils.ruleMessages(ruleName, { report: (message: string) => message });
  const ruleFunction: stylelint.Rule = (primary, secondary) => (root, result) => {
    if (primary === false || primary === null) return;
    const { catalogue, ...options } = (secondary ?? {}) as { catalogue?: string } & Record<string, unknown>;
    let index: TokenIndex;
    try {
      index = indexFor(catalogue);
    } catch (error) {
      result.warn(`${ruleName}: ${(error as Error).message}`, { stylelintType: 'invalidOption' } as never);
      return;
    }
    const fixed = new WeakSet<PostcssDeclaration>();
    root.walkDecls((decl) => {
      const property = decl.prop.startsWith('--') ? decl.prop : decl.prop.toLowerCase();
      if (property.startsWith('--lv-')) return;
      const scope = scopeOf(decl);
      const declaration: Declaration = {
        property,
        value: decl.value,
        offset: 0,
        syntax: 'css',
        ...(scope ? { scope } : {}),
      };
      const reports: { message: string; start: number; end: number; fix?: Fix }[] = [];
      const visitor = rule.create({
        file: root.source?.input.file ?? '',
        language: 'css',
        options: { ...rule.defaultOptions, ...options },
        index,
        jsFix: 'css-variable',
        isDefined: () => false,
        report: (r) => reports.push(r),
      });
      visitor.declaration?.(declaration);
      if (!reports.length) return;
      const valueIndex = decl.prop.length + (decl.raws.between ?? ':').length;
      const fixes = reports.flatMap((r) => (r.fix ? [r.fix] : []));
      for (const r of reports) {
        stylelint.utils.report({
          ruleName,
          result,
          node: decl,
          message: messages.report!(r.message) as string,
          index: valueIndex + r.start,
          endIndex: valueIndex + Math.max(r.end, r.start + 1),
          ...(r.fix
            ? {
                fix: () => {
                  if (fixed.has(decl)) return;
                  fixed.add(decl);
                  decl.value = applyFixes(decl.value, fixes);
                },
              }
            : {}),
        });
      }
    });
  };
  ruleFunction.ruleName = ruleName;
  ruleFunction.messages = messages;
  ruleFunction.meta = { url: rule.meta.docs.url, fixable: rule.meta.fixable };
  return stylelint.createPlugin(ruleName, ruleFunction);
}

/** The selectors and at-rule preludes around a declaration, outermost first (as `livery lint`'s extractor gives them). */
function scopeOf(decl: PostcssDeclaration): string | undefined {
  const preludes: string[] = [];
  for (let node = decl.parent; node && node.type !== 'root'; node = node.parent as typeof node) {
    if (node.type === 'rule') preludes.unshift((node as unknown as { selector: string }).selector);
    else if (node.type === 'atrule')
      preludes.unshift(
        `@${(node as unknown as { name: string }).name} ${(node as unknown as { params: string }).params}`,
      );
  }
  return preludes.length ? preludes.join('\n') : undefined;
}

/** One stylelint plugin per declaration-level rule, named `livery/<rule id>`. */
const plugins: stylelint.Plugin[] = rules.filter((rule) => rule.meta.id !== 'no-logo-misuse').map(plugin);

export default plugins;
