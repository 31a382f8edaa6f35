import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../scripts/build/run-build.ts';
import { readCatalogue, type Catalogue } from '../../scripts/catalogue/read-catalogue.ts';
import { defaultConfig } from '../../scripts/lint/config.ts';
import { runLint } from '../../scripts/lint/engine.ts';
import { languageOf } from '../../scripts/lint/extract/index.ts';
import { buildTokenIndex } from '../../scripts/lint/token-index.ts';
import { RAW_VALUE_RULES, rawValueSettings, styleUsage } from '../../scripts/usage/style-values.ts';
import { usageReport } from '../../scripts/usage/report.ts';
import { usageHtml } from '../../scripts/usage/report-html.ts';
import { MINI } from './brand-fixture.ts';
import { removeTempDirs, tempDir } from './git-fixture.ts';
import { livery } from './livery-cli.ts';

afterAll(removeTempDirs);

let catalogueFile: string;
let catalogue: Catalogue;

beforeAll(async () => {
  const out = tempDir('livery-usage-dist-');
  await runBuild({ resolverFile: join(MINI, 'livery.resolver.json'), outDir: out });
  catalogueFile = join(out, 'tokens.json');
  catalogue = readCatalogue(catalogueFile);
});

/** A consuming repo in the temp folder; `package.json` defaults to one that depends on livery. */
function repo(
  files: Record<string, string>,
  packageJson: unknown = { name: 'app', dependencies: { liverykit: '^1.0.0' } },
): string {
  const dir = tempDir('livery-consumer-');
  const all = packageJson === null ? files : { 'package.json': JSON.stringify(packageJson), ...files };
  for (const [file, content] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

/** The counted declarations of one file, as lint extracts and judges them. */
const scanDeclarations = (file: string, text: string) =>
  styleUsage(file, text, languageOf(file)!, rawValueSettings(buildTokenIndex(catalogue), defaultConfig())).declarations;

describe('style values: which declarations go through tokens (asked of lint)', () => {
  const accept: { code: string; description: string; category: string }[] = [
    { code: 'a { color: var(--lv-color-text); }', description: 'a color token', category: 'color' },
    { code: 'a { padding: var(--lv-space-4) var(--lv-space-4); }', description: 'two space tokens', category: 'space' },
    {
      code: 'a { border-radius: var(--lv-radius-md, 4px); }',
      description: 'a raw fallback inside var() is fine',
      category: 'radius',
    },
    { code: '.x { color: $lv-color-text; }', description: 'the SCSS variable', category: 'color' },
    { code: 'a { transition: var(--lv-motion-enter); }', description: 'a motion composite', category: 'motion' },
  ];
  const reject: { code: string; description: string; category: string; line: number }[] = [
    { code: 'a {\n  color: #333;\n}', description: 'a hex color', category: 'color', line: 2 },
    {
      code: 'a { margin: var(--lv-space-4) 12px; }',
      description: 'a token mixed with a raw length',
      category: 'space',
      line: 1,
    },
    {
      code: 'a { background: oklch(50% 0.2 265) url(x.png); }',
      description: 'a color in a shorthand',
      category: 'color',
      line: 1,
    },
    { code: 'a { border: 1px solid red; }', description: 'a named color in border', category: 'color', line: 1 },
    { code: 'a { box-shadow: 0 1px 2px rgb(0 0 0 / 0.2); }', description: 'a raw shadow', category: 'shadow', line: 1 },
    {
      code: 'a { transition: opacity 200ms ease-in; }',
      description: 'a raw duration and easing',
      category: 'motion',
      line: 1,
    },
    { code: 'a { font-weight: 600; }', description: 'a numeric weight', category: 'typography', line: 1 },
    {
      code: ':root { --brand-pink: #ff00aa; }',
      description: 'a color kept in a private custom property',
      category: 'color',
      line: 1,
    },
  ];
  for (const c of accept) {
    it(`through tokens: ${c.description}`, () => {
      expect(scanDeclarations('a.scss', c.code)).toEqual([
        expect.objectContaining({ kind: 'tokens', category: c.category }),
      ]);
    });
  }
  for (const c of reject) {
    it(`raw: ${c.description}`, () => {
      expect(scanDeclarations('a.css', c.code)).toEqual([
        expect.objectContaining({ kind: 'raw', category: c.category, line: c.line }),
      ]);
    });
  }
  it('counts nothing lint does not report: the mini brand has no z-index or radius scale', () => {
    expect(scanDeclarations('a.css', 'a { z-index: 999; border-radius: 4px; }')).toEqual([]);
  });
  it('ignores neutral values, selectors, comments and token overrides', () => {
    const css =
      '/* color: #fff; */\na:hover { margin: 0; color: inherit; }\n.b { color: currentColor; width: 300px; --lv-color-text: #111; }';
    expect(scanDeclarations('a.css', css)).toEqual([]);
  });
  it('finds styles in lit css`` templates, <style> blocks and style="" attributes with their lines', () => {
    const ts = "import { css } from 'lit';\nconst s = css`\n  :host { color: #fff; gap: var(--lv-space-4); }\n`;";
    expect(scanDeclarations('x.ts', ts).map((d) => [d.property, d.kind, d.line])).toEqual([
      ['color', 'raw', 3],
      ['gap', 'tokens', 3],
    ]);
    const html =
      '<p>x</p>\n<style>\n.a { padding: 8px }\n</style>\n<div style="color: var(--lv-color-text); margin: 4px"></div>';
    expect(scanDeclarations('x.html', html).map((d) => [d.property, d.kind, d.line])).toEqual([
      ['padding', 'raw', 3],
      ['color', 'tokens', 5],
      ['margin', 'raw', 5],
    ]);
  });
});

describe('livery usage: adoption per repo', () => {
  const app = () =>
    repo({
      'src/main.css':
        ':root { --lv-color-text: #222; }\n.card {\n  background-color: var(--lv-color-surface);\n' +
        '  color: #333;\n  padding: var(--lv-space-4);\n  color: var(--lv-color-old-link);\n' +
        '  margin: 13px;\n}\n',
      'src/app.ts':
        "import { colorText, colorOldLink as old } from 'liverykit';\n" +
        'const t = `<lv-button>Go</lv-button><lv-card></lv-card><lv-button></lv-button>`;\n' +
        "document.body.style.setProperty('--lv-colour-text', 'x');\n",
      'node_modules/liverykit/dist/css/livery.css': ':root { --lv-color-text: #000; color: #fff; }',
      'dist/bundle.css': 'a { color: #fff }',
      '.gitignore': 'dist/\n',
    });

  it('counts references by category, components, raw values, deprecated uses and the share through tokens', () => {
    const dir = app();
    const report = usageReport([dir], catalogue);
    const [r] = report.repos;
    expect(r!.files).toBe(2); // node_modules and dist are not the repo's own styling
    expect(r!.references.byCategory).toMatchObject({ color: 4, space: 1 });
    expect(r!.references.byToken).toEqual({ 'color.surface': 1, 'color.old-link': 2, 'space.4': 1, 'color.text': 1 });
    expect(r!.overrides).toBe(1);
    expect(r!.components).toEqual({ 'lv-button': 2, 'lv-card': 1 });
    expect(r!.raw.byCategory).toMatchObject({ color: 1, space: 1 });
    expect(r!.raw.samples).toContainEqual({
      file: join('src', 'main.css'),
      line: 4,
      property: 'color',
      value: '#333',
      category: 'color',
    });
    expect(r!.deprecated).toEqual([
      {
        token: 'color.old-link',
        replacement: 'color.link',
        message: 'Use {color.link} instead.',
        count: 2,
        locations: [
          { file: join('src', 'app.ts'), line: 1 },
          { file: join('src', 'main.css'), line: 6 },
        ],
      },
    ]);
    expect(r!.unknown).toEqual([
      { name: '--lv-colour-text', count: 1, first: { file: join('src', 'app.ts'), line: 3 } },
    ]);
    expect(r!.tokenShare).toBeCloseTo(3 / 5);
  });

  it('aggregates many repos in one report', () => {
    const second = repo(
      { 'index.html': '<div style="color: red; padding: var(--lv-space-4)"><lv-button>x</lv-button></div>' },
      { name: 'site', devDependencies: { liverykit: '1.0.0' } },
    );
    const report = usageReport([app(), second], catalogue);
    expect(report.repos.map((r) => r.name)).toEqual(['app', 'site']);
    expect(report.totals).toMatchObject({
      repos: 2,
      references: 6,
      raw: 3,
      deprecatedUses: 2,
      components: { 'lv-button': 3, 'lv-card': 1 },
    });
    expect(report.totals.tokenShare).toBeCloseTo(4 / 7);
    expect(report.totals.unusedTokens).toBe(catalogue.tokens.size - 4); // surface, old-link, space.4, text
  });

  it('merges reports saved by each repo (the same totals as scanning them together); a file that is not one exits 2 naming it', () => {
    const second = repo(
      { 'index.html': '<div style="color: red; padding: var(--lv-space-4)"><lv-button>x</lv-button></div>' },
      { name: 'site', devDependencies: { liverykit: '1.0.0' } },
    );
    const first = app();
    const together = usageReport([first, second], catalogue);
    const out = tempDir('livery-usage-saved-');
    const save = (dir: string, name: string) => {
      const run = livery(
        ['usage', dir, '--format', 'json', '--catalogue', catalogueFile, '--output', join(out, name)],
        tmpdir(),
      );
      expect(run.code).toBe(0);
      return join(out, name);
    };
    const merged = livery(
      ['usage', save(first, 'app.json'), save(second, 'site.json'), '--format', 'json', '--catalogue', catalogueFile],
      tmpdir(),
    );
    expect(merged.code).toBe(0);
    const report = JSON.parse(merged.stdout);
    expect(report.repos.map((r: { name: string }) => r.name)).toEqual(['app', 'site']);
    expect(report.totals).toEqual(together.totals);
    // a saved report and a folder to scan in one run
    const mixed = JSON.parse(
      livery(['usage', join(out, 'app.json'), second, '--format', 'json', '--catalogue', catalogueFile], tmpdir())
        .stdout,
    );
    expect(mixed.totals).toEqual(together.totals);
    writeFileSync(join(out, 'lint.json'), JSON.stringify({ version: 1, findings: [] }));
    const wrong = livery(['usage', join(out, 'lint.json'), '--catalogue', catalogueFile], tmpdir());
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(`${join(out, 'lint.json')} is not a livery usage report`);
    writeFileSync(join(out, 'cut.json'), readFileSync(join(out, 'app.json'), 'utf8').slice(0, 100));
    const cut = livery(['usage', join(out, 'cut.json'), '--catalogue', catalogueFile], tmpdir());
    expect(cut.code).toBe(2);
    expect(cut.stderr).toContain(`${join(out, 'cut.json')}: not a readable JSON file`);
  });

  it('renders a self-contained HTML report with charts per category and per repo', () => {
    const report = usageReport(
      [app(), repo({ 'a.css': 'a { color: red }' }, { name: '<script>x</script>', dependencies: { liverykit: '1' } })],
      catalogue,
    );
    const html = usageHtml(report);
    expect(html).toContain('<figcaption>Styling through tokens, by category (all repos)</figcaption>');
    expect(html).toContain('<figcaption>Styling through tokens, by repo</figcaption>');
    expect(html).toContain('<figcaption>Token references by category, per repo</figcaption>');
    expect(html.match(/<svg /g)).toHaveLength(4);
    expect(html).toMatch(
      /<text[^>]*>color<\/text><rect[^>]*fill="#15803d"><title>color: 2 declarations through tokens<\/title>/,
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;x&#60;/script&#62;');
    expect(html).not.toMatch(/src=|href=|@import/); // nothing to fetch
  });

  it('the CLI writes json and html and exits 0', () => {
    const dir = app();
    const json = livery(['usage', dir, '--format', 'json', '--catalogue', catalogueFile], tmpdir());
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).totals.references).toBe(5);
    const out = join(tempDir('livery-report-'), 'usage.html');
    const html = livery(['usage', dir, '--format', 'html', '--out', out, '--catalogue', catalogueFile], tmpdir());
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/wrote .*usage\.html: 1 repos, 60% of styling through tokens/);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/);
  });
});

