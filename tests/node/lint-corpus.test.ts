/**
 * The labelled corpus: small consuming repos per language (tests/fixtures/lint/repos) in which a
 * person marked each line that should be a finding with `expect: <rule>[*count]` in a comment.
 * Precision and recall are measured per rule against those labels, with the mini brand as the
 * catalogue; the targets are ≥ 0.95 for raw colors and ≥ 0.9 for the scale rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../scripts/lint/config.ts';
import { runLint } from '../../scripts/lint/engine.ts';
import type { LintResult } from '../../scripts/lint/types.ts';
import { LINT_FIXTURES, miniCatalogue } from './lint-helpers.ts';

const REPOS = join(LINT_FIXTURES, 'repos');

/** `file:line:rule` → expected count, from the `expect:` labels. */
function labels(files: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const file of files) {
    readFileSync(join(REPOS, file), 'utf8')
      .split('\n')
      .forEach((text, i) => {
        const m = /expect:\s*([\w\s,*-]+)/.exec(text);
        if (!m) return;
        for (const item of m[1]!.matchAll(/([a-z][a-z-]*[a-z])(?:\*(\d+))?/g)) {
          const key = `${file}:${i + 1}:${item[1]}`;
          out.set(key, (out.get(key) ?? 0) + Number(item[2] ?? 1));
        }
      });
  }
  return out;
}

let result: LintResult;
let expected: Map<string, number>;

beforeAll(async () => {
  result = await runLint({
    cwd: REPOS,
    paths: [],
    config: defaultConfig(),
    catalogue: await miniCatalogue(),
    threads: 1,
  });
  // every file the run read (with findings or not) carries its labels
  expected = labels(result.scanned);
});

function score(rules: string[]): {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
  extras: string[];
} {
  const found = new Map<string, number>();
  for (const f of result.findings) {
    if (!rules.includes(f.ruleId)) continue;
    const key = `${f.file}:${f.line}:${f.ruleId}`;
    found.set(key, (found.get(key) ?? 0) + 1);
  }
  let tp = 0,
    fp = 0,
    fn = 0;
  const misses: string[] = [];
  const extras: string[] = [];
  for (const key of new Set([
    ...found.keys(),
    ...[...expected.keys()].filter((k) => rules.includes(k.split(':')[2]!)),
  ])) {
    const want = expected.get(key) ?? 0;
    const got = found.get(key) ?? 0;
    tp += Math.min(want, got);
    if (got > want) ((fp += got - want), extras.push(key));
    if (want > got) ((fn += want - got), misses.push(key));
  }
  return { precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn), tp, fp, fn, misses, extras };
}

/** One line a score, printed beside the assertions so a run shows how close each rule is to its bar. */
function summary(label: string, s: ReturnType<typeof score>): string {
  return (
    `${label}: precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} ` +
    `(tp ${s.tp}, fp ${s.fp}, fn ${s.fn}); missed ${s.misses.join(' ') || '-'}; extra ${s.extras.join(' ') || '-'}`
  );
}

describe('labelled corpus', () => {
  it('reads every language and skips what it must', () => {
    const files = new Set(result.findings.map((f) => f.file));
    for (const dir of ['css', 'scss', 'less', 'react', 'lit', 'html', 'vue', 'svelte', 'svg']) {
      expect(
        [...files].some((f) => f.startsWith(`${dir}/`)),
        dir,
      ).toBe(true);
    }
    // .gitignore'd vendor CSS, test snapshots and an approved logo copy: no findings
    expect(
      [...files].filter((f) => f.includes('vendor/') || f.includes('__snapshots__') || f.endsWith('brand/logo.svg')),
    ).toEqual([]);
  });

  it('finds raw colors with precision and recall ≥ 0.95', () => {
    const s = score(['no-raw-color']);
    console.log(summary('no-raw-color', s));
    expect(s.tp).toBeGreaterThan(30);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('finds off-scale values and unregistered fonts with precision and recall ≥ 0.9', () => {
    const s = score(['no-off-scale-value', 'no-unregistered-font-family']);
    console.log(summary('scale rules', s));
    expect(s.tp).toBeGreaterThan(20);
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('finds every labelled token and logo problem, and nothing else', () => {
    const s = score(['no-unknown-token', 'no-deprecated-token', 'no-logo-misuse']);
    expect({ misses: s.misses, extras: s.extras }).toEqual({ misses: [], extras: [] });
  });
});
