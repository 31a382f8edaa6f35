import { compose } from './compose.ts';
import { cssBase } from './css-base.ts';
import { cssCascade } from './css-cascade.ts';
import { cssLightDark } from './css-light-dark.ts';
import { cssPermutation } from './css-permutation.ts';
import { cssTailwind } from './css-tailwind.ts';
import { email } from './email.ts';
import { jsDeclarations } from './js-declarations.ts';
import { jsModule } from './js-module.ts';
import { jsonCatalogue } from './json-catalogue.ts';
import { reactNative, reactNativeDeclarations } from './react-native.ts';
import { scssReferences } from './scss-references.ts';
import { scssVariables } from './scss-variables.ts';
import { swift } from './swift.ts';

/** Every format, registered by walking this list (see register.ts). */
export const formats = [
  cssCascade,
  cssLightDark,
  cssBase,
  cssPermutation,
  cssTailwind,
  scssVariables,
  scssReferences,
  jsModule,
  jsDeclarations,
  jsonCatalogue,
  reactNative,
  reactNativeDeclarations,
  swift,
  compose,
  email,
];
