import type { Transform } from 'style-dictionary/types';
import { toNative } from '../native-value.ts';

/** Resolved DTCG values as numbers and sRGB colors, for React Native, Swift, Compose and email. */
export const valueNative: Transform = {
  name: 'livery/value/native',
  type: 'value',
  transitive: true,
  transform: (token) => toNative(String(token.$type ?? token.type), token.$value ?? token.value),
};
