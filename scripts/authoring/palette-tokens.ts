import { LIVERY_EXTENSION } from '../tokens/token.ts';
import type { Oklch } from './color-input.ts';
import type { Ramp, RampStep } from './palette-solver.ts';

/**
 * A generated ramp as DTCG 2025.10 color tokens: OKLCH components with the sRGB hex fallback, and
 * each step's declared target and the contrast it achieved (with the weakest surface) under
 * `$extensions["org.livery"].palette`, so the evidence travels with the value.
 */
const oklchText = (o: Oklch) => `oklch(${(o.l * 100).toFixed(2)}% ${o.c} ${o.h})`;

export function stepToken(step: RampStep): Record<string, unknown> {
  const t = step.target;
  return {
    $value: { colorSpace: 'oklch', components: [step.oklch.l, step.oklch.c, step.oklch.h], alpha: 1, hex: step.hex },
    $extensions: {
      [LIVERY_EXTENSION]: {
        palette: {
          target: { facing: `${t.facing} surfaces`, usage: t.usage, level: t.level, wcag: t.wcag, apcaLc: t.apca },
          achieved: {
            wcag: Math.floor(step.achieved.wcag * 100) / 100,
            apcaLc: Math.trunc(step.achieved.apca * 10) / 10,
            surfaces: step.achieved.surfaces,
            ...(step.achieved.weakest ? { weakest: step.achieved.weakest } : {}),
          },
          met: step.met,
          ...(step.isInput ? { input: true } : {}),
          ...(step.note ? { note: step.note } : {}),
        },
      },
    },
  };
}

export function rampGroup(ramp: Ramp, command: string): Record<string, unknown> {
  const group: Record<string, unknown> = {
    $type: 'color',
    $description:
      `Generated from ${oklchText(ramp.input)} by \`${command}\`: steps luminance-matched to ` +
      `the shared lightness scale, each meeting its contrast target against every surface of ` +
      `every theme and brand${ramp.gamut === 'p3' ? ' (Display P3 values, sRGB hex fallback measured)' : ''}` +
      `.`,
    $extensions: { [LIVERY_EXTENSION]: { generated: { from: oklchText(ramp.input), gamut: ramp.gamut, command } } },
  };
  for (const step of ramp.steps) group[step.name] = stepToken(step);
  return group;
}

export function paletteFile(ramps: Ramp[], command: string): string {
  const palette: Record<string, unknown> = {};
  for (const ramp of ramps) palette[ramp.name] = rampGroup(ramp, command);
  return `${JSON.stringify({ palette }, null, 2)}\n`;
}
