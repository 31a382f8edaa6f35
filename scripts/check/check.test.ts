import { beforeAll, describe, expect, test } from 'vitest';
import type { Catalogue } from '../catalogue/catalogue.ts';
import { composite, cssToRgb, dtcgToRgb, shown, wcagRatio } from './color.ts';
import { parseCheckConfig, type CheckConfig } from './config.ts';
import { ruleIds } from './rules/index.ts';
import { runCheck } from './run-check.ts';
import { buildMini, cleanMini, CONTRAST_MINI_PERMUTATIONS, type Json } from './testing/fixture.ts';

const config = (check?: unknown): CheckConfig => parseCheckConfig(check, 'livery.config.json', ruleIds);
const contrastOnly = (extra: Record<string, unknown> = {}) =>
  config({ rules: Object.fromEntries(ruleIds.filter((id) => id !== 'contrast').map((id) => [id, 'off'])), ...extra });

describe('declared pairs in every permutation', () => {
  let catalogue: Catalogue;
  beforeAll(async () => {
    ({ catalogue } = await buildMini(cleanMini));
  });

  test('the clean mini brand passes every rule; every pair is measured in all 3 themes × 2 brands', () => {
    const report = runCheck(catalogue, config());
    expect(report.findings).toEqual([]);
    expect(report.permutations.map((p) => p.name)).toEqual(CONTRAST_MINI_PERMUTATIONS);
    expect(report.pairs.map((p) => `${p.fg} on ${p.bg} (${p.usage})`).sort()).toEqual([
      'color.action on color.surface (non-text)',
      'color.focus.ring on color.surface (non-text)',
      'color.text on color.surface (body)',
    ]);
    expect(report.contrast.results).toHaveLength(3 * 6);
  });

  test('values come from the catalogue per permutation: dark text is white on ink', () => {
    const report = runCheck(catalogue, config());
    const dark = report.contrast.results.find((r) => r.permutation.name === 'dark' && r.pair.fg === 'color.text')!;
    expect(dark.fg.shown.hex).toBe('#ffffff');
    expect(dark.bg.file).toBe('themes/dark.tokens.json');
    expect(dark.ratio).toBeCloseTo(
      wcagRatio(
        shown(dtcgToRgb(catalogue.get('palette.white')!.value)),
        shown(dtcgToRgb(catalogue.get('palette.ink')!.value)),
      ),
      12,
    );
  });
});

