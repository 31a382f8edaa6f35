/**
 * Property: for any brand color, every step the generator reports as met meets its declared
 * WCAG 2.1 and APCA targets against every surface of every permutation, measured by colorjs.io's
 * own contrast functions (not `livery check`'s maths the generator uses), from the values as
 * written; steps reported unreachable really are below target, with the reason. Surfaces come from
 * the repository's built catalogue (every theme × brand).
 */
import Color from 'colorjs.io';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readCatalogue } from '../catalogue/read-catalogue.ts';
import { isDtcgColor, shown } from '../check/color.ts';
import { permutationsOf } from '../catalogue/permutations.ts';
import { paletteFile } from './palette-tokens.ts';
import { generateRamp } from './palette-solver.ts';
import { readInputColor, ColorInputError } from './color-input.ts';
import { planSteps } from './ramp-scale.ts';
import { polarityOf, surfacesOf } from './surfaces.ts';

const catalogue = readCatalogue();
const surfaces = surfacesOf(catalogue);

/** Every surface token in every permutation, converted by colorjs.io alone from the resolved DTCG value. */
const independentSurfaces = permutationsOf(catalogue).flatMap((p) => {
  const values = catalogue.resolve(p.selection);
  return [...catalogue.tokens.values()]
    .filter((t) => t.type === 'color' && t.path[0] === 'color' && t.path[1] === 'surface' && t.path.length === 3)
    .map((t) => {
      const v = values.get(t.name);
      if (!isDtcgColor(v)) throw new Error(`${t.name} is not a color`);
      const space = v.colorSpace === 'display-p3' ? 'p3' : v.colorSpace;
      const color = new Color(
        space,
        v.components.map((c) => (c === 'none' ? 0 : c)) as [number, number, number],
        v.alpha ?? 1,
      )
        .toGamut({ space: 'srgb', method: 'css' })
        .to('srgb');
      expect(color.alpha.valueOf()).toBe(1);
      const polarity = color.contrast('white', 'WCAG21') > color.contrast('black', 'WCAG21') ? 'dark' : 'light';
      return { name: `${t.name}@${p.name}`, color, polarity };
    });
});

const written = (step: { oklch: { l: number; c: number; h: number } }, gamut: 'srgb' | 'p3') => {
  const c = new Color('oklch', [step.oklch.l, step.oklch.c, step.oklch.h]);
  return gamut === 'srgb' ? c.to('srgb') : c.toGamut({ space: 'srgb', method: 'css' }).to('srgb');
};

const hex = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map(([r, g, b]) => `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`);

