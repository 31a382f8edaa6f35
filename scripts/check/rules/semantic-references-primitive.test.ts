import { semanticReferencesPrimitive } from './semantic-references-primitive.ts';
import { testRule } from '../testing/rule-table.ts';

testRule(semanticReferencesPrimitive as never, {
  accept: [
    { description: 'semantic tokens and composite fields that all reference primitives (the clean mini brand)' },
    {
      description: 'a semantic alias of a semantic alias that ends on a primitive',
      edit: (f) => void (f['semantic.tokens.json'].color.cta = { $value: '{color.link}', $description: 'x' }),
    },
  ],
  reject: [
    {
      description: 'a raw colour in the semantic layer',
      edit: (f) => void (f['semantic.tokens.json'].color.action.$value = { colorSpace: 'srgb', components: [0, 0, 1] }),
      findings: [
        {
          file: 'semantic.tokens.json',
          at: 'color.action',
          message:
            'semantic token has a raw value ({"colorSpace":"srgb","components":[0,0,1]}' +
            '); semantic tokens must reference a primitive (semantic-references-primitive)',
        },
      ],
    },
    {
      description: 'a raw field inside a composite (the original mini typography.body)',
      edit: (f) => void (f['semantic.tokens.json'].typography.body.$value.lineHeight = 1.5),
      findings: [
        {
          at: 'typography.body',
          message:
            'semantic token has a raw value ("lineHeight" is 1.5); semantic tokens must reference a primitive (semantic-references-primitive)',
        },
      ],
    },
    {
      description: 'a raw value in a theme override, reported against the theme file',
      edit: (f) =>
        void (f['themes/dark.tokens.json'].color.text = {
          $type: 'color',
          $value: { colorSpace: 'srgb', components: [1, 1, 1] },
        }),
      findings: [
        {
          file: 'themes/dark.tokens.json',
          at: 'color.text',
          message:
            'semantic token has a raw value in theme:dark ({"colorSpace":"srgb","components":[1,1,1]}' +
            '); semantic tokens must reference a primitive (semantic-references-primitive)',
        },
      ],
    },
  ],
});
