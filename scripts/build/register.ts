import type StyleDictionary from 'style-dictionary';
import type { Brand } from '../resolver/compose-brand.ts';
import { formats } from './formats/index.ts';
import { transforms } from './transforms/index.ts';

/** The one place transforms and formats are registered: walk the exported lists. */
export function registerLivery(sd: StyleDictionary, brand: Brand): void {
  for (const transform of transforms) sd.registerTransform(transform);
  for (const format of formats) sd.registerFormat({ name: format.name, format: format.create(brand) });
}
