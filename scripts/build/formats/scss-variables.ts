import { deprecationReplacement, type TokenDefinition } from '../../tokens/token.ts';
import { toCss } from '../css-value.ts';
import { cssVariableName } from '../naming.ts';
import { namedPermutations } from '../permutations.ts';
import { GENERATED_HEADER, type LiveryFormat } from './format.ts';

/** `$lv-color-text-primary`: the Sass name of a token (the custom property's, with `$`). */
export const scssName = (path: readonly string[]) => cssVariableName(path).replace(/^--/, '$');

const quote = (s: string) => `"${s.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/** `/// @deprecated …` above a deprecated token's variable, naming its replacement. */
export function scssDeprecation(token: TokenDefinition): string[] {
  if (!token.deprecated) return [];
  const replacement = deprecationReplacement(token);
  return [
    `/// @deprecated ${typeof token.deprecated === 'string' ? token.deprecated : ''}${replacement ? ` Use ${scssName(replacement.split('.'))}.` : ''}`.replace(
      '  ',
      ' ',
    ),
  ];
}

/**
 * dist/scss/_livery.scss (`@use 'pkg:liverykit/scss'`): `$lv-vars`, a map of every token to its
 * theme-following `var(--lv-…)` reference (first, because it is what components should use); then
 * `$lv-…` variables with the LIGHT theme's literal values, for Sass math, and one map per
 * permutation. Values Sass would re-parse (font stacks, shorthands with `/`) go through
 * `string.unquote` from the `sass:string` module, so current Dart Sass prints no deprecation.
 */
export const scssVariables: LiveryFormat = {
  name: 'livery/scss/variables',
  create: (brand) => () => {
    const [defaultName] = namedPermutations(brand).map((p) => p.name);
    const out = [
      `// ${GENERATED_HEADER}`,
      '//',
      '// Theme-following (use these first): `$lv-vars` maps each token name to its var(--lv-…)',
      "// reference, e.g. map.get($lv-vars, 'color.text.primary'); `@use 'pkg:liverykit/scss/vars'` has",
      '// one variable per token with the same names. Both need liverykit/css on the page.',
      '//',
      `// Light only: the \`$lv-…\` variables below hold the literal values of the default permutation`,
      `// (${defaultName}); they do not follow data-theme or data-brand. Use them for Sass math, and`,
      '// the `$lv-<permutation>` maps (e.g. `$lv-dark`) for a fixed other permutation.',
      "@use 'sass:string';",
      '',
      '$lv-vars: (',
    ];
    for (const token of brand.tokens.values()) out.push(`  ${quote(token.name)}: var(${cssVariableName(token.path)}),`);
    out.push(');', '');
    for (const [name, value] of brand.resolve(brand.selections[0]!)) {
      const token = brand.tokens.get(name)!;
      out.push(...scssDeprecation(token), `${scssName(token.path)}: ${sassValue(toCss(token.type!, value))};`);
    }
    for (const { name, selection } of namedPermutations(brand)) {
      out.push('', `$lv-${name}: (`);
      for (const [token, value] of brand.resolve(selection))
        out.push(`  ${quote(token)}: ${sassValue(toCss(brand.tokens.get(token)!.type!, value))},`);
      out.push(');');
    }
    return `${out.join('\n')}\n`;
  },
};

/**
 * CSS text as a Sass value that prints back unchanged: plain numbers, colors and functions as
 * they are; anything with quotes, commas or `/` (font stacks, shorthands) as an unquoted string.
 */
function sassValue(css: string): string {
  return /^[-\w.%#() ]+$/.test(css) && !/\s\/\s|\//.test(css) ? css : `string.unquote(${quote(css)})`;
}
