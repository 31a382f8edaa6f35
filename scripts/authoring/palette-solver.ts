import { apcaLc, oklchToRgb, rgbToHex, shown, wcagRatio, type Rgb, type Shown } from '../check/color.ts';
import { isInGamut, maxChroma, type Gamut, type Oklch } from './color-input.ts';
import { planSteps, type StepPlan, type StepTarget } from './ramp-scale.ts';
import type { Surface } from './surfaces.ts';

/**
 * Generates one OKLCH ramp from a color: each step is luminance-matched to its place on the shared
 * lightness scale, then moved (within its slot, towards more contrast) until it meets its declared
 * WCAG 2.x and APCA targets against every surface of the polarity it faces, in every permutation.
 * Contrast is measured with `livery check`'s own colour maths on the sRGB colour a screen shows
 * (for --p3, the sRGB fallback), after the value is rounded as it is written.
 */
export interface Achieved {
  wcag: number;
  apca: number;
  /** The surface with the least contrast, where the figure was measured. */
  weakest?: { token: string; permutation: string; hex: string };
  /** How many surface × permutation combinations were measured. */
  surfaces: number;
}

export interface RampStep {
  name: string;
  oklch: Oklch;
  /** sRGB hex as shown (gamut-mapped from P3 for --p3). */
  hex: string;
  target: StepTarget;
  achieved: Achieved;
  met: boolean;
  /** True when the step is the input color itself. */
  isInput: boolean;
  /** Why the step left its place on the scale, or why its target cannot be met. */
  note?: string;
}

export interface Ramp {
  name: string;
  input: Oklch;
  gamut: Gamut;
  steps: RampStep[];
  unreachable: RampStep[];
}

export interface RampOptions {
  name: string;
  steps: number;
  gamut: Gamut;
  surfaces: Surface[];
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));
const quantize = (rgb: Rgb): Rgb => ({
  r: Math.round(rgb.r * 255) / 255,
  g: Math.round(rgb.g * 255) / 255,
  b: Math.round(rgb.b * 255) / 255,
  alpha: 1,
});

/** Tints and shades lose colourfulness towards the ends of the scale, as in Livery's own ramps. */
function taper(position: number): number {
  if (position < 0.3) return 0.3 + 0.7 * (position / 0.3);
  if (position > 0.8) return 1 - 0.45 * ((position - 0.8) / 0.2);
  return 1;
}

