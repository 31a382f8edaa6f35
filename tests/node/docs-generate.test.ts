/**
 * docs/generate: the data the docs pages are built from. Runs against a temp package root, so it
 * proves the generator works with the real catalogue and gives clear notices when inputs are absent.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChangelog } from '../../docs/generate/changelog.ts';
import { contrastRatio } from '../../docs/generate/contrast.ts';
import { generateDocs } from '../../docs/generate/generate-docs.ts';
import type { SiteData, TokensData } from '../../docs/generate/types.ts';
import { ROOT } from './brand-fixture.ts';

const srgb = (r: number, g: number, b: number, alpha = 1) => ({ colorSpace: 'srgb', components: [r, g, b], alpha });

function emptyPackage(): string {
  const root = mkdtempSync(join(tmpdir(), 'livery-docs-gen-'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'livery', version: '9.9.9' }));
  return root;
}

describe('docs generator', () => {
  it('measures WCAG contrast, compositing translucent colours over the surface', () => {
    expect(contrastRatio(srgb(0, 0, 0), srgb(1, 1, 1))).toBeCloseTo(21, 5);
    expect(contrastRatio(srgb(0x76 / 255, 0x76 / 255, 0x76 / 255), srgb(1, 1, 1))).toBeCloseTo(4.54, 2);
    // 50% black over white is composited as browsers do (in sRGB): mid grey, not black.
    expect(contrastRatio(srgb(0, 0, 0, 0.5), srgb(1, 1, 1))).toBeCloseTo(contrastRatio(srgb(0.5, 0.5, 0.5), srgb(1, 1, 1)), 5);
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
    const source = JSON.parse(readFileSync(catalogue, 'utf8')) as { tokens: Record<string, { cssVariable: string; deprecated: { replacement: string | null } | null }> };
    expect(data.tokens.map((t) => t.name).sort()).toEqual(Object.keys(source.tokens).sort());
    expect(data.modes.map((m) => m.id)).toContain('dark');
    for (const token of data.tokens) expect(token.cssVariable).toBe(source.tokens[token.name]!.cssVariable);
    // Every foreground that declares surfaces gets one check per surface per mode.
    const declaring = data.tokens.filter((t) => t.contrast.length);
    expect(declaring.length).toBeGreaterThan(0);
    for (const token of declaring) expect(token.contrast.length % data.modes.length).toBe(0);
    const deprecated = data.tokens.filter((t) => t.deprecated);
    for (const token of deprecated) expect(token.deprecated!.replacement).toBe(source.tokens[token.name]!.deprecated!.replacement);
    // The matrix is copied into the site's static folder and linked relative to the preview.
    const site = JSON.parse(readFileSync(join(result.out, 'site.json'), 'utf8')) as SiteData;
    expect(site.contrastMatrix.href).toBe('livery-static/contrast-matrix.html');
    expect(existsSync(join(result.out, 'static', 'contrast-matrix.html'))).toBe(true);
  });

  it('reads the changesets changelog format', () => {
    const entries = parseChangelog('# livery\n\n## 1.1.0\n\n### Minor Changes\n\n- 1a2b3c4: Add `color.focus.ring`\n  and its dark value.\n\n### Patch Changes\n\n- Fix contrast\n\n## 1.0.0\n\n- First release\n');
    expect(entries).toEqual([
      { version: '1.1.0', sections: [{ title: 'Minor Changes', items: ['Add `color.focus.ring` and its dark value.'] }, { title: 'Patch Changes', items: ['Fix contrast'] }] },
      { version: '1.0.0', sections: [{ title: 'Changes', items: ['First release'] }] },
    ]);
  });
});
