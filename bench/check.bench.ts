/**
 * `livery check` on 10,000 foreground tokens × 3 theme modes × 5 declared pairs each (150,000
 * measured pairs, plus every policy rule), target < 1 s; beside Terrazzo's `a11y/min-contrast`
 * lint rule (@terrazzo/parser, also colorjs.io-based) given the same 50,000 pairs per mode, in
 * the same run. Terrazzo has no modes, so it lints one resolved document per mode.
 *
 * The synthetic brand is generated here (tokens → the real `livery build` → dist/tokens.json),
 * untimed; what is timed is what `livery check` does after the build: read the catalogue,
 * resolve every permutation, measure, run the rules. Two shapes: semantic tokens that alias
 * 520 ramp steps (how brands are built), and a worst case where every foreground has its own colour.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, Logger, lintRunner, parse } from '@terrazzo/parser';
import { runBuild } from '../scripts/build/run-build.ts';
import { readCatalogue } from '../scripts/catalogue/read-catalogue.ts';
import { parseCheckConfig } from '../scripts/check/config.ts';
import { ruleIds } from '../scripts/check/rules/index.ts';
import { runCheck } from '../scripts/check/run-check.ts';
import { printTable } from './synthetic/table.ts';

const FOREGROUNDS = 10_000;
const BACKGROUNDS = 20;
const PAIRS = 5;
const RAMPS = 40;
const STEPS = [25, 50, 100, 200, 300, 400, 500, 600, 700, 800, 900, 950, 1000];
const MODES = ['light', 'dark', 'high-contrast'] as const;
const USAGES = ['body', 'body', 'large', 'non-text', 'body'] as const;

type Json = Record<string, any>;
const oklch = (l: number, c: number, h: number) => ({
  colorSpace: 'oklch',
  components: [Number(l.toFixed(4)), c, h],
  alpha: 1,
});
const stepL = (i: number) => 0.985 - (i / (STEPS.length - 1)) * 0.87;

/** Writes the synthetic brand; returns its resolver and, per mode, every colour as a literal (for the peer). */
export function writeBrand(
  dir: string,
  distinct: boolean,
): { resolver: string; pairs: { fg: string; bg: string; usage: string }[] } {
  mkdirSync(join(dir, 'themes'), { recursive: true });
  const palette: Json = { $type: 'color' };
  for (let r = 0; r < RAMPS; r++) {
    palette[`r${r}`] = Object.fromEntries(
      STEPS.map((s, i) => [s, { $value: oklch(stepL(i), 0.02 + (r % 8) * 0.015, (r * 37) % 360) }]),
    );
  }
  const unique: Json = { $type: 'color' };
  const semantic: Json = { color: { $type: 'color', bg: {}, fg: {}, focus: {} } };
  const dark: Json = { color: { bg: {}, fg: {}, focus: {} } };
  const hc: Json = { color: { bg: {}, fg: {}, focus: {} } };
  const ref = (r: number, step: number) => `{palette.r${r % RAMPS}.${step}}`;
  for (let b = 0; b < BACKGROUNDS; b++) {
    semantic.color.bg[`b${b}`] = { $value: ref(b, [25, 50, 100][b % 3]!), $description: `Background ${b}.` };
    dark.color.bg[`b${b}`] = { $value: ref(b, [900, 950, 1000][b % 3]!) };
    hc.color.bg[`b${b}`] = { $value: ref(b, 25) };
  }
  const pairs: { fg: string; bg: string; usage: string }[] = [];
  for (let f = 0; f < FOREGROUNDS; f++) {
    const on = Array.from({ length: PAIRS }, (_, k) => `b${(f + k * 3) % BACKGROUNDS}`);
    const usage = USAGES[f % USAGES.length]!;
    // Contrast declarations name backgrounds by reference, grouped by usage as in the brand's tokens.
    const declarations = [{ on: on.map((b) => `{color.bg.${b}}`), usage }];
    for (const b of on) pairs.push({ fg: `color.fg.f${f}`, bg: `color.bg.${b}`, usage });
    if (distinct) {
      // Worst case: every foreground has its own primitive in every mode (30,000 distinct colours).
      unique[`u${f}`] = {
        light: { $value: oklch(0.2 + (f % 97) / 400, 0.05, f % 360) },
        dark: { $value: oklch(0.85 + (f % 53) / 500, 0.04, f % 360) },
        hc: { $value: oklch(0.12 + (f % 31) / 1000, 0.03, f % 360) },
      };
      semantic.color.fg[`f${f}`] = {
        $value: `{unique.u${f}.light}`,
        $description: `Foreground ${f}.`,
        $extensions: { 'org.livery': { contrast: declarations } },
      };
      dark.color.fg[`f${f}`] = { $value: `{unique.u${f}.dark}` };
      hc.color.fg[`f${f}`] = { $value: `{unique.u${f}.hc}` };
    } else {
      semantic.color.fg[`f${f}`] = {
        $value: ref(f, [700, 800, 900, 950][f % 4]!),
        $description: `Foreground ${f}.`,
        $extensions: { 'org.livery': { contrast: declarations } },
      };
      dark.color.fg[`f${f}`] = { $value: ref(f, [50, 100, 200][f % 3]!) };
      hc.color.fg[`f${f}`] = { $value: ref(f, [950, 1000][f % 2]!) };
    }
  }
  const surfaces = Array.from({ length: BACKGROUNDS }, (_, b) => `{color.bg.b${b}}`);
  semantic.color.focus.ring = {
    $value: ref(7, 800),
    $description: 'Focus ring.',
    $extensions: { 'org.livery': { contrast: [{ on: surfaces, usage: 'non-text' }] } },
  };
  dark.color.focus.ring = { $value: ref(7, 100) };
  hc.color.focus.ring = { $value: ref(7, 1000) };
  writeFileSync(join(dir, 'primitives.tokens.json'), JSON.stringify(distinct ? { palette, unique } : { palette }));
  writeFileSync(join(dir, 'semantic.tokens.json'), JSON.stringify(semantic));
  writeFileSync(join(dir, 'themes', 'dark.tokens.json'), JSON.stringify(dark));
  writeFileSync(join(dir, 'themes', 'high-contrast.tokens.json'), JSON.stringify(hc));
  const resolver = join(dir, 'livery.resolver.json');
  writeFileSync(
    resolver,
    JSON.stringify({
      name: 'Synthetic',
      version: '2025.10',
      sets: {
        primitives: { sources: [{ $ref: 'primitives.tokens.json' }] },
        semantic: { sources: [{ $ref: 'semantic.tokens.json' }] },
      },
      modifiers: {
        theme: {
          default: 'light',
          contexts: {
            light: [],
            dark: [{ $ref: 'themes/dark.tokens.json' }],
            'high-contrast': [{ $ref: 'themes/high-contrast.tokens.json' }],
          },
        },
      },
      resolutionOrder: [{ $ref: '#/sets/primitives' }, { $ref: '#/sets/semantic' }, { $ref: '#/modifiers/theme' }],
    }),
  );
  return { resolver, pairs };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function terrazzo(
  dir: string,
  catalogueFile: string,
  pairs: { fg: string; bg: string; usage: string }[],
): Promise<{ ms: number; failures: number }> {
  // One resolved document per mode, with literal colours (from Livery's own catalogue, so both see the same values).
  const catalogue = readCatalogue(catalogueFile);
  let ms = 0;
  let failures = 0;
  for (const mode of MODES) {
    const values = catalogue.resolve(catalogue.selection({ theme: mode }));
    const doc: Json = { color: { $type: 'color', bg: {}, fg: {} } };
    for (const [name, value] of values) {
      const [, group, leaf] = name.split('.');
      if (name.startsWith('color.') && (group === 'bg' || group === 'fg')) doc.color[group][leaf!] = { $value: value };
    }
    const file = join(dir, `tz-${mode}.tokens.json`);
    writeFileSync(file, JSON.stringify(doc));
    const logger = new Logger({ level: 'error' });
    const config = defineConfig(
      {
        lint: {
          rules: {
            'a11y/min-contrast': [
              'error',
              {
                level: mode === 'high-contrast' ? 'AAA' : 'AA',
                pairs: pairs.map((p) => ({ foreground: p.fg, background: p.bg, largeText: p.usage !== 'body' })),
              },
            ],
          },
        },
      },
      { logger, cwd: new URL(`file://${dir}/`) },
    );
    const src = [{ filename: new URL(`file://${file}`), src: JSON.stringify(doc) }];
    const parsed = await parse(src, { logger, config, skipLint: true });
    const started = performance.now();
    try {
      await lintRunner({ tokens: parsed.tokens, config, sources: parsed.sources, logger });
    } catch {
      failures++;
    }
    ms += performance.now() - started;
  }
  return { ms, failures };
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'livery-check-bench-'));
  const cli = resolve(fileURLToPath(import.meta.url), '..', '..', 'bin', 'livery.js');
  const hasCli = existsSync(resolve(cli, '..', '..', 'dist', 'lib', 'livery.js'));
  const rows = [
    [
      'shape',
      'tokens',
      'pairs measured',
      'livery check (in-process, median of 5)',
      'first run',
      'livery check CLI (process)',
      'Terrazzo a11y/min-contrast (lint only)',
      'errors',
    ],
  ];
  try {
    for (const distinct of [false, true]) {
      const dir = join(root, distinct ? 'distinct' : 'aliased');
      const { resolver, pairs } = writeBrand(dir, distinct);
      const cwd = process.cwd();
      process.chdir(dir);
      await runBuild({ resolverFile: resolver, outDir: join(dir, 'dist') });
      process.chdir(cwd);
      const catalogueFile = join(dir, 'dist', 'tokens.json');
      const config = parseCheckConfig(undefined, 'defaults', ruleIds);
      const times: number[] = [];
      let report;
      for (let i = 0; i < 5; i++) {
        global.gc?.();
        const started = performance.now();
        report = runCheck(readCatalogue(catalogueFile), config);
        times.push(performance.now() - started);
      }
      let cliMs = NaN;
      if (hasCli) {
        const started = performance.now();
        try {
          execFileSync(
            process.execPath,
            [cli, 'check', '--catalogue', catalogueFile, '--out', join(dir, 'check.txt')],
            { cwd: dir, stdio: 'pipe' },
          );
        } catch {
          // exit 1 when pairs fail: still timed
        }
        cliMs = performance.now() - started;
      }
      const tz = await terrazzo(dir, catalogueFile, pairs);
      rows.push([
        distinct ? 'stress: 30,000 distinct colours' : 'aliases of 520 ramp steps',
        report!.catalogue.tokens.size.toLocaleString('en'),
        report!.contrast.results.length.toLocaleString('en'),
        `${Math.round(median(times))} ms`,
        `${Math.round(times[0]!)} ms`,
        hasCli ? `${Math.round(cliMs)} ms` : 'n/a (npm run build:cli first)',
        `${Math.round(tz.ms)} ms`,
        `${report!.errors}`,
      ]);
      // The target is for the specified shape (aliases); the distinct-colour row is a stress figure.
      if (!distinct && median(times) > 1000) process.exitCode = 1;
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  printTable(rows);
  process.stdout.write(
    `target: livery check (in-process, median) < 1,000 ms for ` +
      `${FOREGROUNDS.toLocaleString('en')} tokens × ${MODES.length} modes × ${PAIRS} pairs; the ` +
      `CLI figure is the whole process (Node start-up, loading the CLI, reading the catalogue ` +
      `JSON, writing the text report).\n`,
  );
  process.stdout.write(
    'Terrazzo lints one mode at a time with no policy rules; Livery resolves all 3 permutations, measures WCAG + APCA and runs every rule.\n',
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
