import { mediaQueries } from '../css-cascade.ts';
import { cssNamesOf } from '../css-declarations.ts';
import { toCss } from '../css-value.ts';
import { cssVariableName } from '../naming.ts';
import { modifiersOf, type ModifierStep } from '../../resolver/resolver-model.ts';
import { tailwindNamespaceOf } from '../tailwind-namespaces.ts';
import type { TokenDefinition } from '../../tokens/token.ts';
import { GENERATED_HEADER, type LiveryFormat } from './format.ts';

/** A typography composite's fields that Tailwind's `--text-*` namespace carries beside the size. */
const TEXT_FIELDS: [field: string, suffix: string][] = [
  ['line-height', 'line-height'],
  ['letter-spacing', 'letter-spacing'],
  ['font-weight', 'font-weight'],
];

function themeVariables(tokens: Iterable<TokenDefinition>, literal: (token: TokenDefinition) => string): string[] {
  const lines: string[] = [];
  for (const token of tokens) {
    if (token.deprecated || !token.type) continue;
    const { path, type } = token;
    if (type === 'typography') {
      // `text-body` sets size, line height, tracking and weight together, as Tailwind's --text-* does.
      const [, , size, weight, lineHeight, letterSpacing] = cssNamesOf(token);
      const key = path.slice(1).join('-');
      lines.push(`  --text-${key}: var(${size});`);
      const fields: Record<string, string | undefined> = {
        'line-height': lineHeight,
        'letter-spacing': letterSpacing,
        'font-weight': weight,
      };
      for (const [field, suffix] of TEXT_FIELDS)
        if (fields[field]) lines.push(`  --text-${key}--${suffix}: var(${fields[field]});`);
      continue;
    }
    if (path[0] === 'breakpoint') {
      // Media queries cannot read custom properties, so Tailwind needs the length itself here.
      lines.push(`  --breakpoint-${path.slice(1).join('-')}: ${literal(token)};`);
      continue;
    }
    const rule = tailwindNamespaceOf(path, type);
    if (rule) lines.push(`  --${rule.namespace}-${rule.key(path)}: var(${cssVariableName(path)});`);
  }
  return lines;
}

/** Elements whose nearest `data-<modifier>` (on itself or an ancestor) is `context`. */
function nearest(modifier: string, context: string): string {
  const own = `[data-${modifier}="${context}"]`;
  return `${own}, ${own} *:not([data-${modifier}]):not(${own} [data-${modifier}]:not(${own}) *)`;
}

/** One `@custom-variant` per context of every modifier: `theme-dark:`, `brand-campaign:`… */
function customVariants(modifier: ModifierStep): string[] {
  const media = mediaQueries(modifier);
  const unset = `:not([data-${modifier.name}], [data-${modifier.name}] *)`;
  return [...modifier.contexts.keys()].map((context) => {
    const branches = [`  &:where(${nearest(modifier.name, context)}) {\n    @slot;\n  }`];
    // With no attribute anywhere up the tree, the default context applies, or the one the user's
    // system asks for (the same rule livery.css follows).
    if (context === modifier.defaultContext) {
      // …unless the system asks for another context that has a media query.
      const others = Object.entries(media)
        .filter(([other]) => other !== context)
        .map(([, query]) => query);
      const open = others.map((query, i) => `${'  '.repeat(i + 1)}@media not ${query} {\n`).join('');
      const close = others.map((_, i) => `${'  '.repeat(others.length - i)}}\n`).join('');
      const pad = '  '.repeat(others.length + 1);
      branches.push(`${open}${pad}&:where(${unset}) {\n${pad}  @slot;\n${pad}}\n${close}`.trimEnd());
    }
    if (media[context])
      branches.push(`  @media ${media[context]} {\n    &:where(${unset}) {\n      @slot;\n    }\n  }`);
    return `@custom-variant ${modifier.name}-${context} {\n${branches.join('\n')}\n}`;
  });
}

/**
 * dist/css/tailwind.css (`@import "liverykit/tailwind.css"` after `@import "tailwindcss"`): the
 * brand as Tailwind CSS v4 theme variables in `@theme inline`, each pointing at its `--lv-*`
 * custom property (never at a value), so `bg-surface-default`, `text-body`, `rounded-control`,
 * `shadow-raised`, `ease-standard`… follow `data-theme` and `data-brand` wherever they are set;
 * `inline` makes each utility read the `--lv-*` property on its own element rather than a copy
 * resolved on :root. Breakpoints are the one literal (media queries cannot read properties).
 * The modifiers of the resolver become `@custom-variant`s (`theme-dark:`, `brand-campaign:`),
 * matching the nearest attribute, so they nest either way. Imports livery.css for the properties.
 */
export const cssTailwind: LiveryFormat = {
  name: 'livery/css/tailwind',
  create: (brand) => () => {
    const modifiers = modifiersOf(brand.resolver);
    const defaults = brand.resolve(Object.fromEntries(modifiers.map((m) => [m.name, m.defaultContext])));
    const literal = (token: TokenDefinition) => toCss(token.type!, defaults.get(token.name));
    return [
      `/* ${GENERATED_HEADER} */`,
      '@import "./livery.css";',
      '',
      '@theme inline {',
      ...themeVariables(brand.tokens.values(), literal),
      '}',
      '',
      ...modifiers.flatMap(customVariants),
      '',
    ].join('\n');
  },
};