describe('failures, levels and fixes', () => {
  test('high contrast must meet AAA (7 for body): blue text passes AA in light but fails in high-contrast, with a ramp fix', async () => {
    const { catalogue } = await buildMini((files: Record<string, Json>) => {
      cleanMini(files);
      files['themes/high-contrast.tokens.json'].color.text = { $value: '{palette.blue}' };
    });
    const report = runCheck(catalogue, contrastOnly());
    const failing = report.findings.filter((f) => f.rule === 'contrast');
    expect(failing.map((f) => f.permutation)).toEqual(['high-contrast', 'high-contrast-campaign']);
    const [first] = failing;
    expect(first).toMatchObject({ severity: 'error', file: 'themes/high-contrast.tokens.json', at: 'color.text' });
    expect(first!.message).toBe(
      '[high-contrast] color.text (#2955d3) on color.surface (#ffffff, semantic.tokens.json): 6.30:1, ' +
        'needs 7:1 for body text (WCAG AAA); APCA Lc 80.7 (contrast)',
    );
    expect(first!.fix).toBe(
      'set color.text to "{palette.ink}" in themes/high-contrast.tokens.json (18.11:1, nearest step of palette (by OKLCH lightness) that reaches 7)',
    );
    expect(report.errors).toBe(2);
  });

  test('non-text stays at 3 under AAA (WCAG has no enhanced 1.4.11); the brand target of 4.5 warns', async () => {
    const { catalogue } = await buildMini((files: Record<string, Json>) => {
      cleanMini(files);
      // oklch 0.62 blue on white: about 3.6:1, between WCAG's 3 and the brand's 4.5.
      files['primitives.tokens.json'].palette.mid = { $value: { colorSpace: 'oklch', components: [0.62, 0.14, 250] } };
      files['themes/high-contrast.tokens.json'].color.action = { $value: '{palette.mid}' };
    });
    const report = runCheck(catalogue, config());
    const action = report.contrast.results.find(
      (r) => r.permutation.name === 'high-contrast' && r.pair.fg === 'color.action',
    )!;
    expect(action.ratio).toBeGreaterThan(3);
    expect(action.ratio).toBeLessThan(4.5);
    expect(action).toMatchObject({ required: 3, level: 'AAA', pass: true });
    expect(report.errors).toBe(0);
    expect(report.findings.map((f) => [f.rule, f.severity, f.permutation])).toEqual([
      ['contrast-brand-target', 'warning', 'high-contrast'],
    ]);
  });

  test('a translucent foreground is composited over its background before measuring', async () => {
    const { catalogue } = await buildMini((files: Record<string, Json>) => {
      cleanMini(files);
      files['primitives.tokens.json'].palette['ink-faint'] = {
        $value: { colorSpace: 'oklch', components: [0.2, 0.02, 265], alpha: 0.4 },
      };
      files['semantic.tokens.json'].color.text.$value = '{palette.ink-faint}';
    });
    const report = runCheck(catalogue, contrastOnly());
    const light = report.contrast.results.find((r) => r.permutation.name === 'light' && r.pair.fg === 'color.text')!;
    const expected = composite(dtcgToRgb(catalogue.get('palette.ink-faint')!.value), cssToRgb('#fff'));
    expect(light.fg.shown.hex).toBe(shown(expected).hex);
    expect(light.ratio).toBeCloseTo(wcagRatio(shown(expected), shown(cssToRgb('#fff'))), 12);
    // Opaque ink would give 18:1; 40% ink over white is far lighter and fails body text.
    expect(light.ratio).toBeLessThan(4.5);
    const finding = report.findings.find((f) => f.permutation === 'light')!;
    expect(finding.message).toContain('translucent: composited over the background');
  });

  test('a translucent background is composited over the backdrop (color.surface.page, else white)', async () => {
    const { catalogue } = await buildMini((files: Record<string, Json>) => {
      cleanMini(files);
      files['primitives.tokens.json'].palette.scrim = {
        $value: { colorSpace: 'srgb', components: [0, 0, 0], alpha: 0.5 },
      };
      files['semantic.tokens.json'].color.overlay = { $value: '{palette.scrim}', $description: 'Scrim.' };
      files['semantic.tokens.json'].color.text.$extensions['org.livery'].contrast.push({
        on: ['{color.overlay}'],
        usage: 'body',
      });
    });
    const report = runCheck(catalogue, contrastOnly());
    const onScrim = report.contrast.results.find(
      (r) => r.permutation.name === 'light' && r.pair.bg === 'color.overlay',
    )!;
    expect(onScrim.backdrop).toBe('white');
    expect(onScrim.bg.shown.hex).toBe('#808080');
  });

  test('when no step of the ramp passes, the fix is the nearest OKLCH lightness, and that value really passes', async () => {
    const { catalogue } = await buildMini((files: Record<string, Json>) => {
      cleanMini(files);
      files['primitives.tokens.json'].tint = {
        $type: 'color',
        100: { $value: { colorSpace: 'oklch', components: [0.85, 0.08, 150] } },
        200: { $value: { colorSpace: 'oklch', components: [0.75, 0.1, 150] } },
      };
      files['semantic.tokens.json'].color.text.$value = '{tint.200}';
    });
    const report = runCheck(catalogue, contrastOnly());
    const finding = report.findings.find((f) => f.permutation === 'light')!;
    expect(finding.fix).toMatch(
      /^no step of its ramp reaches 4\.5; the nearest lightness that does is oklch\(\d+\.\d% 0\.100 150\.0\) \(#[0-9a-f]{6}, \d\.\d\d:1\)/,
    );
    const suggested = /(oklch\([^)]*\))/.exec(finding.fix!)![1]!;
    expect(wcagRatio(shown(cssToRgb(suggested)), shown(cssToRgb('#fff')))).toBeGreaterThanOrEqual(4.5);
    // The nearest: 0.5% lighter would fail again.
    const l = Number(/oklch\(([\d.]+)%/.exec(suggested)![1]);
    expect(wcagRatio(shown(cssToRgb(`oklch(${l + 0.5}% 0.1 150)`)), shown(cssToRgb('#fff')))).toBeLessThan(4.5);
  });

  test('a fix names the token that decides the value in that permutation (the campaign file), not the alias', async () => {
    const { catalogue } = await buildMini((files: Record<string, Json>) => {
      cleanMini(files);
      files['semantic.tokens.json'].color.link.$extensions = {
        'org.livery': { contrast: [{ on: ['{color.surface}'], usage: 'body' }] },
      };
    });
    const report = runCheck(catalogue, contrastOnly());
    const finding = report.findings.find((f) => f.permutation === 'dark-campaign')!;
    expect(finding).toMatchObject({ file: 'semantic.tokens.json', at: 'color.link' });
    expect(finding.fix).toBe(
      'color.link resolves through color.action here; set color.action to "{palette.sky}' +
        '" in brands/campaign.tokens.json (9.82:1, nearest step of palette (by OKLCH lightness) ' +
        'that reaches 4.5)',
    );
  });
});

describe('declarations', () => {
  test('pattern rules in the config pair each status foreground with its own background ($1), not the others', async () => {
    const { catalogue } = await buildMini((files: Record<string, Json>) => {
      cleanMini(files);
      files['semantic.tokens.json'].color.status = {
        ok: { fg: { $value: '{palette.ink}' }, bg: { $value: '{palette.sky}' } },
        bad: { fg: { $value: '{palette.white}' }, bg: { $value: '{palette.coral}' } },
      };
    });
    const report = runCheck(
      catalogue,
      contrastOnly({
        pairs: [{ foreground: 'color.status.*.fg', on: ['color.status.$1.bg', 'color.surface'], usage: 'large' }],
      }),
    );
    expect(
      report.pairs
        .filter((p) => p.fg.startsWith('color.status'))
        .map((p) => `${p.fg} on ${p.bg}`)
        .sort(),
    ).toEqual([
      'color.status.bad.fg on color.status.bad.bg',
      'color.status.bad.fg on color.surface',
      'color.status.ok.fg on color.status.ok.bg',
      'color.status.ok.fg on color.surface',
    ]);
    // White on white fails in light; it is reported against the config that declared it.
    const bad = report.findings.find((f) => f.at === 'color.status.bad.fg' && f.permutation === 'light')!;
    expect(bad.message).toContain('on color.surface (#ffffff');
  });

  test('a declaration naming a missing background is an error with a "did you mean"', async () => {
    const { catalogue } = await buildMini((files: Record<string, Json>) => {
      cleanMini(files);
      files['semantic.tokens.json'].color.text.$extensions['org.livery'].contrast = [
        { on: ['{color.surfce}'], usage: 'body' },
        { on: ['{color.surface}'], usage: 'tiny' },
      ];
    });
    const report = runCheck(catalogue, contrastOnly());
    expect(report.findings.map((f) => [f.file, f.at, f.message, f.fix])).toEqual([
      [
        'semantic.tokens.json',
        'color.text',
        'contrast pair refers to "{color.surfce}", which does not exist (contrast)',
        'did you mean {color.surface}?',
      ],
      [
        'semantic.tokens.json',
        'color.text',
        'contrast usage "tiny" is not one of body, large, non-text (contrast)',
        undefined,
      ],
    ]);
  });
});

describe('configuration', () => {
  test('severities: warn turns errors into warnings, off removes them; unknown rules and severities are config errors', () => {
    expect(() => config({ rules: { contrst: 'error' } })).toThrow(
      /check\.rules\.contrst: unknown rule \(did you mean contrast\?\)/,
    );
    expect(() => config({ rules: { contrast: 'fatal' } })).toThrow(
      /check\.rules\.contrast: severity must be one of error, warning, off/,
    );
    expect(() => config({ colours: {} })).toThrow(
      /check\.colours: unknown key; known keys: rules, pairs, primitives, backdrop/,
    );
    expect(() => config({ pairs: [{ foreground: 'a', on: 'b', usage: 'body' }] })).toThrow(/pairs\[0\]/);
  });

  test('warn and off apply to the findings', async () => {
    const { catalogue } = await buildMini((files: Record<string, Json>) => {
      cleanMini(files);
      files['themes/high-contrast.tokens.json'].color.text = { $value: '{palette.blue}' };
    });
    const warned = runCheck(catalogue, contrastOnly({ rules: { contrast: 'warn' } }));
    expect([warned.errors, warned.warnings]).toEqual([0, 2]);
    const custom = runCheck(catalogue, config({ rules: { contrast: ['error', { enhancedContexts: [] }] } }));
    expect(custom.findings.filter((f) => f.rule === 'contrast')).toEqual([]);
  });
});
