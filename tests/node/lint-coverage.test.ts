/**
 * Token coverage in the report: how many style declarations go through tokens, per language and
 * in total (stylish and JSON), the same from the cache, and `--min-coverage` failing the run.
 */
import { describe, expect, it } from 'vitest';
import { lintCliOverMiniBrand, lintFixtureRepo } from './lint-fixture-repo.ts';

const { lint } = lintCliOverMiniBrand();
const repo = (files: Record<string, string>) => lintFixtureRepo(files, 'livery-lint-coverage-');

const FILES = {
  // css: 3 through tokens, 2 raw (one mixes a token with a raw length), 1 neutral (margin: 0)
  'a.css':
    '.a { color: var(--lv-color-text); padding: var(--lv-space-4); margin: 0; }\n' +
    '.b { background: #2955d3; border: 1px solid var(--lv-color-link); }\n' +
    '.c { padding: var(--lv-space-4) 13px; }\n',
  // js: 1 token, 1 raw; a disabled raw value is still raw
  'b.tsx':
    "export const s = { color: 'var(--lv-color-text)' };\n" +
    '// livery-disable-next-line no-raw-color -- legacy chart\n' +
    "export const t = { background: '#c43b15' };\n",
  'c.ts': 'export const n = 1;\n',
};

describe('token coverage', () => {
  it('counts declarations through tokens against those with raw values, per language and in total', () => {
    const dir = repo(FILES);
    const summary = JSON.parse(lint(dir, '--format', 'json').stdout).summary;
    expect(summary.coverage).toEqual({
      tokens: 4,
      raw: 3,
      percent: 57.1,
      byLanguage: { css: { tokens: 3, raw: 2, percent: 60 }, js: { tokens: 1, raw: 1, percent: 50 } },
    });
    expect(lint(dir).stdout).toContain('token coverage 57.1%: 4 of 7 style declarations use tokens (css 60%, js 50%)');
    // from the cache, the same
    lint(dir, '--cache');
    expect(JSON.parse(lint(dir, '--format', 'json', '--cache').stdout).summary.coverage).toEqual(summary.coverage);
  });

  it('--min-coverage fails the run below the share, and is checked for sense', () => {
    const dir = repo({ 'a.css': '.a { color: var(--lv-color-text); padding: var(--lv-space-4); margin: 13px; }\n' });
    expect(lint(dir, '--min-coverage', '60').status).toBe(0);
    const short = lint(dir, '--min-coverage', '70%');
    expect(short.status).toBe(1);
    expect(short.stderr).toContain('token coverage 66.6% is below --min-coverage 70%');
    const bad = lint(dir, '--min-coverage', 'most');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--min-coverage must be a percent from 0 to 100, got most');
    // nothing to count is not a failure
    expect(lint(repo({ 'x.css': '.x { display: grid; }\n' }), '--min-coverage', '90').status).toBe(0);
  });
});
