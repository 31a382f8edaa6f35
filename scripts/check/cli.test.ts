import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { main } from '../cli/livery.ts';
import { buildMini, cleanMini, CONTRAST_MINI_PERMUTATIONS, type Json } from './testing/fixture.ts';

/** Runs the real CLI entry in-process, capturing what it prints. */
async function livery(args: string[], cwd?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const before = process.cwd();
  if (cwd) process.chdir(cwd);
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    process.chdir(before);
    out.mockRestore();
    err.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('livery contrast', () => {
  test('two CSS colors: ratio truncated, APCA Lc and the levels; #777 fails AA body', async () => {
    const { code, stdout } = await livery(['contrast', '#777777', '#FFFFFF']);
    expect(code).toBe(0);
    expect(stdout).toContain('WCAG 2.x   4.47:1');
    expect(stdout).toContain('APCA       Lc 71.1');
    expect(stdout).toMatch(/FAIL {2}AA body text \(4\.5:1\)/);
    expect(stdout).toMatch(/pass {2}AA large text \(3:1\)/);
  });

  test('--json gives numbers: the oracles 4.54, 7.00 and 21', async () => {
    const get = async (fg: string, bg: string) =>
      JSON.parse((await livery(['contrast', fg, bg, '--json'])).stdout).results[0];
    expect(await get('#767676', '#fff')).toMatchObject({
      ratioText: '4.54',
      passes: { 'aa-body': true, 'aaa-body': false },
    });
    expect(await get('#595959', '#fff')).toMatchObject({ ratioText: '7.00', passes: { 'aaa-body': true } });
    expect((await get('black', 'white')).ratio).toBe(21);
  });

  test('an invalid color is a clear usage error (exit 2)', async () => {
    const { code, stderr } = await livery(['contrast', 'notacolor', '#fff']);
    expect(code).toBe(2);
    expect(stderr).toContain('"notacolor" is not a CSS color');
    expect((await livery(['contrast', '#fff'])).code).toBe(2);
  });

  describe('with token names', () => {
    let dir: string;
    beforeAll(async () => {
      ({ dir } = await buildMini(cleanMini));
    });

    test('dotted names and custom properties, in every permutation', async () => {
      const catalogue = join(dir, 'dist', 'tokens.json');
      const { code, stdout } = await livery([
        'contrast',
        'color.text',
        '--lv-color-surface',
        '--catalogue',
        catalogue,
        '--json',
      ]);
      expect(code).toBe(0);
      const json = JSON.parse(stdout);
      expect(json.fg).toBe('color.text');
      expect(json.bg).toBe('--lv-color-surface');
      expect(json.results.map((r: Json) => r.permutation)).toEqual(CONTRAST_MINI_PERMUTATIONS);
      expect(json.results.find((r: Json) => r.permutation === 'dark')).toMatchObject({
        fgHex: '#ffffff',
        bgHex: '#12161f',
      });
    });

    test('--theme narrows the permutations; a misspelt token gets a suggestion', async () => {
      const catalogue = join(dir, 'dist', 'tokens.json');
      const one = await livery([
        'contrast',
        'color.text',
        'color.surface',
        '--theme',
        'dark',
        '--brand',
        'default',
        '--catalogue',
        catalogue,
      ]);
      expect(one.stdout.trim().split('\n')).toHaveLength(2);
      const typo = await livery(['contrast', 'color.txt', 'color.surface', '--catalogue', catalogue]);
      expect(typo.code).toBe(2);
      expect(typo.stderr).toContain('"color.txt" is not a color token (did you mean color.text?)');
    });
  });
});

describe('livery check', () => {
  test('exit 0 on a passing brand, 1 with the finding on a failing one; json and html outputs', async () => {
    const good = await buildMini(cleanMini);
    const ok = await livery(['check', '--catalogue', 'dist/tokens.json'], good.dir);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('0 errors, 0 warnings');

    const bad = await buildMini((files: Record<string, Json>) => {
      cleanMini(files);
      files['themes/high-contrast.tokens.json'].color.text = { $value: '{palette.blue}' };
    });
    const failed = await livery(['check', '--catalogue', 'dist/tokens.json'], bad.dir);
    expect(failed.code).toBe(1);
    // Both failing permutations come from one value: one root cause, its pair and permutations under it.
    expect(failed.stdout).toContain(
      'error [check] themes/high-contrast.tokens.json › color.text: root cause of 2 findings in 2 permutations (high-contrast, high-contrast-campaign)',
    );
    expect(failed.stdout).toMatch(
      /\n {4}color\.text on color\.surface \(body\): high-contrast 6\.30:1, high-contrast-campaign 6\.30:1 \(needs 7\)\n/,
    );

    const json = await livery(['check', '--format', 'json', '--catalogue', 'dist/tokens.json'], bad.dir);
    const report = JSON.parse(json.stdout);
    expect(json.code).toBe(1);
    expect(report.summary).toMatchObject({ errors: 2, measured: 18 });
    expect(report.findings[0]).toMatchObject({
      rule: 'contrast',
      file: 'themes/high-contrast.tokens.json',
      at: 'color.text',
      permutation: 'high-contrast',
      cause: 'themes/high-contrast.tokens.json#color.text',
    });
    expect(report.causes).toHaveLength(1);

    const html = await livery(['check', '--format', 'html', '--catalogue', 'dist/tokens.json'], bad.dir);
    expect(html.code).toBe(1);
    const page = readFileSync(join(bad.dir, 'dist', 'contrast-matrix.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).not.toMatch(/<script|<link|src=/);
    expect(page).toContain('data-permutation="high-contrast"');
    expect(page).toContain('data-pass="false"');
  });

  test('settings come from livery.config.json or package.json#livery.check; a bad config exits 2', async () => {
    const bad = await buildMini((files: Record<string, Json>) => {
      cleanMini(files);
      files['themes/high-contrast.tokens.json'].color.text = { $value: '{palette.blue}' };
    });
    writeFileSync(
      join(bad.dir, 'package.json'),
      JSON.stringify({ name: 'x', livery: { check: { rules: { contrast: 'warn' } } } }),
    );
    const warned = await livery(['check'].concat(['--catalogue', 'dist/tokens.json']), bad.dir);
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain('0 errors, 2 warnings');
    writeFileSync(join(bad.dir, 'livery.config.json'), JSON.stringify({ check: { rules: { contrast: 'eror' } } }));
    const broken = await livery(['check', '--catalogue', 'dist/tokens.json'], bad.dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain(
      'livery.config.json › check.rules.contrast: severity must be one of error, warning, off (got "eror")',
    );
    expect(existsSync(join(bad.dir, 'dist', 'contrast-matrix.html'))).toBe(false);
    expect((await livery(['check', '--format', 'pdf'], bad.dir)).code).toBe(2);
  });
});
