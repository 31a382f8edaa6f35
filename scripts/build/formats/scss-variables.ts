import { deprecationReplacement } from '../../tokens/token.ts';
import { toCss } from '../css-value.ts';
import { cssVariableName } from '../naming.ts';
import { namedPermutations } from '../permutations.ts';
import { GENERATED_HEADER, type LiveryFormat } from './format.ts';

/**
 * dist/scss/_livery.scss: `$lv-…` variables with the default permutation's literal values (for
 * Sass math), `$lv-vars` mapping names to var() for themable use, and one map per permutation.
 */
export const scssVariables: LiveryFormat = {
  name: 'livery/scss/variables',
  create: (brand) => () => {
    const out = [`// ${GENERATED_HEADER}`];
    const q = (s: string) => `"${s.replaceAll('"', '\\"')}"`;
    for (const [name, value] of brand.resolve(brand.selections[0]!)) {
      const token = brand.tokens.get(name)!;
      const css = toCss(token.type!, value);
      if (token.deprecated) {
        const replacement = deprecationReplacement(token);
        out.push(`/// @deprecated ${typeof token.deprecated === 'string' ? token.deprecated : ''}${replacement ? ` Use ${cssVariableName(replacement.split('.')).replace(/^--/, '$')}.` : ''}`.replace('  ', ' '));
      }
      out.push(`${cssVariableName(token.path).replace(/^--/, '$')}: ${token.type === 'fontFamily' || token.type === 'string' ? `unquote(${q(css)})` : css};`);
    }
    out.push('', '$lv-vars: (');
    for (const token of brand.tokens.values()) out.push(`  ${q(token.name)}: var(${cssVariableName(token.path)}),`);
    out.push(');');
    for (const { name, selection } of namedPermutations(brand)) {
      out.push('', `$lv-${name}: (`);
      for (const [token, value] of brand.resolve(selection)) out.push(`  ${q(token)}: unquote(${q(toCss(brand.tokens.get(token)!.type!, value))}),`);
      out.push(');');
    }
    return `${out.join('\n')}\n`;
  },
};
