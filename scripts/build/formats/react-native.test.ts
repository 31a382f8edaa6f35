import { afterAll, expect, it } from 'vitest';
import { formatOutput, removeFormatBrand, typeCheckConsumers } from '../testing/format-brand.ts';
import { reactNative, reactNativeDeclarations } from './react-native.ts';

afterAll(removeFormatBrand);

it('writes each theme as React Native style values: numbers for lengths, style objects for composites', async () => {
  await expect(await formatOutput(reactNative)).toMatchFileSnapshot('./__snapshots__/react-native.js.txt');
  await expect(await formatOutput(reactNativeDeclarations)).toMatchFileSnapshot(
    './__snapshots__/react-native.d.ts.txt',
  );
});

it('type-checks with TypeScript: the declarations describe the module', async () => {
  const errors = await typeCheckConsumers(
    await formatOutput(reactNative),
    await formatOutput(reactNativeDeclarations),
    {
      app: [
        "import { themes, tokens } from './tokens.js';",
        'const gap: number = tokens.spacePull1;',
        'const text: string = themes.dark.colorText;',
        'const offset: number = tokens.shadowRaised.shadowOffset.height;',
        'export const used = [gap, text, offset];',
      ].join('\n'),
      bad: "import { themes } from './tokens.js';\nexport const x = themes.sepia;",
    },
  );
  expect(errors.app).toEqual([]);
  expect(errors.bad!.join('\n')).toMatch(/Property 'sepia' does not exist/);
});
