import { toCss } from '../css-value.ts';
import { cssVariableName, jsName } from '../naming.ts';
import { differingValues, namedPermutations } from '../permutations.ts';
import { GENERATED_HEADER, type LiveryFormat } from './format.ts';

/**
 * dist/js/tokens.js: `cssVar`, the theme-following `var(--lv-…)` reference of every token by JS
 * name (first: it is what styles should use); one named export per token with the default
 * permutation's literal CSS text (light only); `tokens` keyed by token name, `cssVariables`, and
 * per-permutation overrides with `tokensFor()`.
 */
export const jsModule: LiveryFormat = {
  name: 'livery/js/module',
  create: (brand) => () => {
    const references = Object.fromEntries(
      [...brand.tokens.values()].map((t) => [jsName(t.path), `var(${cssVariableName(t.path)})`]),
    );
    const lines = [
      `// ${GENERATED_HEADER}`,
      '/** Theme-following: cssVar.colorTextPrimary is "var(--lv-color-text-primary)"; needs liverykit/css. */',
      `export const cssVar = /* @__PURE__ */ Object.freeze(${JSON.stringify(references)});`,
      '// Light only: the literal values of the default permutation; they ignore data-theme and data-brand.',
    ];
    const byName: Record<string, string> = {};
    const cssVariables: Record<string, string> = {};
    for (const [name, resolved] of brand.resolve(brand.selections[0]!)) {
      const token = brand.tokens.get(name)!;
      const value = toCss(token.type!, resolved);
      lines.push(`export const ${jsName(token.path)} = ${JSON.stringify(value)};`);
      byName[name] = value;
      cssVariables[name] = `var(${cssVariableName(token.path)})`;
    }
    const permutations: Record<string, Record<string, string>> = {};
    const selections: Record<string, Record<string, string>> = {};
    for (const { name, selection } of namedPermutations(brand)) {
      selections[name] = selection;
      const overrides: Record<string, string> = {};
      for (const [token, value] of differingValues(brand, selection))
        overrides[token] = toCss(brand.tokens.get(token)!.type!, value);
      permutations[name] = overrides;
    }
    // `@__PURE__` tells bundlers these calls have no side effect, so importing one token does not
    // keep the whole catalogue (with package.json "sideEffects" declaring this file pure)
    lines.push(
      `export const tokens = /* @__PURE__ */ Object.freeze(${JSON.stringify(byName)});`,
      `export const cssVariables = /* @__PURE__ */ Object.freeze(${JSON.stringify(cssVariables)});`,
      `export const permutations = /* @__PURE__ */ Object.freeze(${JSON.stringify(selections)});`,
      `const overrides = ${JSON.stringify(permutations)};`,
      '/** All tokens of one permutation, e.g. tokensFor("dark-campaign"). */',
      'export function tokensFor(permutation) {',
      '  if (!(permutation in overrides)) throw new Error(`Unknown permutation "${permutation}"; use one of ${Object.keys(overrides).join(", ")}`);',
      '  return Object.freeze({ ...tokens, ...overrides[permutation] });',
      '}',
    );
    return `${lines.join('\n')}\n`;
  },
};
