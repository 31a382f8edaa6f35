import { join } from 'node:path';
import { compile } from 'sass';
import { afterAll, expect, it } from 'vitest';
import { formatOutput, removeFormatBrand, withFiles } from '../testing/format-brand.ts';
import { scssVariables } from './scss-variables.ts';

afterAll(removeFormatBrand);

it('writes literal variables of the default permutation, a map per permutation and the var() map', async () => {
  const scss = await formatOutput(scssVariables);
  await expect(scss).toMatchFileSnapshot('./__snapshots__/scss-variables.scss.txt');
});

it('compiles with Dart Sass, and the values come out as CSS', async () => {
  const scss = await formatOutput(scssVariables);
  const css = await withFiles(
    {
      '_tokens.scss': scss,
      'app.scss': [
        "@use 'sass:map';",
        "@use 'tokens' as t;",
        '.a {',
        '  margin: t.$lv-space-pull-1 t.$lv-space-2 * 2;',
        '  box-shadow: t.$lv-shadow-raised;',
        '  border: t.$lv-border-focus;',
        '  font: t.$lv-text-body;',
        '  background: t.$lv-color-scrim;',
        "  color: map.get(t.$lv-dark, 'color.text');",
        "  outline-color: map.get(t.$lv-vars, 'color.link');",
        '}',
      ].join('\n'),
    },
    (dir) => compile(join(dir, 'app.scss'), { style: 'expanded' }).css,
  );
  expect(css).toBe(
    [
      '.a {',
      '  margin: -4px 16px;',
      '  box-shadow: 0 2px 4px -1px rgb(6.67% 6.67% 6.67% / 0.5);',
      // Sass reads an opaque rgb() as a Sass colour and writes it back in its own (equal) spelling
      '  border: 2px solid rgb(12.5%, 31.37%, 75.29%);',
      '  font: 700 1rem/1.5 "Inter Variable", system-ui, sans-serif;',
      '  background: rgb(6.67% 6.67% 6.67% / 0.5);',
      '  color: rgb(255, 255, 255);',
      '  outline-color: var(--lv-color-link);',
      '}',
    ].join('\n'),
  );
});
