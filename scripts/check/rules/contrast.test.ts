import { contrast } from './contrast.ts';
import { testRule } from '../testing/rule-table.ts';

testRule(contrast as never, {
  accept: [
    { description: 'every declared pair passes in every permutation (clean mini)' },
    {
      description: 'large text needs 3:1 (AA), not 4.5',
      edit: (f) => {
        f['primitives.tokens.json'].palette.mid = { $value: { colorSpace: 'oklch', components: [0.62, 0.14, 250] } };
        f['semantic.tokens.json'].color.text.$value = '{palette.mid}';
        f['semantic.tokens.json'].color.text.$extensions['org.livery'].contrast[0].usage = 'large';
        f['themes/high-contrast.tokens.json'].color.text.$value = '{palette.ink}';
      },
    },
  ],
  reject: [
    {
      description:
        'body text at 3.6:1 in light (both brands), with the mode, both tokens and values, the ratio, the requirement and a fix',
      edit: (f) => {
        f['primitives.tokens.json'].palette.mid = { $value: { colorSpace: 'oklch', components: [0.62, 0.14, 250] } };
        f['semantic.tokens.json'].color.text.$value = '{palette.mid}';
      },
      findings: [
        {
          file: 'semantic.tokens.json',
          at: 'color.text',
          permutation: 'light',
          message:
            '[light] color.text (#398ad6) on color.surface (#ffffff): 3.63:1, needs 4.5:1 for body text (WCAG AA); APCA Lc 63.5 (contrast)',
          fix: 'set color.text to "{palette.coral}" in semantic.tokens.json (5.28:1, nearest step of palette (by OKLCH lightness) that reaches 4.5)',
        },
        { permutation: 'light-campaign' },
      ],
    },
  ],
});
