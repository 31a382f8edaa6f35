import postcss from 'postcss';
import { afterAll, expect, it } from 'vitest';
import { formatOutput, removeFormatBrand } from '../testing/format-brand.ts';
import { cssPermutation } from './css-permutation.ts';

afterAll(removeFormatBrand);

it('writes one permutation whole on :root, its contexts already applied', async () => {
  const css = await formatOutput(cssPermutation, { selection: { theme: 'dark' } });
  await expect(css).toMatchFileSnapshot('./__snapshots__/css-permutation.css.txt');
  const values = new Map<string, string>();
  postcss.parse(css).walkDecls((decl) => void values.set(decl.prop, decl.value));
  expect(values.get('--lv-color-text')).toBe('var(--lv-palette-white)');
  // every token and composite field, once
  expect(values.size).toBe(24);
});
