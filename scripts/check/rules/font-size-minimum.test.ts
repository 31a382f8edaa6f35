import { fontSizeMinimum } from './font-size-minimum.ts';
import { testRule } from '../testing/rule-table.ts';

const size = (value: number, unit = 'rem') => ({ $value: { value, unit } });

testRule(fontSizeMinimum as never, {
  accept: [
    {
      description: 'body at 1rem (16px), a caption size at 0.75rem (12px)',
      edit: (f) => void (f['primitives.tokens.json'].font.size['50'] = size(0.75)),
    },
    {
      description: 'a root size option changes the px equivalent',
      options: { rootPx: 20 },
      edit: (f) => void (f['primitives.tokens.json'].font.size['50'] = size(0.6)),
    },
  ],
  reject: [
    {
      description: 'a font size under 12px',
      edit: (f) => void (f['primitives.tokens.json'].font.size['25'] = size(11, 'px')),
      findings: [
        {
          file: 'primitives.tokens.json',
          at: 'font.size.25',
          permutation: 'light',
          message: '[light] font size is 11px (at 16px per rem); text must be at least 12px (font-size-minimum)',
          fix: 'use a size of at least 0.75rem',
        },
      ],
    },
    {
      description: 'body text under 16px (also reported for the size it uses if that is under 12px)',
      edit: (f) => {
        f['primitives.tokens.json'].font.size['90'] = size(0.875);
        f['semantic.tokens.json'].typography.body.$value.fontSize = '{font.size.90}';
      },
      findings: [
        {
          file: 'semantic.tokens.json',
          at: 'typography.body',
          message: '[light] font size is 14px (at 16px per rem); body text must be at least 16px (font-size-minimum)',
        },
      ],
    },
  ],
});
