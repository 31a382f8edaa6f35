import { noHueNames } from './no-hue-names.ts';
import { testRule } from '../testing/rule-table.ts';

testRule(noHueNames as never, {
  accept: [
    { description: 'role names (color.text, color.action); hue names in primitives (palette.blue, palette.coral)' },
    {
      description: 'an allowed exception',
      options: { allow: ['color.brand-blue'] },
      edit: (f) =>
        void (f['semantic.tokens.json'].color['brand-blue'] = { $value: '{palette.blue}', $description: 'x' }),
    },
  ],
  reject: [
    {
      description: 'a hue as a segment of a semantic name',
      edit: (f) => void (f['semantic.tokens.json'].color.blue = { $value: '{palette.blue}', $description: 'x' }),
      findings: [
        {
          file: 'semantic.tokens.json',
          at: 'color.blue',
          message: 'semantic name contains the hue "blue"; name the role instead (no-hue-names)',
        },
      ],
    },
    {
      description: 'a hue inside a kebab-case segment',
      edit: (f) =>
        void (f['semantic.tokens.json'].color['text-on-red'] = { $value: '{palette.white}', $description: 'x' }),
      findings: [
        {
          at: 'color.text-on-red',
          message: 'semantic name contains the hue "red"; name the role instead (no-hue-names)',
        },
      ],
    },
  ],
});
