import { deprecationReplacement, type TokenDefinition } from '../../tokens/token.ts';
import { cssVariableName, jsName } from '../naming.ts';
import { namedPermutations } from '../permutations.ts';
import { GENERATED_HEADER, type LiveryFormat } from './format.ts';

/** `@deprecated <message> Use `newName`.` for a deprecated token, naming its replacement's JS name. */
function deprecatedTag(token: TokenDefinition): string[] {
  if (!token.deprecated) return [];
  const replacement = deprecationReplacement(token);
  return [
    `@deprecated ${typeof token.deprecated === 'string' ? token.deprecated : ''}${replacement ? ` Use \`${jsName(replacement.split('.'))}\`.` : ''}`.trim(),
  ];
}

const comment = (lines: string[]) =>
  lines.length ? `/**\n${lines.map((l) => ` * ${l.replaceAll('*/', '*\\/')}`).join('\n')}\n */\n` : '';

/**
 * dist/js/tokens.d.ts: `cssVar` typed property by property with its literal `var(--lv-…)`; the
 * named literal exports say in their JSDoc that they are light only and name the `cssVar`
 * alternative; literal-union token names; deprecated exports carry @deprecated so editors strike them.
 */
export const jsDeclarations: LiveryFormat = {
  name: 'livery/js/declarations',
  create: (brand) => () => {
    const names = [...brand.tokens.keys()];
    const [defaultPermutation] = namedPermutations(brand).map((p) => p.name);
    const out = [`// ${GENERATED_HEADER}`];
    out.push(
      comment([
        "Theme-following references, by JS name: `cssVar.colorTextPrimary` is `'var(--lv-color-text-primary)'`.",
        'Use these in styles: they follow data-theme and data-brand (liverykit/css must be loaded).',
        'The named exports (`colorTextPrimary`) are light-only literals.',
      ]).trimEnd(),
      'export declare const cssVar: {',
    );
    for (const token of brand.tokens.values()) {
      const doc = [token.description ?? '', ...deprecatedTag(token)].filter(Boolean);
      if (doc.length) out.push(comment(doc).trimEnd().replace(/^/gm, '  '));
      out.push(`  readonly ${jsName(token.path)}: '${`var(${cssVariableName(token.path)})`}';`);
    }
    out.push('};', 'export type CssVarName = keyof typeof cssVar;');
    for (const token of brand.tokens.values()) {
      const doc: string[] = [];
      if (token.description) doc.push(token.description);
      doc.push(
        `Light only: the ${defaultPermutation} permutation's literal value; it does not follow ` +
          `data-theme or data-brand. Theme-following: \`cssVar.${jsName(token.path)}\` ` +
          `(\`var(${cssVariableName(token.path)})\`).`,
      );
      doc.push(`$type ${token.type}`);
      doc.push(...deprecatedTag(token));
      out.push(`${comment(doc)}export declare const ${jsName(token.path)}: string;`);
    }
    const permutationNames = namedPermutations(brand).map((p) => JSON.stringify(p.name));
    out.push(
      `export type TokenName =\n  | ${names.map((n) => JSON.stringify(n)).join('\n  | ')};`,
      `export type PermutationName = ${permutationNames.join(' | ')};`,
      'export declare const tokens: Readonly<Record<TokenName, string>>;',
      'export declare const cssVariables: Readonly<Record<TokenName, `var(--lv-${string})`>>;',
      'export declare const permutations: Readonly<Record<PermutationName, Readonly<Record<string, string>>>>;',
      'export declare function tokensFor(permutation: PermutationName): Readonly<Record<TokenName, string>>;',
    );
    return `${out.join('\n')}\n`;
  },
};
