/**
 * 10,000 tokens with 3 themes × 2 brands: `livery build` time beside a plain Style Dictionary 5
 * css/variables build of the same tokens (one instance per permutation, as SD users must do
 * without resolver support), and the CSS Livery emits beside a naive output that repeats every
 * token for every permutation (what Terrazzo emits today, terrazzo#654).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import StyleDictionary from 'style-dictionary';
import { cssDeclarations } from '../scripts/build/css-declarations.ts';
import { printCss, type CssRule } from '../scripts/build/css-cascade.ts';
import { loadBrand, runBuild } from '../scripts/build/run-build.ts';
import { printTable } from './synthetic/table.ts';
import { writeSyntheticBrand } from './synthetic/brand.ts';

const dir = mkdtempSync(join(tmpdir(), 'livery-resolver-bench-'));
try {
  const synthetic = writeSyntheticBrand(dir, 10_000, ['light', 'dark', 'high-contrast'], ['default', 'campaign']);

  let started = performance.now();
  await runBuild({ resolverFile: synthetic.resolver, outDir: join(dir, 'dist') });
  const liveryMs = performance.now() - started;

  // Plain Style Dictionary: one instance per permutation, css/variables each.
  started = performance.now();
  const base = [join(dir, 'primitives.tokens.json'), join(dir, 'semantic.tokens.json')];
  for (const theme of ['light', 'dark', 'high-contrast']) {
    for (const brand of ['default', 'campaign']) {
      const source = [...base];
      if (theme !== 'light') source.push(join(dir, 'contexts', `${theme}.tokens.json`));
      if (brand !== 'default') source.push(join(dir, 'contexts', `${brand}.tokens.json`));
      const sd = new StyleDictionary({
        source,
        usesDtcg: true,
        log: { verbosity: 'silent', warnings: 'disabled' },
        platforms: {
          css: {
            transformGroup: 'css',
            buildPath: `${join(dir, 'sd', `${theme}-${brand}`)}/`,
            files: [{ destination: 'variables.css', format: 'css/variables', options: { outputReferences: true } }],
          },
        },
      });
      await sd.buildAllPlatforms();
    }
  }
  const sdMs = performance.now() - started;

  // Naive CSS: every token repeated under every permutation's selector.
  const brand = loadBrand(synthetic.resolver);
  const naiveRules: CssRule[] = brand.selections.map((selection) => ({
    selectors: [
      Object.entries(selection)
        .map(([m, c]) => `[data-${m}="${c}"]`)
        .join(''),
    ],
    declarations: [...brand.rawFor(selection).values()].flatMap(cssDeclarations),
  }));
  const naive = printCss(naiveRules, '');
  const livery = readFileSync(join(dir, 'dist', 'css', 'livery.css'), 'utf8');
  const kb = (s: string) => `${(Buffer.byteLength(s) / 1024).toFixed(0)} KB`;
  const gz = (s: string) => `${(gzipSync(s).length / 1024).toFixed(0)} KB gz`;

  printTable([
    ['10,000 tokens, 3 themes × 2 brands', 'Livery', 'peer', 'ratio'],
    [
      'build time (all platforms vs SD css/variables × 6 permutations)',
      `${Math.round(liveryMs)} ms`,
      `${Math.round(sdMs)} ms`,
      `${(liveryMs / sdMs).toFixed(2)}×`,
    ],
    [
      'CSS bytes (lean cascade vs every token per permutation)',
      kb(livery),
      kb(naive),
      `${(Buffer.byteLength(livery) / Buffer.byteLength(naive)).toFixed(2)}×`,
    ],
    ['CSS gzip', gz(livery), gz(naive), `${(gzipSync(livery).length / gzipSync(naive).length).toFixed(2)}×`],
  ]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
