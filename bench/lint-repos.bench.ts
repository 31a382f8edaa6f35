/**
 * `livery lint` on public repositories of five stacks, each named by repository and commit (their
 * code is not copied into this repo; the bench runs when they are present locally as git mirrors,
 * e.g. brought by `git clone --mirror` into $LIVERY_REPOS/<owner>+<name>/repo). For each:
 *   - wall and CPU time of a cold run over the whole checkout (with the load average), files and
 *     findings, and the time stylelint takes on the CSS/SCSS files it reads;
 *   - raw-color precision and recall on the CSS/SCSS files, line by line, against stylelint 18's
 *     color-no-hex, color-named and function-disallowed-list (the independent oracle);
 *   - role-correct suggestion rate: of the findings that name a token to use, the share whose token
 *     belongs to the family the property needs, by a classification written here, independent of
 *     lint's role map (text color → text/link/foreground tokens; backgrounds → surface, background,
 *     interactive, status background; borders → border; outline → focus; fill/stroke → icon, text,
 *     brand, chart; shadows → elevation; variables and unknown keys are not counted);
 *   - token coverage as the report states it;
 *   - for `.sass` files (the indented syntax, which stylelint does not read), the declarations lint
 *     finds against those Sass's own parser finds (sass-parser), by line and property.
 * Run: `node bench/lint-repos.bench.ts [name…]` (after `npm run build`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as sassParser from 'sass-parser';
import { extractSass } from '../scripts/lint/extract/sass.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MIRRORS = process.env.LIVERY_REPOS ?? '/work/.mirror';
const CATALOGUE = join(ROOT, 'dist', 'tokens.json');

const REPOS = [
  { stack: 'SCSS (Bulma)', repo: 'jgthms/bulma', commit: '68ff0ad283e60b918f19d9abcc5218fa6d255f65' },
  { stack: 'Vue + SCSS', repo: 'PanJiaChen/vue-element-admin', commit: '6858a9ad67483025f6a9432a926beb9327037be3' },
  {
    stack: 'styled-components (React)',
    repo: 'react-boilerplate/react-boilerplate',
    commit: 'd19099afeff64ecfb09133c06c1cb18c0d40887e',
  },
  {
    stack: 'Lit (web components)',
    repo: 'shoelace-style/shoelace',
    commit: '09024cfee5a346e1fbc2ce125ed66d4b15cd2fd6',
  },
  { stack: 'Tailwind (Next.js)', repo: 'shadcn-ui/taxonomy', commit: '651f984e52edd65d40ccd55e299c1baeea3ff017' },
  // plain CSS with custom properties throughout: a design system's own stylesheets
  { stack: 'CSS (Spectrum CSS)', repo: 'adobe/spectrum-css', commit: '589999b2d7737b1fdf3d2a451e00db748c90d66a' },
  // the issue's "real 2,700-file repo": 3,023 files, 2,404 of them Vue, TS/TSX, Sass, SCSS and JS
  { stack: 'Vue + Sass (Vuetify)', repo: 'vuetifyjs/vuetify', commit: 'f61c453c9d2e11ba46aae46eb64acbfa08b08f4b' },
];

interface Finding {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  message: string;
  fix?: { token?: string };
  suggestions?: { token: string }[];
}

/** The token family a property needs, and the families a token path belongs to (this bench's own classification). */
function propertyFamily(p: string): string[] | undefined {
  if (p === 'color' || p.endsWith('text-fill-color') || p === 'caret-color') return ['text'];
  if (p === 'background' || p === 'background-color') return ['surface', 'interactive', 'status-bg', 'scrim'];
  if (p.startsWith('border') || p === 'column-rule' || p === 'column-rule-color') return ['border', 'focus'];
  if (p.startsWith('outline')) return ['focus'];
  if (p === 'fill' || p === 'stroke' || p === 'stop-color')
    return ['icon', 'text', 'brand', 'chart', 'interactive', 'border'];
  if (p === 'box-shadow' || p === 'text-shadow') return ['elevation', 'focus', 'border'];
  return undefined;
}

