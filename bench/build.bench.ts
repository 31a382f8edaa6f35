/**
 * Build time and peak memory of `livery build` (all platforms, 3 theme modes) beside a plain
 * Style Dictionary 5 `css/variables` build of the same tokens (one instance per mode, the way
 * Style Dictionary users build themes), measured in the same run, each in its own process.
 * Also: a warm rebuild of the default brand, which is what `livery build --watch` does per change.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import StyleDictionary from 'style-dictionary';
import { runBuild } from '../scripts/build/run-build.ts';
import { writeSyntheticBrand } from './synthetic/brand.ts';
import { printTable } from './synthetic/table.ts';

const self = fileURLToPath(import.meta.url);

async function measureChild(kind: string, dir: string, count: number): Promise<{ ms: number; mb: number }> {
  const out = execFileSync(process.execPath, [self, kind, dir, String(count)], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

async function child(kind: string, dir: string, count: number): Promise<void> {
  const brand = writeSyntheticBrand(dir, count);
  const started = performance.now();
  if (kind === 'livery') {
    await runBuild({ resolverFile: brand.resolver, outDir: join(dir, 'dist-livery') });
  } else {
    for (const [mode, files] of Object.entries(brand.modeFiles)) {
      const sd = new StyleDictionary({
        source: files,
        usesDtcg: true,
        log: { verbosity: 'silent', warnings: 'disabled' },
        platforms: {
          css: {
            transformGroup: 'css',
            buildPath: `${join(dir, 'dist-sd', mode)}/`,
            files: [{ destination: 'variables.css', format: 'css/variables', options: { outputReferences: true } }],
          },
        },
      });
      await sd.buildAllPlatforms();
    }
  }
  const ms = performance.now() - started;
  process.stdout.write(`${JSON.stringify({ ms, mb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

async function main(): Promise<void> {
  const [kind, dir, count] = process.argv.slice(2);
  if (kind) return child(kind, dir!, Number(count));

  const rows: string[][] = [
    [
      'tokens × 3 modes',
      'livery build (all platforms)',
      'Style Dictionary css/variables',
      'ratio',
      'livery peak',
      'SD peak',
    ],
  ];
  const perToken: number[] = [];
  for (const n of [1_000, 10_000, 40_000]) {
    const dir = mkdtempSync(join(tmpdir(), `livery-bench-${n}-`));
    try {
      const livery = await measureChild('livery', join(dir, 'l'), n);
      const sd = await measureChild('sd', join(dir, 's'), n);
      perToken.push(livery.ms / n);
      rows.push([
        n.toLocaleString('en'),
        `${Math.round(livery.ms)} ms`,
        `${Math.round(sd.ms)} ms`,
        `${(livery.ms / sd.ms).toFixed(2)}×`,
        `${Math.round(livery.mb)} MB`,
        `${Math.round(sd.mb)} MB`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  printTable(rows);
  process.stdout.write(
    `ms per token: ${perToken.map((x) => x.toFixed(3)).join(' / ')} (1k / 10k / 40k: flat means linear growth)\n`,
  );
  process.stdout.write('targets: within 3× of Style Dictionary at 10,000 tokens, linear, under 1 GB\n\n');

  // Warm rebuild of the default brand, as --watch does it on every change.
  const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
  const out = mkdtempSync(join(tmpdir(), 'livery-watch-'));
  const options = { resolverFile: join(root, 'tokens', 'livery.resolver.json'), outDir: out };
  await runBuild(options);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    await runBuild(options);
    times.push(performance.now() - started);
  }
  rmSync(out, { recursive: true, force: true });
  times.sort((a, b) => a - b);
  process.stdout.write(
    `default brand rebuild (watch mode, warm): median ${Math.round(times[2]!)} ms, worst ${Math.round(times[4]!)} ms (target < 300 ms)\n`,
  );
}

await main();
