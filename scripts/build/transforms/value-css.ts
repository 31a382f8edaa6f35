import type { Transform } from 'style-dictionary/types';
import { toCss } from '../css-value.ts';

/** Resolved DTCG values as CSS text: oklch() colors, `1rem`, cubic-bezier(), font shorthands. */
export const valueCss: Transform = {
  name: 'livery/value/css',
  type: 'value',
  transitive: true,
  transform: (token) => toCss(String(token.$type ?? token.type), token.$value ?? token.value),
};
