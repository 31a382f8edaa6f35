import postcss from 'postcss';
import { afterAll, expect, it } from 'vitest';
import { formatOutput, removeFormatBrand } from '../testing/format-brand.ts';
import { cssLightDark } from './css-light-dark.ts';

afterAll(removeFormatBrand);

it('writes a token that differs between light and dark as one light-dark() value', async () => {
  const css = await formatOutput(cssLightDark);
  await expect(css).toMatchFileSnapshot('./__snapshots__/css-light-dark.css.txt');
  const root = postcss.parse(css);
  const text = root.nodes.find((node): node is postcss.Rule => node.type === 'rule' && node.selector === ':root')!;
  const decls = Object.fromEntries(
    text.nodes.map((d) => [(d as postcss.Declaration).prop, (d as postcss.Declaration).value]),
  );
  expect(decls['color-scheme']).toBe('light');
  expect(decls['--lv-color-text']).toBe('light-dark(var(--lv-palette-gray-900), var(--lv-palette-white))');
  // a token the same in both is written once, as is
  expect(decls['--lv-color-link']).toBe('var(--lv-palette-blue-500)');
});
