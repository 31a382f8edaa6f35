import { afterAll, expect, it } from 'vitest';
import { formatOutput, removeFormatBrand, typeErrors, withFiles } from '../testing/format-brand.ts';
import { reactNative, reactNativeDeclarations } from './react-native.ts';

afterAll(removeFormatBrand);

it('writes each theme as React Native style values: numbers for lengths, style objects for composites', async () => {
  await expect(await formatOutput(reactNative)).toMatchFileSnapshot('./__snapshots__/react-native.js.txt');
  await expect(await formatOutput(reactNativeDeclarations)).toMatchFileSnapshot(
    './__snapshots__/react-native.d.ts.txt',
  );
});

it('type-checks with TypeScript: the declarations describe the module', async () => {
  const files = {
    'package.json': '{ "type": "module" }',
    'index.js': await formatOutput(reactNative),
    'index.d.ts': await formatOutput(reactNativeDeclarations),
    'app.ts': [
      "import { themes, tokens } from './index.js';",
      'const gap: number = tokens.spacePull1;',
      'const text: string = themes.dark.colorText;',
      'const offset: number = tokens.shadowRaised.shadowOffset.height;',
      'export const used = [gap, text, offset];',
    ].join('\n'),
    'bad.ts': "import { themes } from './index.js';\nexport const x = themes.sepia;",
  };
  await withFiles(files, (dir) => {
    expect(typeErrors(dir, ['app.ts'])).toEqual([]);
    expect(typeErrors(dir, ['bad.ts']).join('\n')).toMatch(/Property 'sepia' does not exist/);
  });
});
