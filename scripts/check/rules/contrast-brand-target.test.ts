import { contrastBrandTarget } from './contrast-brand-target.ts';
import { testRule } from '../testing/rule-table.ts';

testRule(contrastBrandTarget as never, {
  accept: [{ description: 'non-text at 4.5:1 or more in high contrast (clean mini)' }],
  reject: [
    {
      description: 'non-text between WCAG 3:1 and the 4.5:1 target in high contrast',
      edit: (f) => {
        f['primitives.tokens.json'].palette.mid = { $value: { colorSpace: 'oklch', components: [0.62, 0.14, 250] } };
        f['themes/high-contrast.tokens.json'].color.action = { $value: '{palette.mid}' };
      },
      findings: [
        {
          file: 'themes/high-contrast.tokens.json',
          at: 'color.action',
          permutation: 'high-contrast',
          message:
            '[high-contrast] color.action (#398ad6) on color.surface (#ffffff): 3.63:1, below the ' +
            "brand's 4.5:1 target for non-text here (WCAG needs 3:1) (contrast-brand-target)",
        },
      ],
    },
  ],
});
