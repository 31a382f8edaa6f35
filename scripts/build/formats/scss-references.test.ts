import { join } from 'node:path';
import { compile } from 'sass';
import { afterAll, expect, it } from 'vitest';
import { formatOutput, removeFormatBrand, withFiles } from '../testing/format-brand.ts';
import { scssReferences } from './scss-references.ts';

afterAll(removeFormatBrand);

it('writes one var() reference per token, a deprecated one with its replacement', async () => {
  const scss = await formatOutput(scssReferences);
  await expect(scss).toMatchFileSnapshot('./__snapshots__/scss-references.scss.txt');
  expect(scss).toContain(
    '/// @deprecated Use {color.link} ($lv-color-link in Sass). Use $lv-color-link.\n$lv-color-accent: var(--lv-color-accent);',
  );
});

it('compiles with Dart Sass to the references', async () => {
  const css = await withFiles(
    {
      '_vars.scss': await formatOutput(scssReferences),
      'app.scss': "@use 'vars';\n.a { padding: vars.$lv-space-1x5; color: vars.$lv-color-text; }",
    },
    (dir) => compile(join(dir, 'app.scss'), { style: 'compressed' }).css,
  );
  expect(css).toBe('.a{padding:var(--lv-space-1x5);color:var(--lv-color-text)}');
});
