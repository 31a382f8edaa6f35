import { contrastApca } from './contrast-apca.ts';
import { testRule } from '../testing/rule-table.ts';

testRule(contrastApca as never, {
  accept: [{ description: 'every pair above its Lc threshold', options: { body: 60, large: 45, 'non-text': 15 } }],
  reject: [
    {
      description:
        'body text under Lc 75 (campaign coral on dark ink is Lc -25.7 for non-text at 45, blue on white 80.7 passes)',
      options: { body: 75, large: 60, 'non-text': 45 },
      findings: [
        {
          at: 'color.action',
          permutation: 'dark-campaign',
          message:
            '[dark-campaign] color.action (#c43b15) on color.surface (#12161f): APCA Lc -25.7, needs |Lc| 45 for non-text (WCAG 3.42:1) (contrast-apca)',
        },
      ],
    },
  ],
});
