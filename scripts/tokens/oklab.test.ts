import Color from 'colorjs.io';
import { expect, it } from 'vitest';
import { srgbToOklab } from './oklab.ts';

const colors: [number, number, number][] = [
  [0, 0, 0],
  [1, 1, 1],
  [0.9, 0.1, 0.6],
  [0.5, 0.2, 0.9],
  [0.2, 0.4, 0.3],
  [0.21, 0.39, 0.31],
  [0.02, 0.03, 0.04], // below the linear-segment threshold
  [1.1, -0.2, 0.5], // extended sRGB (a wide-gamut colour mapped into sRGB's coordinates)
];

it('converts sRGB to the OKLab coordinates colorjs.io gives (the independent implementation)', () => {
  for (const rgb of colors) {
    const expected = new Color('srgb', rgb).to('oklab').coords.map(Number);
    const actual = srgbToOklab(...rgb);
    actual.forEach((value, i) => expect(value, `${rgb} [${i}]`).toBeCloseTo(expected[i]!, 6));
  }
});

it('gives the ΔE OK colorjs.io gives', () => {
  const pairs: [number, number, number][][] = [
    [colors[2]!, colors[3]!],
    [colors[0]!, colors[1]!],
    [colors[4]!, colors[5]!],
  ];
  for (const [a, b] of pairs as [[number, number, number], [number, number, number]][]) {
    const [x, y] = [srgbToOklab(...a), srgbToOklab(...b)];
    expect(Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2])).toBeCloseTo(
      new Color('srgb', a).deltaE(new Color('srgb', b), 'OK'),
      6,
    );
  }
});
