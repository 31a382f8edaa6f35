/**
 * `livery usage` merging 500 repository reports (issue 16: < 2 s), the way an organisation runs
 * it: each consuming repo's CI saves `livery usage <repo> --format json --output usage.json`, and
 * one job merges them with `livery usage reports/*.json`. Beside it in the same run, jq (`jq -s`)
 * adding up the same totals from the same 500 files: the peer for reading and summing that much
 * JSON, and an independent check that the merged totals are right.
 *
 * The reports are real: five consuming repos (CSS, SCSS, TSX with styled-components and inline
 * styles, Lit, HTML; token references, deprecated tokens, raw values, <lv-*> components) are
 * scanned by the real `livery usage --format json`, untimed; the 500 are those five reports with
 * each repo's name, counts and token mix varied (every count scaled, references spread over the
 * catalogue's tokens), so the merge sees 500 different repos of the shape the command writes.
 * Run: `node bench/run.ts usage` (after `npm run build`), or `node bench/usage.bench.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCatalogue } from '../scripts/catalogue/read-catalogue.ts';
import { seededRandom } from './seeded-random.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CATALOGUE = join(ROOT, 'dist', 'tokens.json');
const BIN = join(ROOT, 'bin', 'livery.js');
const REPORTS = Number(process.env.LIVERY_BENCH_REPORTS ?? 500);
const TARGET_SECONDS = 2;
const RUNS = 3;

const work = mkdtempSync(join(tmpdir(), 'livery-usage-bench-'));
const catalogue = readCatalogue(CATALOGUE);
const live = [...catalogue.tokens.values()].filter((t) => !t.deprecated);
const deprecated = [...catalogue.tokens.values()].filter((t) => t.deprecated);
const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]!;
const cssVar = (i: number) => `var(${pick(live, i).cssVariable})`;

// ---------------------------------------------------------------- five real reports
function writeRepo(name: string, files: Record<string, string>): string {
  const dir = join(work, 'repos', name);
  for (const [file, text] of Object.entries({
    'package.json': JSON.stringify({ name, dependencies: { liverykit: '^0.1.0' } }),
    ...files,
  })) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}
const old = deprecated.length ? `var(${deprecated[0]!.cssVariable})` : 'var(--lv-unknown-token)';
const repos = [
  writeRepo('storefront', {
    ...Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [
        `src/styles/block-${i}.css`,
        `.b${i} { color: ${cssVar(i)}; background: ${i % 3 ? cssVar(i + 7) : '#f4f4f5'}; padding: ${i % 4 ? cssVar(i + 3) : '13px'}; border-color: ${old}; }\n`,
      ]),
    ),
  }),
  writeRepo('admin', {
    ...Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [
        `src/views/view-${i}.scss`,
        `.v${i} { color: ${i % 2 ? cssVar(i * 5) : 'rgba(0, 0, 0, .6)'}; margin: ${cssVar(i + 11)}; font-size: ${i % 5 ? cssVar(i + 2) : '14px'}; }\n`,
      ]),
    ),
  }),
  writeRepo('web-app', {
    ...Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [
        `src/components/Card${i}.tsx`,
        `import styled from 'styled-components';\n` +
          `export const Box = styled.div\`color: ${cssVar(i * 3)}; padding: ` +
          `${i % 3 ? cssVar(i) : '8px'};\`;\nexport const Card${i} = () => <lv-card>` +
          `<div style={{ color: '${i % 4 ? cssVar(i + 1) : '#333'}' }}><lv-button>Go</lv-button>` +
          `</div></lv-card>;\n`,
      ]),
    ),
  }),
  writeRepo('design-site', {
    ...Object.fromEntries(
      Array.from({ length: 25 }, (_, i) => [
        `src/el-${i}.ts`,
        `import { LitElement, css, html } from 'lit';\nexport class El${i} extends LitElement {\n` +
          `  static styles = css\`:host { color: ${cssVar(i * 7)}; gap: ` +
          `${i % 2 ? cssVar(i + 4) : '12px'}; }\`;\n` +
          `  render() { return html\`<lv-badge>\${this.title}</lv-badge>\`; }\n}\n`,
      ]),
    ),
  }),
  writeRepo('marketing', {
    ...Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [
        `pages/page-${i}.html`,
        `<!doctype html><style>.hero { color: ${cssVar(i * 11)}; background: ` +
          `${i % 3 ? cssVar(i * 2) : 'tomato'}; }</style><div style="margin: ${cssVar(i + 5)}">` +
          `<lv-button>Buy</lv-button></div>\n`,
      ]),
    ),
  }),
];
const templates = repos.map((dir) => {
  const run = spawnSync(process.execPath, [BIN, 'usage', dir, '--format', 'json', '--catalogue', CATALOGUE], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`livery usage ${dir} failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as { repos: Record<string, any>[]; skipped: unknown[]; totals: unknown };
});

// ---------------------------------------------------------------- 500 varied reports
const rand = seededRandom(16);
const scaled = (n: number, f: number) => Math.round(n * f);
const scaleCounts = (counts: Record<string, number>, f: number) =>
  Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, scaled(v, f)]));
const reportsDir = join(work, 'reports');
mkdirSync(reportsDir);
let bytes = 0;
for (let k = 0; k < REPORTS; k++) {
  const template = templates[k % templates.length]!;
  const base = template.repos[0]!;
  const f = 0.5 + rand() * 40; // from a small app to a monorepo
  const byToken: Record<string, number> = {};
  for (let i = 0; i < live.length; i++) if (rand() < 0.35) byToken[live[i]!.name] = 1 + Math.floor(rand() * 20 * f);
  const repo = {
    ...base,
    repo: `repos/org-app-${k}`,
    name: `@org/app-${k}`,
    files: scaled(base.files, f),
    references: {
      total: Object.values(byToken).reduce((a, b) => a + b, 0),
      byCategory: scaleCounts(base.references.byCategory, f),
      byToken,
    },
    overrides: scaled(base.overrides, f),
    components: scaleCounts(base.components, f),
    raw: { ...base.raw, total: scaled(base.raw.total, f), byCategory: scaleCounts(base.raw.byCategory, f) },
    deprecated: base.deprecated.map((d: { count: number }) => ({ ...d, count: scaled(d.count, f) })),
    declarations: Object.fromEntries(
      Object.entries(base.declarations as Record<string, { tokens: number; raw: number }>).map(([c, d]) => [
        c,
        { tokens: scaled(d.tokens, f), raw: scaled(d.raw, f) },
      ]),
    ),
  };
  const text = `${JSON.stringify({ ...template, repos: [repo] }, null, 2)}\n`;
  bytes += text.length;
  writeFileSync(join(reportsDir, `app-${String(k).padStart(3, '0')}.json`), text);
}
const files = Array.from({ length: REPORTS }, (_, k) => join(reportsDir, `app-${String(k).padStart(3, '0')}.json`));
console.log(
  `${REPORTS} reports from ${templates.length} real ones (${(bytes / 1024 / 1024).toFixed(1)} MB of JSON); catalogue ${catalogue.tokens.size} tokens`,
);

// ---------------------------------------------------------------- run
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function timed(command: string, args: string[]): { seconds: number; stdout: string; cpu: number } {
  const t0 = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%U %S', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const seconds = (performance.now() - t0) / 1000;
  if (run.status !== 0) throw new Error(`${command} failed (${run.status}): ${run.stderr.slice(0, 2000)}`);
  const [user, system] = run.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { seconds, stdout: run.stdout, cpu: user! + system! };
}
const JQ_TOTALS =
  '{repos: ([.[].repos[]] | length), references: ([.[].repos[].references.total] | add), raw: ([.[].repos[].raw.total] | add), ' +
  'deprecatedUses: ([.[].repos[].deprecated[].count] | add // 0), ' +
  'components: (reduce (.[].repos[].components | to_entries[]) as $e ({}; .[$e.key] += $e.value)), ' +
  'used: ([.[].repos[].references.byToken | keys[]] | unique | length)}';
const jqPresent = spawnSync('jq', ['--version']).status === 0;

const rows: { name: string; seconds: number; cpu: number }[] = [];
const load: number[] = [];
let merged: Record<string, any> | undefined;
let jqTotals: Record<string, any> | undefined;
for (let run = 0; run < RUNS; run++) {
  load.push(loadavg()[0]!);
  const ours = timed(process.execPath, [BIN, 'usage', ...files, '--format', 'json', '--catalogue', CATALOGUE]);
  merged = JSON.parse(ours.stdout);
  rows.push({ name: 'livery usage <500 reports> --format json', ...ours });
  const text = timed(process.execPath, [BIN, 'usage', ...files, '--catalogue', CATALOGUE]);
  rows.push({ name: 'livery usage <500 reports> (text)', ...text });
  if (jqPresent) {
    const jq = timed('jq', ['-s', JQ_TOTALS, ...files]);
    jqTotals = JSON.parse(jq.stdout);
    rows.push({ name: 'jq -s (the same totals)', ...jq });
  }
}

console.log(
  `load average (1 min) during the runs: ${load.map((l) => l.toFixed(1)).join(', ')}; median of ${RUNS} runs`,
);
for (const name of [...new Set(rows.map((r) => r.name))]) {
  const mine = rows.filter((r) => r.name === name);
  console.log(
    `${name.padEnd(44)} ${median(mine.map((r) => r.seconds))
      .toFixed(2)
      .padStart(6)} s wall  ${median(mine.map((r) => r.cpu))
      .toFixed(2)
      .padStart(6)} s CPU`,
  );
}
const t = merged!.totals;
console.log(
  `merged: ${t.repos} repos, ${t.references} references, ${t.raw} raw values, ` +
    `${t.deprecatedUses} deprecated uses, ${t.unusedTokens} of ${catalogue.tokens.size} tokens ` +
    `unused`,
);
let agree = true;
if (jqTotals) {
  const unusedByJq = catalogue.tokens.size - jqTotals.used;
  agree =
    jqTotals.repos === t.repos &&
    jqTotals.references === t.references &&
    jqTotals.raw === t.raw &&
    jqTotals.deprecatedUses === t.deprecatedUses &&
    JSON.stringify(Object.entries(jqTotals.components).sort()) ===
      JSON.stringify(Object.entries(t.components).sort()) &&
    unusedByJq === t.unusedTokens;
  console.log(
    `jq's totals ${agree ? 'agree' : 'DISAGREE'} with livery's (repos, references, raw, deprecated uses, components, unused tokens)`,
  );
} else console.log('jq: NOT INSTALLED — the peer and the cross-check were skipped (apt-get install -y jq)');
const ourMedian = median(rows.filter((r) => r.name.endsWith('--format json')).map((r) => r.seconds));
console.log(`target: < ${TARGET_SECONDS} s — ${ourMedian < TARGET_SECONDS ? 'met' : 'MISSED'}`);
process.exitCode = ourMedian < TARGET_SECONDS && agree ? 0 : 1;
rmSync(work, { recursive: true, force: true });
