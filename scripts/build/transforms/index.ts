import { nameCssVariable } from './name-css-variable.ts';

/**
 * Every transform, registered by walking this list (see register.ts). Values are not transformed
 * here: Style Dictionary resolves one permutation, while every Livery output needs several, so
 * formats serialize values from the Brand's permutations with css-value.ts / native-value.ts.
 */
export const transforms = [nameCssVariable];
