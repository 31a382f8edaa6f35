import { GENERATED_HEADER, type LiveryFormat } from './format.ts';
import { cssVariableName } from '../naming.ts';
import { scssDeprecation, scssName } from './scss-variables.ts';

/**
 * dist/scss/_vars.scss (`@use 'pkg:liverykit/scss/vars'`): one variable per token holding its
 * `var(--lv-…)` reference, under the same names as the light-only literals of _livery.scss, so
 * Sass code follows data-theme and data-brand by switching the module it uses.
 */
export const scssReferences: LiveryFormat = {
  name: 'livery/scss/references',
  create: (brand) => () => {
    const out = [
      `// ${GENERATED_HEADER}`,
      '// Theme-following: every variable is the var(--lv-…) reference of its token, so it follows',
      '// data-theme and data-brand. Needs liverykit/css on the page. For literal (light) values, Sass',
      "// math or other permutations, use 'pkg:liverykit/scss'.",
    ];
    for (const token of brand.tokens.values())
      out.push(...scssDeprecation(token), `${scssName(token.path)}: var(${cssVariableName(token.path)});`);
    return `${out.join('\n')}\n`;
  },
};
