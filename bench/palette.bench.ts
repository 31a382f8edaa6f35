/**
 * `livery palette`: time to generate a 12-step ramp checked against every surface of every theme ×
 * brand of Livery's own catalogue (7 surface tokens × 6 permutations = 42 surfaces), beside two
 * peers given the same colors and the same per-step targets, in the same run:
 *  - Adobe Leonardo (@adobe/leonardo-contrast-colors), which solves ratios against one background
 *    at a time: one Theme on the lightest light surface for the dark steps, one on the darkest dark
 *    surface for the light steps;
 *  - a naive search with colorjs.io only: each step walks OKLCH lightness in 0.002 steps until
 *    colorjs's WCAG21 and APCA contrast meet its targets against every surface of its polarity.
 * Every output is then verified with colorjs.io against all 42 surfaces (as 8-bit hex, as tools
 * read them): steps meeting their WCAG target, and WCAG and APCA, everywhere are the quality
 * figures beside the time. Leonardo is given WCAG ratios only (it solves one formula at a time).
 */
import { BackgroundColor, Color as LeonardoColor, Theme } from '@adobe/leonardo-contrast-colors';
import Color from 'colorjs.io';
import { readCatalogue } from '../scripts/catalogue/read-catalogue.ts';
import { readInputColor } from '../scripts/authoring/color-input.ts';
import { generateRamp } from '../scripts/authoring/palette-solver.ts';
import { planSteps } from '../scripts/authoring/ramp-scale.ts';
import { surfacesOf } from '../scripts/authoring/surfaces.ts';
import { printTable } from './synthetic/table.ts';

// Leonardo 1.1's Theme reads its colors' deprecated `colorspace` getter itself and warns on every call.
const warn = console.warn;
console.warn = (...args: unknown[]) =>
  String(args[0]).startsWith('Leonardo: `colorspace`') ? undefined : warn(...args);

const INPUTS = [
  '#2147c0',
  '#e4572e',
  '#0f9d58',
  '#f5d90a',
  '#8e44ad',
  '#00a3bf',
  '#d81b60',
  '#795548',
  '#ff9800',
  '#3f51b5',
  '#4caf50',
  '#9c27b0',
  '#607d8b',
  '#c0ca33',
  '#1e88e5',
  '#6d4c41',
];
const catalogue = readCatalogue();
const surfaces = surfacesOf(catalogue);
const plans = planSteps(12);
const checked = surfaces.map((s) => ({ polarity: s.polarity, color: new Color(s.shown.hex) }));

/** Steps (of 12) whose colour meets its WCAG and APCA target against every surface it faces, by colorjs.io. */
function meeting(hexes: string[], apca: boolean): number {
  return hexes.filter((hex, i) => {
    const ink = new Color(hex);
    const t = plans[i]!.target;
    return checked
      .filter((s) => s.polarity === t.facing)
      .every(
        (s) =>
          ink.contrast(s.color, 'WCAG21') >= t.wcag && (!apca || Math.abs(s.color.contrast(ink, 'APCA')) >= t.apca),
      );
  }).length;
}

function livery(input: string): string[] {
  return generateRamp(readInputColor(input, 'srgb'), { name: 'x', steps: 12, gamut: 'srgb', surfaces }).steps.map(
    (s) => s.hex,
  );
}

const lightest = checked.filter((s) => s.polarity === 'light').sort((a, b) => b.color.luminance - a.color.luminance)[0]!
  .color;
const darkestFacing = checked
  .filter((s) => s.polarity === 'dark')
  .sort((a, b) => b.color.luminance - a.color.luminance)[0]!.color;

function leonardo(input: string): string[] {
  const out: string[] = [];
  for (const [facing, background] of [
    ['dark', darkestFacing],
    ['light', lightest],
  ] as const) {
    const steps = plans.filter((p) => p.target.facing === facing);
    const bg = new BackgroundColor({
      name: 'bg',
      colorKeys: [background.to('srgb').toString({ format: 'hex' }) as `#${string}`],
      ratios: [1],
    });
    const color = new LeonardoColor({
      name: 'ramp',
      colorKeys: [input as `#${string}`],
      ratios: steps.map((p) => p.target.wcag),
      colorSpace: 'OKLCH',
    } as never);
    const theme = new Theme({
      colors: [bg, color],
      backgroundColor: bg,
      lightness: Math.round(background.to('lab').coords[0] as number),
    });
    const ramp = (theme.contrastColors as { name?: string; values?: { value: string }[] }[]).find(
      (c) => c.name === 'ramp',
    )!;
    out.push(...ramp.values!.map((v) => v.value));
  }
  return out;
}

function naive(input: string): string[] {
  const base = new Color(input).to('oklch');
  return plans.map((plan) => {
    const facing = checked.filter((s) => s.polarity === plan.target.facing);
    const direction = plan.target.facing === 'light' ? -1 : 1;
    let l = plan.lightness;
    for (;;) {
      const c = new Color('oklch', [l, base.coords[1] ?? 0, base.coords[2] ?? 0]).toGamut({
        space: 'srgb',
        method: 'css',
      });
      const ok = facing.every(
        (s) =>
          c.contrast(s.color, 'WCAG21') >= plan.target.wcag &&
          Math.abs(s.color.contrast(c, 'APCA')) >= plan.target.apca,
      );
      if (ok || l <= 0 || l >= 1) return c.to('srgb').toString({ format: 'hex' });
      l = Math.min(1, Math.max(0, l + direction * 0.002));
    }
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function run(name: string, generate: (input: string) => string[]): string[] {
  generate(INPUTS[0]!); // warm-up
  const times: number[] = [];
  let met = 0;
  let wcagOnly = 0;
  for (const input of INPUTS) {
    const started = performance.now();
    const hexes = generate(input);
    times.push(performance.now() - started);
    met += meeting(hexes, true);
    wcagOnly += meeting(hexes, false);
  }
  return [
    name,
    `${median(times).toFixed(1)} ms`,
    `${Math.max(...times).toFixed(1)} ms`,
    `${wcagOnly} / ${INPUTS.length * 12}`,
    `${met} / ${INPUTS.length * 12}`,
  ];
}

process.stdout.write(
  `12-step ramp from ${INPUTS.length} colors, checked against ${surfaces.length} surfaces ` +
    `(${new Set(surfaces.map((s) => s.token)).size} surface tokens × ` +
    `${new Set(surfaces.map((s) => s.permutation)).size} permutations)\n`,
);
printTable([
  [
    'generator',
    'median per ramp',
    'slowest',
    'steps meeting WCAG target on every surface',
    'WCAG and APCA (colorjs.io)',
  ],
  run('livery palette', livery),
  run('Leonardo 1.1 (one background per polarity)', leonardo),
  run('colorjs.io naive lightness search', naive),
]);