function tokenFamilies(token: string): string[] {
  const parts = token.split('.');
  if (parts[0] !== 'color') return parts[0] === 'shadow' || parts[0] === 'elevation' ? ['elevation'] : ['primitive'];
  const out: string[] = [];
  if (/^(text|foreground|fg|link)$/.test(parts[1]!) || (parts[1] === 'status' && parts[3] === 'fg')) out.push('text');
  if (/^(surface|background|bg)$/.test(parts[1]!)) out.push('surface');
  if (parts[1] === 'interactive' || parts[1] === 'action') out.push('interactive');
  if (parts[1] === 'status' && parts[3] === 'bg') out.push('status-bg');
  if (parts[1] === 'border' || (parts[1] === 'status' && parts[3] === 'border')) out.push('border');
  if (parts[1] === 'focus') out.push('focus');
  if (parts[1] === 'icon') out.push('icon');
  if (parts[1] === 'brand') out.push('brand');
  if (parts[1] === 'dataviz' || parts[1] === 'chart') out.push('chart');
  if (parts.includes('scrim') || parts[1] === 'backdrop') out.push('scrim');
  return out.length ? out : ['other'];
}

/** The lines stylelint reports a raw color on, and the files it read (it skips dot-folders and its ignore files'). */
function stylelintRun(dir: string): { lines: Set<string>; files: Set<string> } {
  const script = join(dir, '..', 'stylelint-run.mjs');
  writeFileSync(
    script,
    `const { default: stylelint } = await import(${JSON.stringify(import.meta.resolve('stylelint'))});\n` +
      `const scss = ${JSON.stringify(import.meta.resolve('postcss-scss'))};\n` +
      `const result = await stylelint.lint({ files: ['**/*.css', '**/*.scss'], cwd: ${JSON.stringify(dir)}, allowEmptyInput: true, config: {\n` +
      (`  rules: { 'color-no-hex': true, 'color-named': 'never', 'function-disallowed-list': ` +
        `['rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color'] },\n`) +
      `  overrides: [{ files: ['**/*.scss'], customSyntax: (await import(scss)).default }] } });\n` +
      `const rel = (source) => source.slice(${JSON.stringify(dir)}.length + 1);\n` +
      (`const lines = []; const files = []; for (const r of result.results) { if (r.ignored) continue; ` +
        `files.push(rel(r.source)); for (const w of r.warnings) lines.push(rel(r.source) + ':' + w.line); }\n`) +
      `process.stdout.write(JSON.stringify({ lines, files }));\n`,
  );
  const run = spawnSync(process.execPath, [script], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`stylelint failed: ${run.stderr.slice(0, 1000)}`);
  const { lines, files } = JSON.parse(run.stdout) as { lines: string[]; files: string[] };
  return { lines: new Set(lines), files: new Set(files) };
}

/** The property a finding's line assigns, read from the source line (`color: #fff` → color). */
function propertyAt(line: string, column: number): string {
  const before = line.slice(0, column - 1);
  const m = /([\w-]+)\s*[:=]\s*['"`{]*[^:;]*$/.exec(before);
  return m ? m[1]!.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) : '';
}

/**
 * Writes the commit's files into `dir` (the stored snapshots may lack their largest blobs, so no
 * `git archive`): every blob git has, by `git cat-file --batch`; returns how many were absent.
 */
