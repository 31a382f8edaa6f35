import Color from 'colorjs.io';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { apcaLc, composite, cssToRgb, dtcgToRgb, formatRatio, shown, wcagRatio } from './color.ts';

const ratio = (fg: string, bg: string) => wcagRatio(shown(composite(cssToRgb(fg), cssToRgb(bg))), shown(cssToRgb(bg)));

describe('WCAG 2.x ratio: known values', () => {
  test.each([
    ['#767676', '#FFFFFF', '4.54', true],
    ['#595959', '#FFFFFF', '7.00', true],
    ['#000000', '#FFFFFF', '21.00', true],
    ['#777777', '#FFFFFF', '4.47', false],
  ])('%s on %s = %s (passes AA body: %s)', (fg, bg, shownRatio, passesAA) => {
    const r = ratio(fg, bg);
    expect(formatRatio(r)).toBe(shownRatio);
    expect(r >= 4.5).toBe(passesAA);
  });

  test('#777777 on white is 4.478…, shown as 4.47 and failing AA: never rounded up', () => {
    const r = ratio('#777777', '#fff');
    expect(r).toBeCloseTo(4.478, 3);
    expect(r < 4.5).toBe(true);
    expect(formatRatio(r)).not.toBe('4.48');
  });

  test('#595959 reaches AAA (7) exactly enough, black on white is 21, and the ratio is symmetric', () => {
    expect(ratio('#595959', '#fff')).toBeGreaterThanOrEqual(7);
    expect(ratio('black', 'white')).toBe(21);
    expect(ratio('#fff', '#595959')).toBe(ratio('#595959', '#fff'));
  });
});

describe('agrees with colorjs.io', () => {
  const channel = fc.integer({ min: 0, max: 255 });
  const hex = fc
    .tuple(channel, channel, channel)
    .map(([r, g, b]) => `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`);

  test('WCAG 2.1 ratio equals Color.contrastWCAG21 for any two sRGB colors', () => {
    fc.assert(
      fc.property(hex, hex, (a, b) => {
        expect(wcagRatio(shown(cssToRgb(a)), shown(cssToRgb(b)))).toBeCloseTo(
          Color.contrastWCAG21(new Color(a), new Color(b)),
          12,
        );
      }),
      { numRuns: 300 },
    );
  });

  test('APCA Lc equals Color.contrastAPCA(background, foreground) for any two sRGB colors', () => {
    fc.assert(
      fc.property(hex, hex, (fg, bg) => {
        expect(apcaLc(shown(cssToRgb(fg)), shown(cssToRgb(bg)))).toBeCloseTo(
          Color.contrastAPCA(new Color(bg), new Color(fg)),
          9,
        );
      }),
      { numRuns: 300 },
    );
  });

  test('APCA known value: #767676 on white is Lc 71.6, and light-on-dark is negative', () => {
    expect(apcaLc(shown(cssToRgb('#767676')), shown(cssToRgb('#fff')))).toBeCloseTo(71.57, 2);
    expect(apcaLc(shown(cssToRgb('#fff')), shown(cssToRgb('#000')))).toBeLessThan(-100);
  });
});

describe('compositing and colour input', () => {
  test('a translucent foreground is blended over its background before measuring', () => {
    // 50% black over white is sRGB 0.5 gray (gamma-space blend, as browsers do), shown as #808080.
    const blended = composite(cssToRgb('rgb(0 0 0 / 0.5)'), cssToRgb('#fff'));
    expect([blended.r, blended.g, blended.b, blended.alpha]).toEqual([0.5, 0.5, 0.5, 1]);
    expect(shown(blended).hex).toBe('#808080');
    expect(ratio('rgb(0 0 0 / 0.5)', '#fff')).toBeCloseTo(ratio('color(srgb 0.5 0.5 0.5)', '#fff'), 10);
    expect(ratio('rgb(0 0 0 / 0.5)', '#fff')).toBeLessThan(ratio('#000', '#fff'));
  });

  test('DTCG colour objects in any space are gamut-mapped to what sRGB screens show', () => {
    const white = dtcgToRgb({ colorSpace: 'oklch', components: [1, 0, 0] });
    expect(shown(white).hex).toBe('#ffffff');
    const p3 = dtcgToRgb({ colorSpace: 'display-p3', components: [1, 0, 0] });
    for (const c of [p3.r, p3.g, p3.b]) expect(c >= 0 && c <= 1).toBe(true);
    expect(dtcgToRgb({ colorSpace: 'srgb', components: [0, 0, 0], alpha: 0.4 }).alpha).toBe(0.4);
  });

  test('CSS colors of every kind parse; anything else is a clear error', () => {
    expect(shown(cssToRgb('rebeccapurple')).hex).toBe('#663399');
    expect(shown(cssToRgb('oklch(100% 0 0)')).hex).toBe('#ffffff');
    expect(shown(cssToRgb('hsl(0 0% 0%)')).hex).toBe('#000000');
    expect(() => cssToRgb('not-a-color')).toThrow(/"not-a-color" is not a CSS color/);
    expect(() => cssToRgb('#12')).toThrow(/is not a CSS color/);
  });
});
