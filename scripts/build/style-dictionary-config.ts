import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config, PlatformConfig } from 'style-dictionary/types';
import type { Brand } from '../resolver/compose-brand.ts';
import type { TokenDefinition } from '../tokens/token.ts';
import { cssBase } from './formats/css-base.ts';
import { cssCascade } from './formats/css-cascade.ts';
import { cssLightDark } from './formats/css-light-dark.ts';
import { cssPermutation } from './formats/css-permutation.ts';
import { cssTailwind } from './formats/css-tailwind.ts';
import { compose } from './formats/compose.ts';
import { email } from './formats/email.ts';
import { jsDeclarations } from './formats/js-declarations.ts';
import { jsModule } from './formats/js-module.ts';
import { jsonCatalogue } from './formats/json-catalogue.ts';
import { reactNative, reactNativeDeclarations } from './formats/react-native.ts';
import { scssReferences } from './formats/scss-references.ts';
import { scssVariables } from './formats/scss-variables.ts';
import { swift } from './formats/swift.ts';
import { namedPermutations } from './permutations.ts';
import { nameCssVariable } from './transforms/name-css-variable.ts';

/**
 * One Style Dictionary platform: Style Dictionary parses and resolves the default permutation and
 * dispatches every file to its format; the formats read contexts and permutations from the Brand
 * they were created with, which Style Dictionary has no notion of (style-dictionary#1590).
 * The token tree goes in as a source file rather than inline `tokens`, because Style Dictionary
 * deep-merges its inline options on every file it formats.
 */
export function styleDictionaryConfig(brand: Brand, buildPath: string): Config {
  const source = join(buildPath, '.livery-source.tokens.json');
  mkdirSync(buildPath, { recursive: true });
  writeFileSync(source, JSON.stringify(tokenTree(brand.tokens.values())));
  const livery: PlatformConfig = {
    transforms: [nameCssVariable.name],
    buildPath: `${buildPath}/`,
    files: [
      { destination: 'css/livery.css', format: cssCascade.name },
      { destination: 'css/livery.light-dark.css', format: cssLightDark.name },
      { destination: 'css/base.css', format: cssBase.name },
      { destination: 'css/tailwind.css', format: cssTailwind.name },
      ...namedPermutations(brand).map(({ name, selection }) => ({
        destination: `css/themes/${name}.css`,
        format: cssPermutation.name,
        options: { selection },
      })),
      { destination: 'scss/_livery.scss', format: scssVariables.name },
      { destination: 'scss/_vars.scss', format: scssReferences.name },
      { destination: 'js/tokens.js', format: jsModule.name },
      { destination: 'js/tokens.d.ts', format: jsDeclarations.name },
      { destination: 'tokens.json', format: jsonCatalogue.name },
      { destination: 'react-native/tokens.js', format: reactNative.name },
      { destination: 'react-native/tokens.d.ts', format: reactNativeDeclarations.name },
      { destination: 'ios/LiveryTokens.swift', format: swift.name },
      { destination: 'android/LiveryTokens.kt', format: compose.name },
      { destination: 'email/tokens.json', format: email.name },
    ],
  };
  return {
    source: [source],
    usesDtcg: true,
    log: { verbosity: 'silent', warnings: 'disabled', errors: { brokenReferences: 'throw' } },
    platforms: { livery },
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