export function generateRamp(input: Oklch, options: RampOptions): Ramp {
  const plans = planSteps(options.steps);
  const relativeChroma =
    input.c === 0 ? 0 : Math.min(1, input.c / Math.max(1e-6, maxChroma(input.l, input.h, options.gamut)));
  // Each surface also as its 8-bit hex, as 8-bit outputs and tools that read hex show it.
  const quantized = options.surfaces.map((s) => ({ ...s, hexShown: shown(quantize(s.shown.rgb)) }));
  const byFacing = {
    light: quantized.filter((s) => s.polarity === 'light'),
    dark: quantized.filter((s) => s.polarity === 'dark'),
  };

  // Values are written to four decimals, so the gamut edge is needed at 10,001 lightnesses at most.
  const edge = new Map<number, number>();
  const edgeAt = (l: number) => {
    let c = edge.get(l);
    if (c === undefined) edge.set(l, (c = maxChroma(l, input.h, options.gamut)));
    return c;
  };
  const colorAt = (l: number, plan: StepPlan): Oklch => {
    const lr = round(Math.min(1, Math.max(0, l)), 4);
    // Rounded down, so the written value stays inside the gamut.
    const c = Math.floor(Math.min(edgeAt(lr), relativeChroma * edgeAt(lr) * taper(plan.position)) * 1e4) / 1e4;
    return { l: lr, c: Math.max(0, c), h: round(input.h, 2) };
  };
  const shownOf = (o: Oklch): Shown => shown(oklchToRgb(o.l, o.c, o.h));
  const measure = (o: Oklch, target: StepTarget): Achieved => {
    const exact = shownOf(o);
    // The hex fallback (and 8-bit outputs: email, native) must meet the target too.
    const hex = shown(quantize(exact.rgb));
    const surfaces = byFacing[target.facing];
    let wcag = Infinity;
    let apca = Infinity;
    let weakest: Surface | undefined;
    let weakestScore = Infinity;
    for (const s of surfaces) {
      const ratio = Math.min(
        wcagRatio(exact, s.shown),
        wcagRatio(hex, s.shown),
        wcagRatio(exact, s.hexShown),
        wcagRatio(hex, s.hexShown),
      );
      const lc = Math.min(
        Math.abs(apcaLc(exact, s.shown)),
        Math.abs(apcaLc(hex, s.shown)),
        Math.abs(apcaLc(exact, s.hexShown)),
        Math.abs(apcaLc(hex, s.hexShown)),
      );
      wcag = Math.min(wcag, ratio);
      apca = Math.min(apca, lc);
      const score = Math.min(ratio / target.wcag, lc / target.apca);
      if (score < weakestScore) [weakestScore, weakest] = [score, s];
    }
    if (!surfaces.length) return { wcag: 0, apca: 0, surfaces: 0 };
    return {
      wcag,
      apca,
      surfaces: surfaces.length,
      weakest: { token: weakest!.token, permutation: weakest!.permutation, hex: weakest!.shown.hex },
    };
  };

  // Luminance of the neutral at each step's lightness: the value every hue is matched to.
  const grayY = plans.map((p) => shownOf({ l: p.lightness, c: 0, h: 0 }).y);
  const matched = plans.map((plan, i) => {
    let lo = 0;
    let hi = 1;
    for (let k = 0; k < 16; k++) {
      const mid = (lo + hi) / 2;
      if (shownOf(colorAt(mid, plan)).y < grayY[i]!) lo = mid;
      else hi = mid;
    }
    return (lo + hi) / 2;
  });

  // The input color stands in for the step nearest to it in luminance when it meets that step's target.
  const inputY = shownOf(input).y;
  let inputStep = 0;
  for (let i = 1; i < plans.length; i++)
    if (Math.abs(grayY[i]! - inputY) < Math.abs(grayY[inputStep]! - inputY)) inputStep = i;

  const steps: RampStep[] = plans.map((plan, i) => {
    const target = plan.target;
    // A step may move towards more contrast (darker for ink on light surfaces), but not past the
    // next step's place on the scale; the ends may go as far as black or white.
    const next = target.facing === 'light' ? i + 1 : i - 1;
    const bound = plans[next] ? matched[next]! : target.facing === 'light' ? 0 : 1;
    const exactInput = { l: round(input.l, 4), c: round(input.c, 4), h: round(input.h, 2) };
    while (exactInput.c > 0 && !isInGamut(exactInput, options.gamut)) exactInput.c = round(exactInput.c - 1e-4, 4);
    if (i === inputStep) {
      const achieved = measure(exactInput, target);
      if (meets(achieved, target)) return step(plan.name, exactInput, target, achieved, true);
    }
    let best = colorAt(matched[i]!, plan);
    let achieved = measure(best, target);
    let note: string | undefined;
    if (!meets(achieved, target)) {
      const atBound = colorAt(bound, plan);
      const boundAchieved = measure(atBound, target);
      if (!meets(boundAchieved, target)) {
        best = atBound;
        achieved = boundAchieved;
        note = unreachableNote(plan, achieved);
      } else {
        // Bisection between the matched place (fails) and the bound (meets): the least move that meets.
        let fail = matched[i]!;
        let pass = bound;
        for (let k = 0; k < 18 && Math.abs(pass - fail) > 5e-5; k++) {
          const mid = (fail + pass) / 2;
          if (meets(measure(colorAt(mid, plan), target), target)) pass = mid;
          else fail = mid;
        }
        // colorAt rounds as the value is written, so the passing side was measured as written.
        best = colorAt(pass, plan);
        achieved = measure(best, target);
        note = `moved ${target.facing === 'light' ? 'darker' : 'lighter'} from L ${round(matched[i]!, 3)} to ${best.l} to meet its target`;
      }
    }
    return step(plan.name, best, target, achieved, false, note);
  });
  return { name: options.name, input, gamut: options.gamut, steps, unreachable: steps.filter((s) => !s.met) };
}

/** A step meets its target when both figures reach it (nothing to measure against meets any). */
const meets = (a: Achieved, t: StepTarget) => a.surfaces === 0 || (a.wcag >= t.wcag && a.apca >= t.apca);

/** A solved step as reported: the color with its hex, and whether it meets its target. */
function step(
  name: string,
  oklch: Oklch,
  target: StepTarget,
  achieved: Achieved,
  isInput: boolean,
  note?: string,
): RampStep {
  const hex = rgbToHex(oklchToRgb(oklch.l, oklch.c, oklch.h));
  return { name, oklch, hex, target, achieved, met: meets(achieved, target), isInput, ...(note ? { note } : {}) };
}

function unreachableNote(plan: StepPlan, achieved: Achieved): string {
  const t = plan.target;
  const where = achieved.weakest
    ? ` (weakest: ${achieved.weakest.token} in ${achieved.weakest.permutation}, ${achieved.weakest.hex})`
    : '';
  return (
    `unreachable for this hue within its slot: ${t.level} ${t.usage} needs ${t.wcag}:1 and ` +
    `APCA Lc ${t.apca} on ${t.facing} surfaces; the closest achievable is ` +
    `${achieved.wcag.toFixed(2)}:1 and Lc ${achieved.apca.toFixed(1)}${where}`
  );
}
