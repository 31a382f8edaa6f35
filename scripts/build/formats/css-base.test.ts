import postcss from 'postcss';
import { afterAll, expect, it } from 'vitest';
import { formatOutput, removeFormatBrand } from '../testing/format-brand.ts';
import { cssBase } from './css-base.ts';

afterAll(removeFormatBrand);

it('sets each context’s color-scheme in one cascade layer, and says which page tokens the brand lacks', async () => {
  const css = await formatOutput(cssBase);
  await expect(css).toMatchFileSnapshot('./__snapshots__/css-base.css.txt');
  const root = postcss.parse(css);
  const layers = root.nodes.filter((node): node is postcss.AtRule => node.type === 'atrule');
  expect(layers.map((layer) => `${layer.name} ${layer.params}`)).toEqual(['layer liverykit.base']);
  const schemes: string[] = [];
  root.walkDecls(
    'color-scheme',
    (decl) => void schemes.push(`${(decl.parent as postcss.Rule).selector}: ${decl.value}`),
  );
  expect(schemes).toEqual([
    ':root: light',
    '[data-theme="light"]: light',
    ':root:where(:not([data-theme])): dark',
    '[data-theme="dark"]: dark',
  ]);
  expect(css).toContain('This brand has no color.text.primary or color.surface.page');
});
