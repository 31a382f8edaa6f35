import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { formatOutput, removeFormatBrand, withFiles } from '../testing/format-brand.ts';
import { jsModule } from './js-module.ts';

afterAll(removeFormatBrand);

it('writes the default permutation as named exports and maps, and the others as overrides', async () => {
  await expect(await formatOutput(jsModule)).toMatchFileSnapshot('./__snapshots__/js-module.js.txt');
});

it('is an ES module Node imports; tokensFor lays a permutation over the defaults', async () => {
  const module = await withFiles(
    { 'tokens.mjs': await formatOutput(jsModule) },
    (dir) => import(pathToFileURL(join(dir, 'tokens.mjs')).href),
  );
  expect(module.spacePull1).toBe('-4px');
  expect(module.colorScrim).toBe('rgb(6.67% 6.67% 6.67% / 0.5)');
  expect(module.cssVar.space1x5).toBe('var(--lv-space-1x5)');
  expect(module.tokensFor('dark')['color.text']).toBe('rgb(100% 100% 100%)');
  expect(module.tokensFor('dark')['color.link']).toBe(module.colorLink);
  expect(Object.isFrozen(module.tokensFor('light'))).toBe(true);
  expect(() => module.tokensFor('sepia')).toThrow('Unknown permutation "sepia"; use one of light, dark');
});