describe('palette generation', () => {
  test('the surfaces are every surface token in every theme × brand permutation', () => {
    expect(surfaces.length).toBe(independentSurfaces.length);
    expect(new Set(surfaces.map((s) => s.permutation)).size).toBe(permutationsOf(catalogue).length);
    expect(surfaces.filter((s) => s.polarity === 'dark').length).toBe(
      independentSurfaces.filter((s) => s.polarity === 'dark').length,
    );
  });

  test('property: every step meets its declared targets against every surface, verified by colorjs.io (WCAG21 and APCA)', () => {
    let steps = 0;
    let unreachable = 0;
    fc.assert(
      fc.property(hex, fc.boolean(), (input, p3) => {
        const gamut = p3 ? 'p3' : 'srgb';
        const ramp = generateRamp(readInputColor(input, gamut), { name: 'x', steps: 12, gamut, surfaces });
        let previousY = Infinity;
        for (const step of ramp.steps) {
          const ink = written(step, gamut);
          const facing = independentSurfaces.filter((s) => s.polarity === step.target.facing);
          const wcag = Math.min(...facing.map((s) => ink.contrast(s.color, 'WCAG21')));
          const apca = Math.min(...facing.map((s) => Math.abs(s.color.contrast(ink, 'APCA'))));
          steps++;
          if (step.met) {
            expect(wcag, `${input} step ${step.name}`).toBeGreaterThanOrEqual(step.target.wcag);
            expect(apca, `${input} step ${step.name}`).toBeGreaterThanOrEqual(step.target.apca - 1e-9);
          } else {
            unreachable++;
            expect(wcag < step.target.wcag || apca < step.target.apca).toBe(true);
            expect(step.note).toMatch(/unreachable for this hue.*closest achievable is/);
          }
          // The ramp runs light to dark: luminance never rises from one step to the next.
          const y = ink.luminance;
          expect(y).toBeLessThanOrEqual(previousY + 1e-9);
          previousY = y;
          if (gamut === 'srgb')
            expect(new Color('oklch', [step.oklch.l, step.oklch.c, step.oklch.h]).inGamut('srgb')).toBe(true);
          else expect(new Color('oklch', [step.oklch.l, step.oklch.c, step.oklch.h]).inGamut('p3')).toBe(true);
        }
      }),
      { numRuns: 60, seed: 19 },
    );
    expect(steps).toBe(60 * 12);
    // On Livery's own surfaces the declared targets are reachable for every hue.
    expect(unreachable).toBe(0);
  });

  test('lightness is matched across hues: a step has the same luminance in every ramp unless its target moved it', () => {
    const plans = planSteps(12);
    const ramps = ['#d92d20', '#0f9d58', '#2147c0', '#f5d90a', '#8e44ad'].map((c) =>
      generateRamp(readInputColor(c, 'srgb'), { name: 'x', steps: 12, gamut: 'srgb', surfaces }),
    );
    plans.forEach((plan, i) => {
      const gray = new Color('oklch', [plan.lightness, 0, 0]).luminance;
      for (const ramp of ramps) {
        const step = ramp.steps[i]!;
        if (step.note || step.isInput) continue;
        expect(Math.abs(written(step, 'srgb').luminance - gray) / gray, `${ramp.input.h} ${plan.name}`).toBeLessThan(
          0.01,
        );
      }
    });
  });

  test("the DTCG file carries each step's target and achieved contrast, and parses as DTCG 2025.10 colors", () => {
    const ramp = generateRamp(readInputColor('#0f9d58', 'srgb'), {
      name: 'signal',
      steps: 12,
      gamut: 'srgb',
      surfaces,
    });
    const file = JSON.parse(paletteFile([ramp], 'liverykit palette --from "#0f9d58"'));
    const step = file.palette.signal['600'];
    expect(step.$value).toMatchObject({ colorSpace: 'oklch', alpha: 1, hex: expect.stringMatching(/^#[0-9a-f]{6}$/) });
    expect(step.$extensions['org.livery'].palette).toMatchObject({
      target: { usage: 'body', level: 'AA', wcag: 4.5, apcaLc: 75 },
      achieved: { wcag: expect.any(Number), surfaces: expect.any(Number) },
      met: true,
    });
  });

  test('an unreachable target is said so, with the closest achievable', () => {
    // A brand whose only surfaces are mid-grey: steps cannot reach AAA on them within their slots.
    const grey = shown({ r: 0.55, g: 0.55, b: 0.55, alpha: 1 });
    const midGrey = { token: 'color.surface.mid', permutation: 'light', polarity: polarityOf(grey), shown: grey };
    const ramp = generateRamp(readInputColor('#2147c0', 'srgb'), {
      name: 'x',
      steps: 12,
      gamut: 'srgb',
      surfaces: [midGrey],
    });
    const failed = ramp.steps.filter((s) => !s.met);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed[0]!.note).toMatch(
      /unreachable for this hue within its slot: .* the closest achievable is \d+\.\d\d:1 and Lc \d+\.\d/,
    );
  });

  test('bad input: not a color, translucent, outside the gamut (with the nearest color inside it)', () => {
    expect(() => readInputColor('blurple', 'srgb')).toThrow(/--from "blurple" is not a CSS color/);
    expect(() => readInputColor('#2147c080', 'srgb')).toThrow(/translucent/);
    expect(() => readInputColor('oklch(0.7 0.4 150)', 'srgb')).toThrow(ColorInputError);
    expect(() => readInputColor('oklch(0.7 0.4 150)', 'srgb')).toThrow(
      /outside the sRGB gamut .* use oklch\(.*\) \(#[0-9a-f]{6}\) or pass --p3/,
    );
    expect(() => readInputColor('color(display-p3 0 1 0)', 'srgb')).toThrow(/outside the sRGB gamut/);
    expect(readInputColor('color(display-p3 0 1 0)', 'p3').c).toBeGreaterThan(0.3);
  });
});
