import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Color from 'colorjs.io';
import * as sass from 'sass';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../scripts/catalogue/read-catalogue.ts';
import { ROOT } from './brand-fixture.ts';

/**
 * The built SCSS as a Sass user gets it: `npm pack`, the tarball unpacked into a fresh project's
 * node_modules, compiled by the real `sass` package through its Node package importer
 * (`pkg:liverykit/scss`, resolved by the package's `exports`), with current Dart Sass.
 */
const catalogue = readCatalogue(join(ROOT, 'dist', 'tokens.json'));
let project: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'livery-sass-'));
  const json = execFileSync('npm', ['pack', '--json', '--pack-destination', project], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { filename } = (JSON.parse(json.slice(json.indexOf('['))) as { filename: string }[])[0]!;
  const installed = join(project, 'node_modules', 'liverykit');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(project, filename), '-C', installed, '--strip-components=1']);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'sass-consumer', private: true, dependencies: { liverykit: `file:${filename}` } }),
  );
}, 120_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

function compile(source: string): { css: string; warnings: string[] } {
  const warnings: string[] = [];
  const { css } = sass.compileString(source, {
    url: new URL(`file://${join(project, 'styles.scss')}`),
    importers: [new sass.NodePackageImporter(project)],
    logger: { warn: (message) => void warnings.push(message), debug: (message) => void warnings.push(message) },
  });
  return { css, warnings };
}

/**
 * The same CSS value: Sass parses oklch() into a color and prints its hue with `deg`, so colors
 * are compared as colors (colorjs.io); everything else must print back unchanged.
 */
function sameValue(type: string, got: string, want: string): boolean {
  if (got === want) return true;
  if (type !== 'color') return false;
  const [a, b] = [new Color(got), new Color(want)];
  return a.deltaEOK(b) < 1e-6 && a.alpha.valueOf() === b.alpha.valueOf();
}

/** Declarations of the compiled `.t` rule, in order. */
const declarations = (css: string) => [...css.matchAll(/^\s+([\w-]+): (.*);$/gm)].map((m) => [m[1]!, m[2]!] as const);

describe('SCSS with Dart Sass and the Node package importer', () => {
  it(`compiles every light literal with zero warnings, each equal to the catalogue's CSS (sass ${sass.info.split('\t')[1]})`, () => {
    const tokens = [...catalogue.tokens.values()];
    const source = [
      "@use 'pkg:liverykit/scss' as lv;",
      '.t {',
      ...tokens.map((t, i) => `  t${i}: lv.${t.cssVariable.replace(/^--/, '$')};`),
      '}',
    ].join('\n');
    const { css, warnings } = compile(source);
    expect(warnings).toEqual([]);
    const got = declarations(css);
    expect(got).toHaveLength(tokens.length);
    const mismatches = tokens.flatMap((t, i) =>
      sameValue(t.type, got[i]![1], t.css) ? [] : [`${t.name}: ${got[i]![1]} (catalogue: ${t.css})`],
    );
    expect(mismatches).toEqual([]);
  });

  it('the theme-following references come first-class: $lv-vars and pkg:liverykit/scss/vars give var(--lv-…)', () => {
    const { css, warnings } = compile(
      [
        "@use 'sass:map';",
        "@use 'pkg:liverykit/scss' as lv;",
        "@use 'pkg:liverykit/scss/vars' as vars;",
        '.t {',
        "  a: map.get(lv.$lv-vars, 'color.text.primary');",
        '  b: vars.$lv-color-text-primary;',
        "  c: map.get(lv.$lv-dark, 'color.text.primary');",
        '}',
      ].join('\n'),
    );
    expect(warnings).toEqual([]);
    const dark = catalogue.get('color.text.primary')!.contexts['theme:dark']!.css;
    const [a, b, c] = declarations(css);
    expect([a, b]).toEqual([
      ['a', 'var(--lv-color-text-primary)'],
      ['b', 'var(--lv-color-text-primary)'],
    ]);
    expect(sameValue('color', c![1], dark), `${c![1]} is ${dark}`).toBe(true);
    const all = compile(
      [
        "@use 'pkg:liverykit/scss/vars' as vars;",
        '.t {',
        ...[...catalogue.tokens.values()].map((t) => `  x: vars.${t.cssVariable.replace(/^--/, '$')};`),
        '}',
      ].join('\n'),
    );
    expect(all.warnings).toEqual([]);
    expect(declarations(all.css).map(([, v]) => v)).toEqual(
      [...catalogue.tokens.values()].map((t) => `var(${t.cssVariable})`),
    );
  });

  it('the sass CLI finds it with --pkg-importer=node (as documented), and not without', () => {
    writeFileSync(
      join(project, 'styles.scss'),
      "@use 'pkg:liverykit/scss' as lv;\n.t { color: lv.$lv-color-text-primary; }\n",
    );
    const cli = join(ROOT, 'node_modules', 'sass', 'sass.js');
    const ok = spawnSync(process.execPath, [cli, '--pkg-importer=node', 'styles.scss'], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    const printed = /color: (.*);/.exec(ok.stdout)![1]!;
    expect(sameValue('color', printed, catalogue.get('color.text.primary')!.css)).toBe(true);
    const without = spawnSync(process.execPath, [cli, 'styles.scss'], { cwd: project, encoding: 'utf8' });
    expect(without.status).not.toBe(0);
  });
});
