import type { Usage } from '../check/config.ts';
import { WCAG_LEVELS } from '../check/evaluate.ts';
import { contrastApca } from '../check/rules/contrast-apca.ts';

/**
 * The shape of a generated ramp: step names, the lightness each step sits at, and the contrast it
 * promises. One owner for these facts, read by `livery palette` and `livery init`.
 *
 * Lightness is the neutral scale Livery's own ramps share (OKLCH L of palette.neutral 25…950). A step
 * of any hue is matched to the relative luminance of the neutral at that L, so every hue's step has
 * the same WCAG contrast against any surface: roles read the same in every ramp.
 */
export const LIVERY_STEP_NAMES = ['25', '50', '100', '200', '300', '400', '500', '600', '700', '800', '900', '950'];
const LIVERY_LIGHTNESS = [0.985, 0.97, 0.93, 0.865, 0.79, 0.71, 0.625, 0.535, 0.455, 0.38, 0.31, 0.245];

export const MIN_STEPS = 5;
export const MAX_STEPS = 20;

/** Which surfaces a step is read against: light steps are ink on dark surfaces, dark steps ink on light ones. */
export type Facing = 'dark' | 'light';
export type Level = 'AA' | 'AAA';

export interface StepTarget {
  facing: Facing;
  usage: Usage;
  level: Level;
  /** WCAG 2.x ratio from `livery check`'s levels (WCAG_LEVELS). */
  wcag: number;
  /** Minimum |Lc| from the contrast-apca rule's defaults. */
  apca: number;
}

export interface StepPlan {
  name: string;
  /** Position on the scale, 0 (lightest) … 1 (darkest). */
  position: number;
  /** OKLCH L of the neutral this step is luminance-matched to. */
  lightness: number;
  target: StepTarget;
}

/** Roles along the scale (position → facing, usage, level), read from the ends towards the middle. */
const ROLES: { upTo: number; facing: Facing; usage: Usage; level: Level }[] = [
  { upTo: 0.1, facing: 'dark', usage: 'body', level: 'AAA' },
  { upTo: 0.3, facing: 'dark', usage: 'body', level: 'AA' },
  { upTo: 0.47, facing: 'dark', usage: 'non-text', level: 'AA' },
  { upTo: 0.6, facing: 'light', usage: 'non-text', level: 'AA' },
  { upTo: 0.76, facing: 'light', usage: 'body', level: 'AA' },
  { upTo: 1, facing: 'light', usage: 'body', level: 'AAA' },
];

export function targetFor(facing: Facing, usage: Usage, level: Level): StepTarget {
  const wcag = (level === 'AAA' ? WCAG_LEVELS.aaa : WCAG_LEVELS.aa)[usage];
  return { facing, usage, level, wcag, apca: contrastApca.defaultOptions[usage] };
}

/** Linear interpolation on Livery's lightness scale, so any step count keeps the same curve. */
function lightnessAt(position: number): number {
  const x = position * (LIVERY_LIGHTNESS.length - 1);
  const i = Math.min(LIVERY_LIGHTNESS.length - 2, Math.floor(x));
  const f = x - i;
  return LIVERY_LIGHTNESS[i]! * (1 - f) + LIVERY_LIGHTNESS[i + 1]! * f;
}

/** Step names: Livery's for 12 steps, otherwise 100, 200, … (×50 past 20 would not be needed). */
export function stepNames(steps: number): string[] {
  if (steps === LIVERY_STEP_NAMES.length) return [...LIVERY_STEP_NAMES];
  return Array.from({ length: steps }, (_, i) => String((i + 1) * 100));
}

export function planSteps(steps: number): StepPlan[] {
  const names = stepNames(steps);
  return names.map((name, i) => {
    const position = steps === 1 ? 0.5 : i / (steps - 1);
    const role = ROLES.find((r) => position <= r.upTo + 1e-9)!;
    return { name, position, lightness: lightnessAt(position), target: targetFor(role.facing, role.usage, role.level) };
  });
}
