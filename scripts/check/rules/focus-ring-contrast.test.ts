import { expect } from 'vitest';
import { focusRingContrast } from './focus-ring-contrast.ts';
import { testRule } from '../testing/rule-table.ts';

testRule(focusRingContrast as never, {
  accept: [
    { description: 'a ring that reaches 3:1 on the surface in every permutation (clean mini)' },
    {
      description: 'a ring declaring no surfaces is checked on every color.surface.* token',
      options: { surfaces: ['color.surface'] },
      edit: (f) => void delete f['semantic.tokens.json'].color.focus.ring.$extensions,
    },
  ],
  reject: [
    {
      description:
        'a ring that declares no surfaces and fails on one in dark (the contrast rule does not measure undeclared pairs)',
      options: { surfaces: ['color.surface'] },
      edit: (f) => {
        delete f['semantic.tokens.json'].color.focus.ring.$extensions;
        f['primitives.tokens.json'].palette.navy = { $value: { colorSpace: 'oklch', components: [0.45, 0.2, 265] } };
        f['themes/dark.tokens.json'].color.focus.ring.$value = '{palette.navy}';
      },
      findings: [
        {
          file: 'themes/dark.tokens.json',
          at: 'color.focus.ring',
          permutation: 'dark',
          message: expect.stringMatching(
            /^\[dark\] focus ring color\.focus\.ring \(#[0-9a-f]{6}\) on color\.surface \(#12161f\): 2\.\d\d:1, needs 3:1 \(focus-ring-contrast\)$/,
          ),
          fix: 'set color.focus.ring to "{palette.coral}" in themes/dark.tokens.json (3.42:1, nearest step of palette (by OKLCH lightness) that reaches 3)',
        },
        { permutation: 'dark-campaign' },
      ],
    },
    {
      description: 'a surface that no ring declares',
      options: { surfaces: ['color.surface', 'color.well'] },
      edit: (f) => void (f['semantic.tokens.json'].color.well = { $value: '{palette.white}', $description: 'x' }),
      findings: [
        {
          file: 'semantic.tokens.json',
          at: 'color.well',
          message:
            'no focus ring declares color.well among the surfaces it appears on (color.focus.ring) (focus-ring-contrast)',
        },
      ],
    },
    {
      description: 'no focus ring token at all',
      edit: (f) => {
        delete f['semantic.tokens.json'].color.focus;
        delete f['themes/dark.tokens.json'].color.focus;
        delete f['themes/high-contrast.tokens.json'].color.focus;
      },
      findings: [
        {
          at: 'color.focus.*',
          message:
            'no focus ring color token matches color.focus.*: the focus ring cannot be checked (focus-ring-contrast)',
        },
      ],
    },
  ],
});