function checkout(mirror: string, commit: string, dir: string): number {
  const listing = execFileSync('git', ['--git-dir', mirror, 'ls-tree', '-r', '-z', commit], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const entries = listing
    .split('\0')
    .filter(Boolean)
    .flatMap((line) => {
      const m = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(line);
      return m ? [{ oid: m[1]!, path: m[2]! }] : [];
    });
  const out = spawnSync('git', ['--git-dir', mirror, 'cat-file', '--batch'], {
    input: entries.map((e) => e.oid).join('\n') + '\n',
    maxBuffer: 2 * 1024 * 1024 * 1024,
  }).stdout;
  let at = 0;
  let missing = 0;
  for (const entry of entries) {
    const eol = out.indexOf(10, at);
    const header = out.subarray(at, eol).toString();
    at = eol + 1;
    if (header.endsWith(' missing')) {
      missing++;
      continue;
    }
    const size = Number(header.split(' ')[2]);
    const file = join(dir, entry.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, out.subarray(at, at + size));
    at += size + 1;
  }
  return missing;
}

/** `.sass` declarations (line and property) as lint's extractor reads them, against Sass's own parser. */
function sassAgreement(dir: string, files: string[]): string {
  let unparsed = 0;
  let theirs = 0;
  let ours = 0;
  let same = 0;
  const key = (line: number, property: string) =>
    `${line}:${property.startsWith('--') ? property : property.toLowerCase()}`;
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    const want = new Set<string>();
    try {
      sassParser.sass.parse(text).walkDecls((d) => {
        // a nested property's parent (`font:` over `family: serif`) has no value to lint
        if (d.value.trim()) want.add(key(d.source!.start!.line, d.prop.trim()));
      });
    } catch {
      unparsed++;
      continue;
    }
    const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
    const got = new Set(extractSass(text, { offset: 0 }).map((d) => key(lineOf(d.offset), d.property)));
    theirs += want.size;
    ours += got.size;
    for (const k of got) if (want.has(k)) same++;
  }
  return (
    `; .sass: ${same} of ${theirs} declarations as Sass's parser reads them, ${ours} ours ` +
    `(${files.length} files, ${unparsed} it cannot parse)`
  );
}

