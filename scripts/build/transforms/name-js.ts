import type { Transform } from 'style-dictionary/types';
import { jsName } from '../naming.ts';

/** `color.text.on-accent` → `colorTextOnAccent`, the export name in every JS/native output. */
export const nameJs: Transform = {
  name: 'livery/name/js',
  type: 'name',
  transform: (token) => jsName(token.path),
};