describe('livery usage counts the raw values livery lint finds', () => {
  // the bug: usage had its own regexes and missed style={{…}} objects and theme objects (2 raw values where lint found 5)
  const files = {
    'src/card.css': '.card { color: #333; padding: 13px; }\n',
    'src/Button.tsx': "export const Button = () => <button style={{ color: '#ff00aa', padding: 13 }}>Go</button>;\n",
    'src/theme.ts': "export const theme = { colors: { primary: '#123456' }, fontFamily: 'Comic Sans MS' };\n",
  };

  it('the same repo gives the same raw-value count in both', async () => {
    const dir = repo(files);
    const [usage] = usageReport([dir], catalogue).repos;
    const lint = await runLint({ cwd: dir, paths: [], config: defaultConfig(), catalogue: catalogueFile, threads: 1 });
    const lintRaw = lint.findings.filter((f) => RAW_VALUE_RULES.includes(f.ruleId));
    expect(lintRaw.length).toBeGreaterThanOrEqual(5);
    expect(usage!.raw.total).toBe(lintRaw.length);
    expect(usage!.raw.samples.map((s) => `${s.file}:${s.line} ${s.value}`).sort()).toEqual(
      lintRaw.map((f) => `${join(...f.file.split('/'))}:${f.line} ${f.value}`).sort(),
    );
  });

  it("follows the repo's own lint settings (a rule switched off counts nothing)", () => {
    const dir = repo({
      ...files,
      'livery.config.json': JSON.stringify({ lint: { rules: { 'no-raw-color': 'off' } } }),
    });
    const [usage] = usageReport([dir], catalogue).repos;
    expect(usage!.raw.byCategory.color).toBe(0);
    expect(usage!.raw.total).toBeGreaterThan(0);
  });
});

