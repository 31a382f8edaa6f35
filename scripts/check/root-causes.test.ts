import { describe, expect, test } from 'vitest';
import { parseCheckConfig } from './config.ts';
import { htmlReport } from './report-html.ts';
import { jsonReport } from './report-json.ts';
import { textReport } from './report-text.ts';
import { ruleIds } from './rules/index.ts';
import { runCheck } from './run-check.ts';
import { buildMini, cleanMini, CONTRAST_MINI_PERMUTATIONS, type Json } from './testing/fixture.ts';

const config = () => parseCheckConfig(undefined, 'defaults', ruleIds);

describe('findings grouped by root cause', () => {
  test('one wrong primitive is one cause, with every pair and permutation it breaks under it', async () => {
    const { catalogue } = await buildMini((files: Record<string, Json>) => {
      cleanMini(files);
      // palette.ink is the light text, the dark surface and the high-contrast text and action:
      // lifted to a mid grey, it fails pairs on both sides, in every theme.
      files['primitives.tokens.json'].palette.ink.$value.components = [0.62, 0.02, 265];
    });
    const report = runCheck(catalogue, config());
    expect(report.findings.length).toBeGreaterThan(10);
    expect(report.causes.map((c) => [c.id, c.findings.length])).toEqual([
      ['primitives.tokens.json#palette.ink', report.findings.length],
    ]);
    const [cause] = report.causes;
    expect(cause!.permutations).toEqual(CONTRAST_MINI_PERMUTATIONS);
    expect(cause!.pairs.map((p) => `${p.fg} on ${p.bg}`)).toContain('color.text on color.surface');
    expect(cause!.fix).toMatch(
      /^correct the value of palette\.ink in primitives\.tokens\.json: every pair listed under it resolves to it/,
    );
    expect(report.findings.every((f) => f.cause === cause!.id)).toBe(true);

    const text = textReport(report);
    expect(text).toContain(
      `error [check] primitives.tokens.json › palette.ink: root cause of ` +
        `${report.findings.length} findings in 6 permutations (light, light-campaign, dark, ` +
        `dark-campaign, high-contrast, high-contrast-campaign)`,
    );
    expect(text).toMatch(
      /\n {4}color\.text on color\.surface \(body\): light \d\.\d\d:1, light-campaign \d\.\d\d:1, dark \d\.\d\d:1/,
    );
    // Each finding is not printed again on its own.
    expect(text).not.toContain('error [check] semantic.tokens.json › color.text: [light]');

    const json = JSON.parse(jsonReport(report));
    expect(json.version).toBe(1);
    expect(json.summary.causes).toBe(1);
    expect(json.causes[0]).toMatchObject({
      id: 'primitives.tokens.json#palette.ink',
      token: 'palette.ink',
      file: 'primitives.tokens.json',
      severity: 'error',
    });
    expect(json.findings.length).toBe(report.findings.length);
    expect(json.findings[0]).toMatchObject({
      cause: 'primitives.tokens.json#palette.ink',
      pair: { fg: expect.any(String), bg: expect.any(String) },
    });

    const html = htmlReport(report);
    expect(html).toContain(`data-cause="primitives.tokens.json#palette.ink" data-findings="${report.findings.length}"`);
    expect(
      html.match(/data-pass="false" data-declared="true" data-cause="primitives\.tokens\.json#palette\.ink"/g)!.length,
    ).toBe(report.findings.filter((f) => f.rule === 'contrast').length);
  });

  test('a semantic token pointed at the wrong step in one theme is the cause, not the surface its pairs share', async () => {
    const { catalogue } = await buildMini((files: Record<string, Json>) => {
      cleanMini(files);
      files['themes/high-contrast.tokens.json'].color.text = { $value: '{palette.blue}' };
    });
    const report = runCheck(catalogue, config());
    expect(report.causes).toHaveLength(1);
    expect(report.causes[0]).toMatchObject({
      id: 'themes/high-contrast.tokens.json#color.text',
      permutations: ['high-contrast', 'high-contrast-campaign'],
      pairs: [
        {
          fg: 'color.text',
          bg: 'color.surface',
          usage: 'body',
          rules: ['contrast'],
          permutations: [
            { name: 'high-contrast', required: 7 },
            { name: 'high-contrast-campaign', required: 7 },
          ],
        },
      ],
      fix: 'set color.text to "{palette.ink}" in themes/high-contrast.tokens.json (18.11:1, nearest step of palette (by OKLCH lightness) that reaches 7)',
    });
  });

  test('two independent mistakes are two causes, each with its own pairs; a one-finding cause prints as the finding', async () => {
    const { catalogue } = await buildMini((files: Record<string, Json>) => {
      cleanMini(files);
      files['themes/high-contrast.tokens.json'].color.text = { $value: '{palette.blue}' };
      // The campaign action: coral at 0.9 lightness is too pale on white (light and high-contrast).
      files['primitives.tokens.json'].palette.coral.$value.components = [0.9, 0.05, 35];
    });
    const report = runCheck(catalogue, config());
    expect(report.causes.map((c) => c.id).sort()).toEqual([
      'primitives.tokens.json#palette.coral',
      'themes/high-contrast.tokens.json#color.text',
    ]);
    const coral = report.causes.find((c) => c.token === 'palette.coral')!;
    expect(coral.pairs.map((p) => `${p.fg} on ${p.bg}`)).toEqual(['color.action on color.surface']);
    expect(coral.permutations).toEqual(['light-campaign', 'high-contrast-campaign']);
    const text = textReport(report);
    expect(text).toContain(
      'error [check] themes/high-contrast.tokens.json › color.text: root cause of 2 findings in 2 permutations (high-contrast, high-contrast-campaign)',
    );
  });
});
