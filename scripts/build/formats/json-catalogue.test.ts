import { afterAll, expect, it } from 'vitest';
import { Catalogue } from '../../catalogue/catalogue.ts';
import type { CatalogueFile } from '../../catalogue/catalogue-schema.ts';
import { formatOutput, removeFormatBrand } from '../testing/format-brand.ts';
import { jsonCatalogue } from './json-catalogue.ts';

afterAll(removeFormatBrand);

it('writes every token with its names, raw and resolved value, and the contexts that change it', async () => {
  await expect(await formatOutput(jsonCatalogue)).toMatchFileSnapshot('./__snapshots__/json-catalogue.json.txt');
});

it('is what the catalogue reader reads: any permutation resolves from it', async () => {
  const data = JSON.parse(await formatOutput(jsonCatalogue)) as CatalogueFile;
  const catalogue = new Catalogue('tokens.json', data);
  expect(catalogue.modifiers.map((m) => [m.name, m.default, m.contexts])).toEqual([
    ['theme', 'light', ['light', 'dark']],
  ]);
  // only the tokens a context changes carry it
  expect(Object.keys(catalogue.get('color.text')!.contexts)).toEqual(['theme:dark']);
  expect(Object.keys(catalogue.get('color.link')!.contexts)).toEqual([]);
  expect(catalogue.resolve({ theme: 'dark' }).get('color.text')).toEqual(data.tokens['palette.white']!.value);
  expect(catalogue.get('color.accent')!.deprecated).toEqual({
    message: 'Use {color.link} ($lv-color-link in Sass).',
    replacement: 'color.link',
  });
  expect(catalogue.get('color.accent')!.status).toBe('deprecated');
  expect(catalogue.get('shadow.raised')!.cssVariables).toEqual(['--lv-shadow-raised']);
  expect(catalogue.get('border.focus')!.cssVariables).toEqual([
    '--lv-border-focus',
    '--lv-border-focus-width',
    '--lv-border-focus-style',
    '--lv-border-focus-color',
  ]);
  expect(catalogue.get('space.pull-1')!.css).toBe('-4px');
  expect(catalogue.get('space.1x5')!.jsName).toBe('space1x5');
});
