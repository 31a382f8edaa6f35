import Color from 'colorjs.io';
import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../../bench/seeded-random.ts';
import { deltaE2000, parseColor } from './color.ts';

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

describe('parseColor of plain rgb() and hsl() spellings (read without colorjs.io)', () => {
  // spellings as legacy CSS writes them, legacy and modern, numbers and percentages, with and without alpha
  const spellings = (rand: () => number): string[] => {
    const n = (max: number, digits = 0) => (rand() * max).toFixed(digits);
    const alpha = () => (rand() < 0.5 ? n(1, 2) : `${n(100)}%`);
    const out: string[] = [];
    for (let i = 0; i < 500; i++) {
      const [r, g, b] = [n(255), n(255), n(255)];
      const [pr, pg, pb] = [n(100, 1), n(100, 1), n(100, 1)];
      const [h, s, l] = [n(720, 1), n(100), n(100)];
      out.push(
        `rgb(${r}, ${g}, ${b})`,
        `rgba(${r},${g},${b},${n(1, 2)})`,
        `rgb(${pr}% ${pg}% ${pb}%)`,
        `rgb(${r} ${pg}% ${b} / ${alpha()})`,
        `hsl(${h}, ${s}%, ${l}%)`,
        `hsla(${h}deg, ${s}%, ${l}%, ${n(1, 3)})`,
        `hsl(${h} ${s}% ${l}% / ${alpha()})`,
        `hsl(-${h} ${s} ${l})`,
      );
    }
    return out;
  };

  it('gives colorjs.io’s exact-match key and alpha, and its OKLab to a hair, on 4,000 spellings', () => {
    for (const spelling of spellings(random(11))) {
      const ours = parseColor(spelling)!;
      const theirs = new Color(spelling);
      expect(ours, spelling).toBeDefined();
      expect(ours.key, spelling).toBe(keyByColorJs(spelling));
      expect(ours.alpha, spelling).toBeCloseTo(theirs.alpha as number, 12);
      const oklab = theirs.to('oklab').coords.map((c) => c ?? 0);
      for (let i = 0; i < 3; i++) expect(ours.oklab[i], spelling).toBeCloseTo(oklab[i]!, 6);
    }
  });

  it('is the same color as the hex of the same channels, to the last bit', () => {
    expect(parseColor('rgb(50, 94, 228)')!.oklab).toEqual(parseColor('#325ee4')!.oklab);
    expect(parseColor('rgba(0 0 0 / 50%)')!.key).toBe('#00000080');
  });

  it('agrees with colorjs.io on what it leaves to it: none, calc(), other hue units, relative colors, out of range', () => {
    for (const spelling of [
      'rgb(none 0 0)',
      'rgb(calc(10 + 20) 0 0)',
      'hsl(0.5turn 50% 50%)',
      'hsl(1rad 50% 50%)',
      'rgb(from #fff r g b / 50%)',
      'rgb(300 0 0)',
      'rgb(-10, 0, 0)',
      'hsl(0 150% 50%)',
      // legacy syntax does not mix numbers and percentages, and takes percentages for saturation
      'rgb(10%, 20, 30%)',
      'hsl(120, 50, 50)',
    ])
      expect(parseColor(spelling)?.key, spelling).toBe(keyByColorJs(spelling));
  });
});

/** The exact-match key of colorjs.io's parse, gamut-mapped to sRGB (undefined where it does not parse). */
function keyByColorJs(spelling: string): string | undefined {
  try {
    const c = new Color(spelling);
    const byte = (v: number | null) =>
      Math.round(Math.min(1, Math.max(0, v !== null && Number.isFinite(v) ? v : 0)) * 255)
        .toString(16)
        .padStart(2, '0');
    return `#${c.to('srgb').toGamut().coords.map(byte).join('')}${byte(Number(c.alpha))}`;
  } catch {
    return undefined;
  }
}
