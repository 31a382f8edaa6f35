/**
 * The authoring commands as a brand author runs them (the real binary in a child process):
 * init → build → check with zero findings, then palette, theme add and brand add on that brand,
 * each followed by a build and a check; bad input exits 2 and leaves every file as it was.
 * The generated ramp is also read by @terrazzo/parser, an independent DTCG implementation.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, parse } from '@terrazzo/parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { snapshotTree } from './brand-fixture.ts';
import { livery } from './livery-cli.ts';

const work = mkdtempSync(join(tmpdir(), 'livery-authoring-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const buildAndCheck = (cwd: string) => {
  const build = livery(['build', '--resolver', 'tokens/livery.resolver.json', '--out', 'dist'], cwd);
  const check = livery(['check', '--catalogue', 'dist/tokens.json'], cwd);
  return { build, check };
};

// Each test builds and checks a brand in a child process: slow when the whole suite shares the CPU.
describe('liverykit init', { timeout: 180_000 }, () => {
  test.each([
    ['the default colors', []],
    ['a light yellow primary and a chosen accent', ['--color', '#f5d90a', '--accent', 'oklch(55% 0.2 330)']],
  ])('with %s: passes build and check with zero findings as created', (_label, flags) => {
    const project = mkdtempSync(join(work, 'init-'));
    const init = livery(['init', '--name', 'Acme', ...flags], project);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toMatch(/started the Acme brand in tokens/);
    expect(init.stdout).toMatch(/created\s+tokens\/livery\.resolver\.json/);
    expect(init.stdout).toMatch(/next:\n\s+liverykit build/);
    for (const file of [
      'livery.resolver.json',
      'primitives/palette.tokens.json',
      'semantic/motion.tokens.json',
      'themes/dark.tokens.json',
      'themes/high-contrast.tokens.json',
      'assets/logo/lockups.json',
      'assets/logo/full-default.svg',
      'README.md',
    ]) {
      expect(existsSync(join(project, 'tokens', file)), file).toBe(true);
    }
    const { build, check } = buildAndCheck(project);
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('0 errors, 0 warnings');
    const catalogue = JSON.parse(readFileSync(join(project, 'dist', 'tokens.json'), 'utf8'));
    expect(catalogue.name).toBe('Acme');
    expect(
      catalogue.modifiers.map((m: { name: string; contexts: string[] }) => `${m.name}:${m.contexts.join('/')}`),
    ).toEqual(['theme:light/dark/high-contrast', 'brand:default']);
    const manifest = JSON.parse(readFileSync(join(project, 'dist', 'assets', 'manifest.json'), 'utf8'));
    expect(manifest.logos.map((l: { name: string }) => l.name).sort()).toEqual([
      'full-default',
      'full-inverse',
      'full-mono',
      'mark-default',
      'mark-inverse',
      'mark-mono',
      'wordmark-default',
      'wordmark-inverse',
      'wordmark-mono',
    ]);
    expect(readFileSync(join(project, 'dist', 'css', 'livery.css'), 'utf8')).toContain(
      'prefers-reduced-motion: reduce',
    );
  });

  test('--dry-run writes nothing; a non-empty folder or a bad color exits 2 and writes nothing', () => {
    const project = mkdtempSync(join(work, 'init-bad-'));
    const dry = livery(['init', 'brand', '--dry-run'], project);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/would create\s+brand\/livery\.resolver\.json/);
    expect(dry.stdout).toContain('dry run: nothing was written');
    expect(existsSync(join(project, 'brand'))).toBe(false);

    const bad = livery(['init', 'brand', '--color', 'blurple'], project);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--color "blurple" is not a CSS color');
    expect(existsSync(join(project, 'brand'))).toBe(false);

    const outside = livery(['init', 'brand', '--color', 'color(display-p3 0 1 0)'], project);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/outside the sRGB gamut.*use oklch\(/);

    writeFileSync(join(project, 'keep.txt'), 'mine');
    const busy = livery(['init', '.'], project);
    expect(busy.code).toBe(2);
    expect(busy.stderr).toMatch(/is not empty; nothing was written/);
    expect(snapshotTree(project)).toEqual({ '/keep.txt': 'mine' });
  });
});

describe('palette, theme add and brand add on a new brand', { timeout: 180_000 }, () => {
  let project: string;
  beforeAll(() => {
    project = mkdtempSync(join(work, 'authoring-'));
    expect(livery(['init', '--name', 'Acme', '--color', '#e4572e'], project).code).toBe(0);
    expect(buildAndCheck(project).check.code).toBe(0);
  }, 180_000);

  test('palette writes a DTCG ramp with its evidence, lists it in the resolver, and the brand still builds and checks', async () => {
    const before = snapshotTree(join(project, 'tokens'));
    const dry = livery(['palette', '--from', '#0f9d58', '--name', 'Signal', '--dry-run'], project);
    expect(dry.code).toBe(0);
    expect(snapshotTree(join(project, 'tokens'))).toEqual(before);

    const run = livery(['palette', '--from', '#0f9d58', '--name', 'Signal'], project);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/checked against 7 surface tokens in 3 permutations/);
    expect(run.stdout).toMatch(/created\s+tokens\/primitives\/signal\.tokens\.json/);
    expect(run.stdout).toMatch(/updated\s+tokens\/livery\.resolver\.json/);
    const resolver = JSON.parse(readFileSync(join(project, 'tokens', 'livery.resolver.json'), 'utf8'));
    expect(resolver.sets.primitives.sources).toContainEqual({ $ref: 'primitives/signal.tokens.json' });
    const ramp = JSON.parse(readFileSync(join(project, 'tokens', 'primitives', 'signal.tokens.json'), 'utf8')).palette
      .signal;
    expect(Object.keys(ramp).filter((k) => !k.startsWith('$'))).toEqual([
      '25',
      '50',
      '100',
      '200',
      '300',
      '400',
      '500',
      '600',
      '700',
      '800',
      '900',
      '950',
    ]);
    expect(ramp['950'].$extensions['org.livery'].palette).toMatchObject({
      target: { level: 'AAA', wcag: 7 },
      met: true,
    });

    // An independent DTCG parser reads every step as a color.
    const file = join(project, 'tokens', 'primitives', 'signal.tokens.json');
    const config = defineConfig({ tokens: [file] }, { cwd: new URL(`file://${project}/`) });
    const { tokens } = await parse([{ filename: new URL(`file://${file}`), src: readFileSync(file, 'utf8') }], {
      config,
    });
    expect(Object.keys(tokens).filter((t) => t.startsWith('palette.signal.'))).toHaveLength(12);
    expect(tokens['palette.signal.600']!.$type).toBe('color');

    const { build, check } = buildAndCheck(project);
    expect(build.code).toBe(0);
    expect(build.stderr).toBe('');
    expect(check.code).toBe(0);

    // Names that exist, or would once normalized, are refused without touching anything.
    const after = snapshotTree(join(project, 'tokens'));
    const again = livery(['palette', '--from', '#0f9d58', '--name', 'SIGNAL'], project);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/palette\.signal already exists \(tokens\/primitives\/signal\.tokens\.json/);
    expect(again.stderr).toContain('--force to regenerate it');
    const brand = livery(['palette', '--from', '#0f9d58', '--name', 'Brand'], project);
    expect(brand.code).toBe(2);
    expect(brand.stderr).toMatch(/palette\.brand already exists \(tokens\/primitives\/palette\.tokens\.json/);
    expect(livery(['palette', '--from', 'oklch(0.7 0.4 150)', '--name', 'neon'], project).code).toBe(2);
    expect(snapshotTree(join(project, 'tokens'))).toEqual(after);
    expect(livery(['palette', '--from', '#0f9d58', '--name', 'signal', '--force'], project).code).toBe(0);
  });

  test('theme add: the file, the resolver line and the color scheme; CSS and the check follow from the resolver', () => {
    const run = livery(['theme', 'add', 'Dim', '--from', 'dark'], project);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('added the theme "dim" (color-scheme: dark), starting from "dark"');
    const resolver = JSON.parse(readFileSync(join(project, 'tokens', 'livery.resolver.json'), 'utf8'));
    expect(resolver.modifiers.theme.contexts.dim).toEqual([{ $ref: 'themes/dim.tokens.json' }]);
    expect(resolver.modifiers.theme.$extensions['org.livery'].colorScheme.dim).toBe('dark');
    const dim = JSON.parse(readFileSync(join(project, 'tokens', 'themes', 'dim.tokens.json'), 'utf8'));
    expect(dim.color.surface.page).toEqual({ $type: 'color', $value: '{palette.neutral.1000}' });

    const { build, check } = buildAndCheck(project);
    expect(build.code).toBe(0);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/^ {2}dim\s+pass/m);
    const css = readFileSync(join(project, 'dist', 'css', 'livery.css'), 'utf8');
    expect(css).toMatch(/\[data-theme="dim"\] \{\s*color-scheme: dark;/);

    const before = snapshotTree(join(project, 'tokens'));
    const clash = livery(['theme', 'add', 'DIM'], project);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toMatch(
      /tokens\/livery\.resolver\.json: the theme "dim" already exists \("DIM" becomes "dim" once normalized\)/,
    );
    expect(livery(['theme', 'add', 'sepia', '--from', 'nope'], project).stderr).toMatch(
      /--from "nope" is not a theme .* use one of light, dark, high-contrast, dim/,
    );
    expect(snapshotTree(join(project, 'tokens'))).toEqual(before);
  });

  test('brand add: the file and the resolver line', () => {
    const run = livery(['brand', 'add', 'spring'], project);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/created\s+tokens\/brands\/spring\.tokens\.json/);
    const spring = JSON.parse(readFileSync(join(project, 'tokens', 'brands', 'spring.tokens.json'), 'utf8'));
    expect(Object.keys(spring.color)).toEqual(['surface', 'brand']);
    const { build, check } = buildAndCheck(project);
    expect(build.code).toBe(0);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/dim-spring\s+pass/);
  });

  test('a resolver Livery cannot edit safely is refused with the file named, and nothing is written', () => {
    const resolverFile = join(project, 'tokens', 'livery.resolver.json');
    const original = readFileSync(resolverFile, 'utf8');
    writeFileSync(resolverFile, original.replace('{\n', '{\n  // our brand\n'));
    const before = snapshotTree(join(project, 'tokens'));
    const commented = livery(['theme', 'add', 'sepia'], project);
    expect(commented.code).toBe(2);
    expect(commented.stderr).toMatch(/tokens\/livery\.resolver\.json has comments or trailing commas/);
    expect(livery(['palette', '--from', '#8e44ad', '--name', 'plum'], project).code).toBe(2);
    expect(snapshotTree(join(project, 'tokens'))).toEqual(before);

    const shape = JSON.parse(original);
    shape.modifiers.theme.contexts = [];
    writeFileSync(resolverFile, JSON.stringify(shape, null, 2));
    const odd = livery(['theme', 'add', 'sepia'], project);
    expect(odd.code).toBe(2);
    expect(odd.stderr).toMatch(/tokens\/livery\.resolver\.json has no "modifiers" › "theme" with "contexts"/);
    writeFileSync(resolverFile, original);
  });
});
