import { expect, it } from 'vitest';
import { TOKEN_TYPES } from '../tokens/token-types.ts';
import { DTCG_UNITS } from '../tokens/units.ts';
import { measure, measureOfCss, measureOfValue } from './units.ts';

it('measures lengths in px (rem at 16 px, or the root size given) and times in ms', () => {
  expect(measure(1.5, 'rem')).toEqual({ value: 1.5, unit: 'rem', magnitude: 24, magnitudeUnit: 'px' });
  expect(measure(1.5, 'rem', 20)?.magnitude).toBe(30);
  expect(measure(-2, 'px')).toEqual({ value: -2, unit: 'px', magnitude: -2, magnitudeUnit: 'px' });
  expect(measure(0.2, 's')).toEqual({ value: 0.2, unit: 's', magnitude: 200, magnitudeUnit: 'ms' });
  expect(measure(150, 'ms')?.magnitude).toBe(150);
  // em is relative to a font size this cannot know; % and unknown units are not measures
  expect(measure(1, 'em')).toBeUndefined();
  expect(measure(50, '%')).toBeUndefined();
});

it('reads a DTCG value, and nothing else', () => {
  expect(measureOfValue({ value: -0.02, unit: 'rem' })?.magnitude).toBeCloseTo(-0.32);
  expect(measureOfValue({ value: 1, unit: 'rem' }, 10)?.magnitude).toBe(10);
  expect(measureOfValue('{space.1}')).toBeUndefined();
  expect(measureOfValue(4)).toBeUndefined();
  expect(measureOfValue({ value: '4', unit: 'px' })).toBeUndefined();
});

it('reads CSS as the build writes it: a bare 0 is a length, its unit kept as written', () => {
  expect(measureOfCss('1.5rem')?.magnitude).toBe(24);
  expect(measureOfCss(' 200MS ')).toEqual({ value: 200, unit: 'ms', magnitude: 200, magnitudeUnit: 'ms' });
  expect(measureOfCss('0')).toEqual({ value: 0, unit: '', magnitude: 0, magnitudeUnit: 'px' });
  expect(measureOfCss('1e-3s')?.magnitude).toBe(1);
  expect(measureOfCss('calc(1rem + 2px)')).toBeUndefined();
  expect(measureOfCss('auto')).toBeUndefined();
});

it('measures every unit DTCG allows, and validation accepts exactly those', () => {
  for (const [type, units] of Object.entries(DTCG_UNITS)) {
    for (const unit of units) {
      expect(measure(1, unit)).toBeDefined();
      expect(TOKEN_TYPES[type]!.validate({ value: 1, unit })).toEqual([]);
    }
    expect(TOKEN_TYPES[type]!.validate({ value: 1, unit: 'em' })).toHaveLength(1);
  }
});