describe('livery usage: bad input', () => {
  it('a repo without the package is left out with a clear reason and exit 1', () => {
    const good = repo({ 'a.css': 'a { color: var(--lv-color-text) }' });
    const without = repo({ 'a.css': 'a { color: red }' }, { name: 'legacy', dependencies: { react: '19' } });
    const r = livery(['usage', good, without, '--catalogue', catalogueFile], tmpdir());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${without} does not use the liverykit package: no "liverykit" in the dependencies of its package.json`,
    );
    expect(r.stdout).toContain('1 repo: 1 token references');
  });

  it('when no repo uses the package it exits 2', () => {
    const noManifest = repo({ 'a.css': 'a { color: red }' }, null);
    const r = livery(['usage', noManifest, '--catalogue', catalogueFile], tmpdir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${noManifest} does not use the liverykit package: it has no package.json`);
    expect(r.stderr).toContain('none of the repos uses livery');
  });

  it('a path that does not exist, no path, or an unknown format exit 2', () => {
    expect(livery(['usage', '/nonexistent/repo', '--catalogue', catalogueFile], tmpdir())).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('/nonexistent/repo does not exist'),
    });
    expect(livery(['usage', '--catalogue', catalogueFile], tmpdir())).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('name at least one repository folder'),
    });
    expect(livery(['usage', '.', '--format', 'pdf'], tmpdir())).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--format must be one of text, json, html'),
    });
  });

  it('a missing catalogue exits 2 and says how to build it', () => {
    const r = livery(['usage', repo({}), '--catalogue', join(tmpdir(), 'nope', 'tokens.json')], tmpdir());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tokens\.json does not exist: the token catalogue is generated by `livery build`/);
  });
});
