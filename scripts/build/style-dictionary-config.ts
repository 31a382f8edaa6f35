import type { Config, PlatformConfig } from 'style-dictionary/types';
import type { Brand } from '../resolver/compose-brand.ts';
import type { TokenDefinition } from '../tokens/token.ts';
import { cssCascade } from './formats/css-cascade.ts';
import { cssLightDark } from './formats/css-light-dark.ts';
import { cssPermutation } from './formats/css-permutation.ts';
import { compose } from './formats/compose.ts';
import { email } from './formats/email.ts';
import { jsDeclarations } from './formats/js-declarations.ts';
import { jsModule } from './formats/js-module.ts';
import { jsonCatalogue } from './formats/json-catalogue.ts';
import { reactNative, reactNativeDeclarations } from './formats/react-native.ts';
import { scssVariables } from './formats/scss-variables.ts';
import { swift } from './formats/swift.ts';
import { namedPermutations } from './permutations.ts';
import { TRANSFORM_GROUPS } from './transforms/index.ts';

/**
 * Style Dictionary runs three platforms over the default permutation: `css` (CSS text, used by
 * CSS and SCSS), `js` (CSS text under camelCase names) and `native` (numbers and sRGB colors).
 * Contexts and permutations come from the Brand the formats were created with.
 */
export function styleDictionaryConfig(brand: Brand, buildPath: string): Config {
  const css: PlatformConfig = {
    transforms: TRANSFORM_GROUPS.css,
    buildPath: `${buildPath}/`,
    files: [
      { destination: 'css/livery.css', format: cssCascade.name },
      { destination: 'css/livery.light-dark.css', format: cssLightDark.name },
      ...namedPermutations(brand).map(({ name, selection }) => ({ destination: `css/themes/${name}.css`, format: cssPermutation.name, options: { selection } })),
      { destination: 'scss/_livery.scss', format: scssVariables.name },
    ],
  };
  const js: PlatformConfig = {
    transforms: TRANSFORM_GROUPS.js,
    buildPath: `${buildPath}/`,
    files: [
      { destination: 'js/tokens.js', format: jsModule.name },
      { destination: 'js/tokens.d.ts', format: jsDeclarations.name },
      { destination: 'tokens.json', format: jsonCatalogue.name },
    ],
  };
  const native: PlatformConfig = {
    transforms: TRANSFORM_GROUPS.native,
    buildPath: `${buildPath}/`,
    files: [
      { destination: 'react-native/tokens.js', format: reactNative.name },
      { destination: 'react-native/tokens.d.ts', format: reactNativeDeclarations.name },
      { destination: 'ios/LiveryTokens.swift', format: swift.name },
      { destination: 'android/LiveryTokens.kt', format: compose.name },
      { destination: 'email/tokens.json', format: email.name },
    ],
  };
  return {
    tokens: tokenTree(brand.tokens.values()) as Config['tokens'],
    usesDtcg: true,
    log: { verbosity: 'silent', warnings: 'disabled', errors: { brokenReferences: 'throw' } },
    platforms: { css, js, native },
  };
}

/** The default permutation as a DTCG tree, the form Style Dictionary reads. */
function tokenTree(tokens: Iterable<TokenDefinition>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const token of tokens) {
    let group = root;
    for (const segment of token.path.slice(0, -1)) group = (group[segment] ??= {}) as Record<string, unknown>;
    const node: Record<string, unknown> = { $value: token.value, $type: token.type };
    if (token.description) node.$description = token.description;
    if (token.deprecated !== undefined) node.$deprecated = token.deprecated;
    group[token.path.at(-1)!] = node;
  }
  return root;
}
