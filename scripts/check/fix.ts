import type { Catalogue } from '../catalogue/catalogue.ts';
import { referenceName } from '../tokens/token.ts';
import {
  composite,
  dtcgToRgb,
  formatRatio,
  isDtcgColor,
  oklchToRgb,
  rgbToOklch,
  shown,
  wcagRatio,
  type Rgb,
} from './color.ts';
import type { PairResult } from './evaluate.ts';

/**
 * A concrete fix for a failing pair: the nearest step of the foreground's own ramp (the sibling
 * primitives of the one it points at in this permutation) that passes, by OKLCH lightness; when
 * no step passes, the nearest OKLCH lightness of the same chroma and hue that does.
 */
export interface ContrastFix {
  kind: 'ramp-step' | 'lightness';
  /** `{palette.neutral.700}` or an `oklch(…)` literal. */
  value: string;
  hex: string;
  ratio: number;
  /** The file and token to edit. */
  file: string;
  token: string;
  text: string;
}

/** The reference chain of a token in this permutation, ending on the token that holds the literal (the primitive). */
export function chainOf(catalogue: Catalogue, name: string, selection: Record<string, string>): string[] {
  const chain: string[] = [];
  let current: string | undefined = name;
  while (current !== undefined && !chain.includes(current) && catalogue.get(current)) {
    chain.push(current);
    current = referenceName(catalogue.writtenIn(current, selection)?.raw);
  }
  return chain;
}

const ramps = new WeakMap<Catalogue, Map<string, { name: string; rgb: Rgb; l: number }[]>>();

/** The colour tokens directly under `parent` (the steps of a ramp), indexed once per catalogue. */
function rampOf(catalogue: Catalogue, parent: string): { name: string; rgb: Rgb; l: number }[] {
  let byParent = ramps.get(catalogue);
  if (!byParent) {
    byParent = new Map();
    for (const t of catalogue.tokens.values()) {
      if (t.type !== 'color' || t.path.length < 2 || !isDtcgColor(t.value)) continue;
      const key = t.path.slice(0, -1).join('.');
      let list = byParent.get(key);
      if (!list) byParent.set(key, (list = []));
      list.push({ name: t.name, rgb: dtcgToRgb(t.value), l: NaN });
    }
    ramps.set(catalogue, byParent);
  }
  const steps = byParent.get(parent) ?? [];
  for (const step of steps) if (Number.isNaN(step.l)) step.l = rgbToOklch(step.rgb)[0];
  return steps;
}

function ratioOn(rgb: Rgb, result: PairResult): number {
  const fg = rgb.alpha >= 1 ? shown(rgb) : shown(composite(rgb, result.bg.shown.rgb));
  return wcagRatio(fg, result.bg.shown);
}

export function suggestFix(catalogue: Catalogue, result: PairResult): ContrastFix | undefined {
  const { selection } = result.permutation;
  const chain = chainOf(catalogue, result.fg.name, selection);
  const primitive = chain.length > 1 ? chain[chain.length - 1] : undefined;
  // The token to re-point is the one that refers to the primitive, in the file that sets it in this permutation.
  const decider = chain.length > 1 ? chain[chain.length - 2]! : result.fg.name;
  const target = { file: catalogue.writtenIn(decider, selection)?.file ?? result.fg.file, token: decider };
  const via =
    decider === result.fg.name ? '' : `${result.fg.name} resolves through ${chain.slice(1, -1).join(' → ')} here; `;
  const current = rgbToOklch(result.fg.rgb);
  const token = primitive ? catalogue.get(primitive) : undefined;
  if (token && primitive && token.path.length > 1) {
    const parent = token.path.slice(0, -1).join('.');
    const steps = rampOf(catalogue, parent)
      .filter((step) => step.name !== primitive)
      .map((step) => ({ ...step, ratio: ratioOn(step.rgb, result) }));
    const passing = steps
      .filter((s) => s.ratio >= result.required)
      .sort((a, b) => Math.abs(a.l - current[0]) - Math.abs(b.l - current[0]));
    const best = passing[0];
    if (best) {
      return {
        kind: 'ramp-step',
        value: `{${best.name}}`,
        hex: shown(best.rgb).hex,
        ratio: best.ratio,
        ...target,
        text:
          `${via}set ${target.token} to "{${best.name}}` +
          `" in ${target.file} (${formatRatio(best.ratio)}:1, nearest step of ${parent} (by OKLCH ` +
          `lightness) that reaches ${result.required})`,
      };
    }
  }
  const lightness = nearestLightness(result, current);
  if (lightness) {
    const value =
      `oklch(${(lightness.l * 100).toFixed(1)}% ${current[1].toFixed(3)} ` +
      `${current[2].toFixed(1)}${result.fg.rgb.alpha < 1 ? ` / ${result.fg.rgb.alpha}` : ''})`;
    return {
      kind: 'lightness',
      value,
      hex: shown(lightness.rgb).hex,
      ratio: lightness.ratio,
      ...target,
      text:
        `${via}no step of its ramp reaches ${result.required}; the nearest lightness that does is ` +
        `${value} (${shown(lightness.rgb).hex}, ${formatRatio(lightness.ratio)}:1): add it as a ` +
        `primitive and point ${target.token} at it in ${target.file}`,
    };
  }
  return {
    kind: 'lightness',
    value: '',
    hex: '',
    ratio: 0,
    ...target,
    text: `no lightness of this hue reaches ${result.required} on ${result.bg.name} (${result.bg.shown.hex}); change the background instead`,
  };
}

/** Smallest lightness change (0.01 steps, then 0.001 back towards the start, darker and lighter) that passes; the printed value is measured. */
function nearestLightness(
  result: PairResult,
  [l, c, h]: [number, number, number],
): { l: number; rgb: Rgb; ratio: number } | undefined {
  const alpha = result.fg.rgb.alpha;
  // The printed value rounds L to 0.1% and C to 0.001: measure exactly what will be printed.
  const at = (candidate: number) => {
    const rgb = oklchToRgb(candidate, Number(c.toFixed(3)), Number(h.toFixed(1)), alpha);
    return { l: candidate, rgb, ratio: ratioOn(rgb, result) };
  };
  const round = (x: number) => Math.round(x * 1000) / 1000;
  let best: { l: number; rgb: Rgb; ratio: number } | undefined;
  for (const direction of [-1, 1]) {
    let found: { l: number; rgb: Rgb; ratio: number } | undefined;
    for (let step = 1; step <= 100 && !found; step++) {
      const candidate = round(l + direction * step * 0.01);
      if (candidate < 0 || candidate > 1) break;
      const probe = at(candidate);
      if (probe.ratio >= result.required) found = probe;
    }
    if (!found) {
      const edge = at(direction < 0 ? 0 : 1);
      if (edge.ratio >= result.required) found = edge;
      else continue;
    }
    // Walk back in 0.001 steps to the passing lightness nearest the original.
    for (
      let candidate = round(found.l - direction * 0.001);
      direction < 0 ? candidate < l : candidate > l;
      candidate = round(candidate - direction * 0.001)
    ) {
      const probe = at(candidate);
      if (probe.ratio < result.required) break;
      found = probe;
    }
    if (!best || Math.abs(found.l - l) < Math.abs(best.l - l)) best = found;
  }
  return best;
}
