import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LINT_FIXTURES, testRule } from '../../../../tests/node/lint-helpers.ts';
import { shapeOf, similarity } from '../../logo-shapes.ts';
import { noLogoMisuse } from './index.ts';
import { describe, expect, it } from 'vitest';

const full = readFileSync(join(LINT_FIXTURES, 'brand-assets', 'logo', 'full-default.svg'), 'utf8');

testRule(noLogoMisuse, {
  accept: [
    { code: full, description: 'an approved lockup, byte for byte', language: 'svg' },
    { code: full.replace(/\n\s*/g, ' '), description: 'an approved lockup, reformatted', language: 'svg' },
    {
      code: '<svg viewBox="0 0 24 24"><path d="M12 2l3 7h7l-6 4 2 7-6-4-6 4 2-7-6-4h7z"/></svg>',
      description: 'an unrelated icon',
      language: 'svg',
    },
  ],
  reject: [
    {
      code: full.replace('#2955d3', '#ff0000'),
      message: 'looks like the full-default logo (path similarity 1.00) but is not an approved lockup (recolored)',
      line: 1,
      column: 1,
      language: 'svg',
    },
    {
      code: full.replace('M66 8h4v16h-4z', 'M66 8h6v18h-6z'),
      message: 'altered shape',
      line: 1,
      column: 1,
      language: 'svg',
    },
  ],
});

describe('logo similarity', () => {
  it('is 1 for the same drawing and low for unrelated ones', () => {
    const a = shapeOf(full).geometry;
    expect(similarity(a, a)).toBe(1);
    expect(similarity(a, shapeOf('<svg><circle cx="12" cy="12" r="10"/></svg>').geometry)).toBeLessThan(0.2);
  });
});
