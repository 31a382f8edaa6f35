import { deprecationReplacement } from '../../tokens/token.ts';
import { cssVariableName, jsName } from '../naming.ts';
import { namedPermutations } from '../permutations.ts';
import { GENERATED_HEADER, type LiveryFormat } from './format.ts';

const comment = (lines: string[]) => (lines.length ? `/**\n${lines.map((l) => ` * ${l.replaceAll('*/', '*\\/')}`).join('\n')}\n */\n` : '');

/** dist/js/tokens.d.ts: literal-union token names; deprecated exports carry @deprecated so editors strike them. */
export const jsDeclarations: LiveryFormat = {
  name: 'livery/js/declarations',
  create: (brand) => () => {
    const names = [...brand.tokens.keys()];
    const out = [`// ${GENERATED_HEADER}`];
    for (const token of brand.tokens.values()) {
      const doc: string[] = [];
      if (token.description) doc.push(token.description);
      doc.push(`CSS: \`var(${cssVariableName(token.path)})\` · $type ${token.type}`);
      if (token.deprecated) {
        const replacement = deprecationReplacement(token);
        doc.push(`@deprecated ${typeof token.deprecated === 'string' ? token.deprecated : ''}${replacement ? ` Use \`${jsName(replacement.split('.'))}\`.` : ''}`.trim());
      }
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
