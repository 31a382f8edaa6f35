import { nameCssVariable } from './name-css-variable.ts';
import { nameJs } from './name-js.ts';
import { valueCss } from './value-css.ts';
import { valueNative } from './value-native.ts';

/** Every transform, registered by walking this list (see register.ts). */
export const transforms = [nameCssVariable, nameJs, valueCss, valueNative];

/** Transform chains per platform kind. */
export const TRANSFORM_GROUPS = {
  css: [nameCssVariable.name, valueCss.name],
  js: [nameJs.name, valueCss.name],
  native: [nameJs.name, valueNative.name],
};
