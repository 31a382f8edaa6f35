import type { Transform } from 'style-dictionary/types';
import { cssVariableName } from '../naming.ts';

/** `color.text.primary` → `lv-color-text-primary` (the custom property without its leading dashes). */
export const nameCssVariable: Transform = {
  name: 'livery/name/css-variable',
  type: 'name',
  transform: (token) => cssVariableName(token.path).slice(2),
};