const rows: string[] = [];
let present = 0;
// `node bench/lint-repos.bench.ts vuetify bulma` measures only the repositories whose names contain a word given
const only = process.argv.slice(2);
for (const { stack, repo, commit } of REPOS.filter((r) => !only.length || only.some((word) => r.repo.includes(word)))) {
  const mirror = join(MIRRORS, repo.replace('/', '+'), 'repo');
  if (!existsSync(mirror)) {
    rows.push(`${repo}: not present locally (${mirror}); skipped`);
    continue;
  }
  present++;
  const work = mkdtempSync(join(tmpdir(), 'livery-repo-bench-'));
  const dir = join(work, 'checkout');
  const missing = checkout(mirror, commit, dir);
  const sassFiles = execFileSync('git', ['--git-dir', mirror, 'ls-tree', '-r', '--name-only', commit], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
    .split('\n')
    .filter((f) => f.endsWith('.sass') && existsSync(join(dir, f)));
  const load = loadavg()[0]!;
  const t0 = performance.now();
  // GNU time gives Livery's CPU time (user + system) on the last line of stderr
  const run = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      'CPU %U %S',
      process.execPath,
      join(ROOT, 'bin', 'livery.js'),
      'lint',
      '--catalogue',
      CATALOGUE,
      '--format',
      'json',
      '--no-baseline',
    ],
    { cwd: dir, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 },
  );
  const seconds = (performance.now() - t0) / 1000;
  const cpu = /CPU ([\d.]+) ([\d.]+)/.exec(run.stderr);
  const cpuSeconds = cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN;
  const report = JSON.parse(run.stdout) as {
    findings: Finding[];
    skipped: { file: string; reason: string }[];
    summary: { files: number; coverage: { percent: number | null } };
  };
  const raw = report.findings.filter((f) => f.ruleId === 'no-raw-color');
  // precision / recall on CSS and SCSS, by file:line, against stylelint
  // the same files on both sides: what lint skipped (minified bundles, binary) is left out of the oracle too
  // (and .gitignore'd build output committed anyway, which lint leaves alone by design)
  const skipped = new Set(report.skipped.map((x) => x.file));
  const s0 = performance.now();
  const stylelint = stylelintRun(dir);
  const linted = [...stylelint.lines];
  const stylelintSeconds = (performance.now() - s0) / 1000;
  const ignored = new Set(
    spawnSync('git', ['--git-dir', mirror, '--work-tree', dir, 'check-ignore', '--no-index', '--stdin'], {
      cwd: dir,
      input: [...new Set(linted.map((l) => l.slice(0, l.lastIndexOf(':'))))].join('\n'),
      encoding: 'utf8',
    })
      .stdout.split('\n')
      .filter(Boolean),
  );
  const oracle = new Set(
    linted.filter((l) => !skipped.has(l.slice(0, l.lastIndexOf(':'))) && !ignored.has(l.slice(0, l.lastIndexOf(':')))),
  );
  // and only files stylelint read: it leaves out dot-folders (.storybook/) and what its own ignore files list
  const ours = new Set(
    raw.filter((f) => /\.(s?css)$/.test(f.file) && stylelint.files.has(f.file)).map((f) => `${f.file}:${f.line}`),
  );
  const tp = [...ours].filter((l) => oracle.has(l)).length;
  const precision = ours.size ? tp / ours.size : NaN;
  const recall = oracle.size ? tp / oracle.size : NaN;
  /** The three files with the most of these lines, for a reader to look at. */
  const mostIn = (lines: string[]) => {
    const byFile = new Map<string, number>();
    for (const l of lines)
      byFile.set(l.slice(0, l.lastIndexOf(':')), (byFile.get(l.slice(0, l.lastIndexOf(':'))) ?? 0) + 1);
    return [...byFile]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([f, c]) => `${f} (${c})`)
      .join(', ');
  };
  const missed = mostIn([...oracle].filter((l) => !ours.has(l)));
  const extra = mostIn([...ours].filter((l) => !oracle.has(l)));
  // role-correct suggestions
  let named = 0;
  let correct = 0;
  const lines = new Map<string, string[]>();
  const lineOf = (file: string, n: number) => {
    if (!lines.has(file)) lines.set(file, readFileSync(join(dir, file), 'utf8').split('\n'));
    return lines.get(file)![n - 1] ?? '';
  };
  const wrong: string[] = [];
  for (const f of raw) {
    const tokens = [f.fix?.token, ...(f.suggestions ?? []).map((s) => s.token)].filter(Boolean) as string[];
    const nearest = /nearest \S+ token is (\S+)/.exec(f.message)?.[1];
    if (nearest) tokens.push(nearest);
    if (!tokens.length) continue;
    const family = propertyFamily(propertyAt(lineOf(f.file, f.line), f.column));
    if (!family) continue;
    named++;
    const ok = tokens.every((t) => tokenFamilies(t).some((x) => family.includes(x) || x === 'primitive'));
    if (ok) correct++;
    else if (wrong.length < 3) wrong.push(`${f.file}:${f.line} ${tokens.join('|')}`);
  }
  rows.push(
    `${stack.padEnd(28)} ${repo}@${commit.slice(0, 10)}  ${String(report.summary.files).padStart(5)} files  ${seconds.toFixed(2).padStart(6)} s ` +
      `(CPU ${cpuSeconds.toFixed(2)} s, load ${load.toFixed(1)}; stylelint on its CSS/SCSS ${stylelintSeconds.toFixed(2)} s)  ` +
      (`${raw.length} raw colors; CSS/SCSS vs stylelint: precision ` +
        `${Number.isNaN(precision) ? '–' : precision.toFixed(3)} recall ` +
        `${Number.isNaN(recall) ? '–' : recall.toFixed(3)} (${tp}/${ours.size} ours, ` +
        `${oracle.size} stylelint${missed ? `; missed most in ${missed}` : ''}` +
        `${extra ? `; stylelint has none on ${extra}` : ''}); `) +
      (`role-correct ${named ? (correct / named).toFixed(3) : '–'} ` +
        `(${correct}/${named})${wrong.length ? ` e.g. wrong: ${wrong.join('; ')}` : ''}; coverage ` +
        `${report.summary.coverage.percent ?? '–'}%` +
        `${missing ? `; ${missing} blobs absent from the snapshot` : ''}`) +
      (sassFiles.length ? sassAgreement(dir, sassFiles) : ''),
  );
  rmSync(work, { recursive: true, force: true });
}
console.log(`catalogue: ${CATALOGUE}\n${rows.join('\n')}`);
if (!present) console.log('no repository present: nothing measured');
