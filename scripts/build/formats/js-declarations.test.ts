import { afterAll, expect, it } from 'vitest';
import { formatOutput, removeFormatBrand, typeCheckConsumers } from '../testing/format-brand.ts';
import { jsDeclarations } from './js-declarations.ts';
import { jsModule } from './js-module.ts';

afterAll(removeFormatBrand);

it('declares every export of the module, deprecated ones marked', async () => {
  const dts = await formatOutput(jsDeclarations);
  await expect(dts).toMatchFileSnapshot('./__snapshots__/js-declarations.d.ts.txt');
  expect(dts).toMatch(
    /@deprecated Use \{color\.link\} \(\$lv-color-link in Sass\)\. Use `colorLink`\.\n \*\/\nexport declare const colorAccent: string;/,
  );
});

it('type-checks with TypeScript against the module it describes, and refuses what the module lacks', async () => {
  const errors = await typeCheckConsumers(await formatOutput(jsModule), await formatOutput(jsDeclarations), {
    good: [
      "import { cssVar, spacePull1, tokensFor, permutations, type CssVarName } from './tokens.js';",
      "const link: 'var(--lv-color-link)' = cssVar.colorLink;",
      "const name: CssVarName = 'space1x5';",
      "const dark: string | undefined = tokensFor('dark')['color.text'];",
      'export const used = [link, name, dark, spacePull1, permutations];',
    ].join('\n'),
    bad: "import { cssVar } from './tokens.js';\nexport const x: string = cssVar.colorNope;",
  });
  expect(errors.good).toEqual([]);
  expect(errors.bad!.join('\n')).toMatch(/Property 'colorNope' does not exist/);
});
