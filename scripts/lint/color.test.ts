import Color from 'colorjs.io';
import { describe, expect, it } from 'vitest';
import { deltaE2000, parseColor } from './color.ts';

// mulberry32: the same colors every run
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hex = (rand: () => number) =>
  `#${Math.floor(rand() * 0x1000000)
    .toString(16)
    .padStart(6, '0')}`;

/** colorjs.io's ΔE2000 of the two colors as parsed (the OKLab coordinates lint keeps). */
const oracle = (a: string, b: string) =>
  new Color('oklab', parseColor(a)!.oklab).deltaE2000(new Color('oklab', parseColor(b)!.oklab));

describe('deltaE2000', () => {
  it('equals colorjs.io’s deltaE2000 (the independent oracle) on 5,000 pairs of hex colors', () => {
    const rand = random(7);
    for (let i = 0; i < 5000; i++) {
      const a = hex(rand);
      // every fifth pair is a near miss: the distances the advice thresholds decide on
      const b =
        i % 5 === 0
          ? new Color(a).set('oklch.l', (l: number) => l + (rand() - 0.5) * 0.04).toString({ format: 'hex' })
          : hex(rand);
      expect(deltaE2000(parseColor(a)!, parseColor(b)!), `${a} ~ ${b}`).toBeCloseTo(oracle(a, b), 9);
    }
  });

  it('equals colorjs.io’s on other spellings: functions, named colors, greys, translucent and wide-gamut colors', () => {
    const spellings = [
      'white',
      'black',
      'tomato',
      'rebeccapurple',
      'rgb(0 0 0)',
      'rgb(128 128 128)',
      'hsl(0 0% 50%)',
      'hsl(210 40% 96%)',
      'rgba(0, 0, 0, 0.12)',
      'hwb(194 0% 0%)',
      'lab(52.2% 40.1 59.9)',
      'lch(29.2% 44.2 27)',
      'oklab(59% 0.1 0.1)',
      'oklch(70% 0.1 250)',
      'oklch(62% 0.25 29)',
      'color(display-p3 1 0 0)',
      'color(srgb 0.2 0.4 0.6)',
      '#3f3f3f',
      '#fff',
      '#325ee4',
    ];
    for (const a of spellings)
      for (const b of spellings) {
        const ours = deltaE2000(parseColor(a)!, parseColor(b)!);
        expect(ours, `${a} ~ ${b}`).toBeCloseTo(oracle(a, b), 9);
        // and colorjs.io from the spellings themselves: hex takes Björn Ottosson's sRGB → OKLab matrices, a hair apart
        expect(ours, `${a} ~ ${b}`).toBeCloseTo(new Color(a).deltaE2000(new Color(b)), 3);
      }
  });

  it('is zero for one color in two spellings and symmetric', () => {
    expect(deltaE2000(parseColor('#ffffff')!, parseColor('white')!)).toBeCloseTo(0, 4);
    expect(deltaE2000(parseColor('#325ee4')!, parseColor('#325ee4')!)).toBe(0);
    const a = parseColor('#325ee4')!;
    const b = parseColor('#2955d3')!;
    expect(deltaE2000(a, b)).toBeCloseTo(deltaE2000(b, a), 12);
  });
});
