/**
 * docs/generate: the data the docs pages are built from. Runs against a temp package root, so it
 * proves the generator works with the real catalogue and gives clear notices when inputs are absent.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChangelog } from '../../docs/generate/changelog.ts';
import { generateDocs } from '../../docs/generate/generate-docs.ts';
import type { SiteData, TokensData } from '../../docs/generate/types.ts';
import { formatRatio } from '../../scripts/check/color.ts';
import { runCheck } from '../../scripts/check/run-check.ts';
import { buildMini, cleanMini, type Json } from '../../scripts/check/testing/fixture.ts';
import { readConfig } from '../../scripts/config/read-config.ts';
import { ROOT } from './brand-fixture.ts';

function emptyPackage(): string {
  const root = mkdtempSync(join(tmpdir(), 'livery-docs-gen-'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'livery', version: '9.9.9' }));
  return root;
}

describe('docs generator', () => {
  it("shows livery check's contrast report: its config pairs (* and $1), backdrop and levels, in every colour space the build accepts", async () => {
    // the bugs: the docs measured on their own, ignored the check config, hard-coded the backdrop and
    // threw "No color space found" for display-p3, a98-rgb and prophoto-rgb
    const { dir, catalogue } = await buildMini((files: Record<string, Json>) => {
      cleanMini(files);
      const palette = files['primitives.tokens.json'].palette;
      palette.ink.$value = { colorSpace: 'display-p3', components: [0.1, 0.1, 0.15] };
      palette.sky.$value = { colorSpace: 'a98-rgb', components: [0.6, 0.8, 0.95] };
      palette.coral.$value = { colorSpace: 'prophoto-rgb', components: [0.7, 0.4, 0.3] };
      palette.veil = { $value: { colorSpace: 'srgb', components: [0, 0, 0], alpha: 0.5 } };
      files['semantic.tokens.json'].color.status = {
        ok: { fg: { $value: '{palette.coral}' }, bg: { $value: '{palette.veil}' } },
      };
      files['semantic.tokens.json'].color.page = { $value: '{palette.sky}' };
    });
    expect(catalogue.get('palette.ink')!.css).toMatch(/^color\(display-p3 /);
    expect(catalogue.get('palette.coral')!.css).toMatch(/^color\(prophoto-rgb /);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'brand', version: '1.0.0' }));
    writeFileSync(
      join(dir, 'livery.config.json'),
      JSON.stringify({
        check: {
          pairs: [{ foreground: 'color.status.*.fg', on: ['color.status.$1.bg'], usage: 'large' }],
          backdrop: 'color.page',
        },
      }),
    );
    const result = await generateDocs({ root: dir });
    const data = JSON.parse(readFileSync(join(result.out, 'tokens.json'), 'utf8')) as TokensData;
    const report = runCheck(catalogue, readConfig(dir).check);
    const shown = data.tokens.flatMap((t) =>
      t.contrast.map((c) => `${t.name} on ${c.on} in ${c.mode}: ${c.ratio} ≥ ${c.threshold} ${c.level} ${c.pass}`),
    );
    const measured = report.contrast.results.map(
      (r) =>
        `${r.pair.fg} on ${r.pair.bg} in ${r.permutation.name}: ${Number(formatRatio(r.ratio))} ≥ ${r.required} ${r.level} ${r.pass}`,
    );
    expect(shown.sort()).toEqual(measured.sort());
    // the config's pattern pair, measured over the configured backdrop, and AAA where check asks it
    const status = data.tokens.find((t) => t.name === 'color.status.ok.fg')!;
    expect(status.contrast.map((c) => c.on)).toContain('color.status.ok.bg');
    const statusResult = report.contrast.results.find(
      (r) => r.pair.fg === 'color.status.ok.fg' && r.permutation.name === 'light',
    )!;
    expect(statusResult.backdrop).toBe('color.page');
    expect(
      data.tokens.find((t) => t.name === 'color.text')!.contrast.find((c) => c.mode === 'high-contrast'),
    ).toMatchObject({ level: 'AAA', threshold: 7 });
    expect(data.contrastLevels).toEqual(report.contrast.levels);
  });

  it('writes notices, not a broken build, when no input exists yet', async () => {
    const root = emptyPackage();
    const result = await generateDocs({ root });
    const tokens = JSON.parse(readFileSync(join(result.out, 'tokens.json'), 'utf8')) as TokensData;
    const site = JSON.parse(readFileSync(join(result.out, 'site.json'), 'utf8')) as SiteData;
    expect(tokens.available).toBe(false);
    expect(tokens.notice).toMatch(/dist\/tokens\.json was not found/);
    expect(site.contrastMatrix).toEqual({ href: null, notice: expect.stringMatching(/livery check --format html/) });
    expect(site.components.notice).toMatch(/custom-elements\.json was not found/);
    expect(readFileSync(join(result.out, 'livery.css'), 'utf8')).toMatch(/dist\/css\/livery\.css was not found/);
    expect(JSON.parse(readFileSync(join(result.out, 'custom-elements.json'), 'utf8'))).toMatchObject({ modules: [] });
    expect(result.notices.length).toBeGreaterThanOrEqual(4);
  });

  it('generates every token of the real catalogue with its modes, contrast and deprecation', async () => {
    const catalogue = join(ROOT, 'dist', 'tokens.json');
    expect(existsSync(catalogue), 'run `npm run build` first').toBe(true);
    const root = emptyPackage();
    mkdirSync(join(root, 'dist'));
    cpSync(catalogue, join(root, 'dist', 'tokens.json'));
    writeFileSync(join(root, 'dist', 'contrast-matrix.html'), '<!doctype html><title>m</title><table></table>');
    const result = await generateDocs({ root });
    const data = JSON.parse(readFileSync(join(result.out, 'tokens.json'), 'utf8')) as TokensData;
    const source = JSON.parse(readFileSync(catalogue, 'utf8')) as {
      tokens: Record<string, { cssVariable: string; deprecated: { replacement: string | null } | null }>;
    };
    expect(data.tokens.map((t) => t.name).sort()).toEqual(Object.keys(source.tokens).sort());
    expect(data.modes.map((m) => m.id)).toContain('dark');
    for (const token of data.tokens) expect(token.cssVariable).toBe(source.tokens[token.name]!.cssVariable);
    // Every foreground that declares surfaces gets one check per surface per mode.
    const declaring = data.tokens.filter((t) => t.contrast.length);
    expect(declaring.length).toBeGreaterThan(0);
    for (const token of declaring) expect(token.contrast.length % data.modes.length).toBe(0);
    const deprecated = data.tokens.filter((t) => t.deprecated);
    for (const token of deprecated)
      expect(token.deprecated!.replacement).toBe(source.tokens[token.name]!.deprecated!.replacement);
    // The matrix is copied into the site's static folder and linked relative to the preview.
    const site = JSON.parse(readFileSync(join(result.out, 'site.json'), 'utf8')) as SiteData;
    expect(site.contrastMatrix.href).toBe('livery-static/contrast-matrix.html');
    expect(existsSync(join(result.out, 'static', 'contrast-matrix.html'))).toBe(true);
  });

  it('reads the changesets changelog format', () => {
    const entries = parseChangelog(
      '# livery\n\n## 1.1.0\n\n### Minor Changes\n\n- 1a2b3c4: Add `color.focus.ring`\n' +
        '  and its dark value.\n\n### Patch Changes\n\n- Fix contrast\n\n## 1.0.0\n\n' +
        '- First release\n',
    );
    expect(entries).toEqual([
      {
        version: '1.1.0',
        sections: [
          { title: 'Minor Changes', items: ['Add `color.focus.ring` and its dark value.'] },
          { title: 'Patch Changes', items: ['Fix contrast'] },
        ],
      },
      { version: '1.0.0', sections: [{ title: 'Changes', items: ['First release'] }] },
    ]);
  });
});
