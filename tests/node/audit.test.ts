/**
 * `liverykit audit` against a local fixture site in real Chromium: the planted drift, misuse,
 * collapse, rogue controls, fake logo and contrast failures are found exactly, in light and dark;
 * a page built only from components and tokens has none and a 100 % reuse rate; hostile pages are
 * per-page errors while the sweep completes; a baseline tells new from fixed.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../scripts/audit/report-json.ts';
import type { AuditFinding } from '../../scripts/audit/types.ts';
import { startAuditSite, type AuditSite } from './audit-site.ts';
import { ROOT } from './brand-fixture.ts';

const run = promisify(execFile);
const BIN = join(ROOT, 'bin', 'livery.js');

/** The CLI in a child process, asynchronously: the fixture server lives in this process. */
async function audit(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, 'audit', ...args], { cwd: ROOT, timeout: 180_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const findingsOf = (dir: string): AuditFinding[] =>
  readFileSync(join(dir, 'findings.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as AuditFinding);
const reportOf = (dir: string): AuditReport =>
  JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as AuditReport;

/** What drift.html plants, in either theme: type, element, property. */
const PLANTED = [
  'color #drift-color color',
  'color #drift-color background-color',
  'typography #drift-type font-family',
  'typography #drift-type font-size',
  'spacing #drift-space margin-top',
  'spacing #drift-space padding',
  'spacing #drift-space border-radius',
  'spacing #drift-space box-shadow',
  'component #rogue-button button',
  'component #rogue-input text field',
  'component #rogue-link link styled as a button',
  'logo #fake-logo svg',
  'accessibility #low-contrast color-contrast',
].sort();

let site: AuditSite;
let sweepDir: string;
let sweep: Awaited<ReturnType<typeof audit>>;

beforeAll(async () => {
  site = await startAuditSite();
  sweepDir = mkdtempSync(join(tmpdir(), 'livery-audit-'));
  const statePath = join(sweepDir, 'state.json');
  writeFileSync(
    statePath,
    JSON.stringify({
      cookies: [
        {
          name: 'session',
          value: 'ok',
          domain: '127.0.0.1',
          path: '/',
          expires: -1,
          httpOnly: false,
          secure: false,
          sameSite: 'Lax',
        },
      ],
      origins: [],
    }),
  );
  const pages = [
    'drift.html',
    'clean.html',
    'account.html',
    'redirect-away',
    'never-settles.html',
    'report.pdf',
    'huge.html',
  ].map((p) => `${site.url}/${p}`);
  sweep = await audit([
    ...pages,
    'http://127.0.0.1:1/closed',
    '--themes',
    'light,dark',
    '--out',
    join(sweepDir, 'out'),
    '--storage-state',
    statePath,
    '--timeout',
    '20000',
    '--max-elements',
    '5000',
  ]);
}, 240_000);

afterAll(async () => {
  await site?.close();
});

describe('liverykit audit on a fixture site', () => {
  it('completes the sweep and writes report.json, report.html, findings.jsonl and crops', () => {
    expect(sweep.stderr).not.toMatch(/TypeError|ReferenceError/);
    expect(sweep.code).toBe(0);
    const out = join(sweepDir, 'out');
    for (const file of ['report.json', 'report.html', 'findings.jsonl']) expect(existsSync(join(out, file))).toBe(true);
    const report = reportOf(out);
    expect(report.summary.pages).toBe(16);
    expect(report.fingerprints.length).toBe(findingsOf(out).length);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('Worst offenders');
    expect(html).toMatch(/<img src="crops\/[0-9a-f]{16}\.png"/);
  });

  for (const theme of ['light', 'dark']) {
    it(`finds exactly what drift.html plants in ${theme}`, () => {
      const found = findingsOf(join(sweepDir, 'out'))
        .filter((f) => f.page.endsWith('/drift.html') && f.theme === theme)
        .map((f) => `${f.type} ${f.selector} ${f.property}`)
        .sort();
      expect(found).toEqual(PLANTED);
    });
  }

  it('suggests the nearest token of a fitting role, and crops every finding', () => {
    const findings = findingsOf(join(sweepDir, 'out')).filter(
      (f) => f.page.endsWith('/drift.html') && f.theme === 'light',
    );
    const text = findings.find((f) => f.property === 'color')!;
    expect(text.expected[0]!.token).toMatch(/^color\.(text|status\.\w+\.fg|brand)\b/);
    expect(text.message).toMatch(/ΔE2000 \d/);
    const background = findings.find((f) => f.property === 'background-color')!;
    expect(background.expected[0]!.token).toMatch(/^color\.(surface|interactive|brand|status\.\w+\.bg|overlay)\b/);
    expect(findings.find((f) => f.property === 'padding')!.expected[0]).toMatchObject({
      token: 'space.3',
      variable: '--lv-space-3',
    });
    expect(findings.find((f) => f.property === 'border-radius')!.expected[0]).toMatchObject({ token: 'radius.sm' });
    expect(findings.find((f) => f.type === 'component' && f.property === 'button')!.expected[0]!.token).toBe(
      'lv-button',
    );
    for (const f of findings) {
      expect(f.crop, `${f.selector} ${f.property}`).toMatch(/^crops\/[0-9a-f]{16}\.png$/);
      expect(existsSync(join(sweepDir, 'out', f.crop!))).toBe(true);
    }
  });

  it('a page built only from components and tokens has no findings and a 100 % reuse rate, in every theme', () => {
    const report = reportOf(join(sweepDir, 'out'));
    for (const page of ['clean.html', 'account.html']) {
      const runs = report.pages.filter((p) => p.page.endsWith(`/${page}`));
      expect(runs.map((p) => p.theme).sort()).toEqual(['dark', 'light']);
      for (const p of runs) {
        expect(p.error).toBeUndefined();
        expect(Object.values(p.counts).reduce((a, b) => a + b, 0)).toBe(0);
        expect(p.reuse).toEqual({ system: 5, rogue: 0, rate: 1 });
        expect(p.score).toBe(100);
      }
    }
    const drift = report.pages.find((p) => p.page.endsWith('/drift.html'))!;
    expect(drift.reuse).toEqual({ system: 1, rogue: 3, rate: 0.25 });
  });

  it('turns hostile pages into per-page errors and audits the rest', () => {
    const report = reportOf(join(sweepDir, 'out'));
    const errorOf = (suffix: string) => report.pages.filter((p) => p.page.endsWith(suffix)).map((p) => p.error);
    expect(errorOf('/redirect-away')).toEqual(
      Array(2).fill(
        'redirects to http://audit-elsewhere.invalid/page on another host; not followed (allow it with --allow-host audit-elsewhere.invalid)',
      ),
    );
    expect(errorOf('/never-settles.html')).toEqual(Array(2).fill('did not settle within 20 s (the DOM kept changing)'));
    expect(errorOf('/report.pdf')[0]).toMatch(/^not an HTML page/);
    expect(errorOf('/huge.html')).toEqual(
      Array(2).fill(
        expect.stringMatching(/^the DOM has \d+ elements, over the limit of 5000; raise --max-elements to audit it$/),
      ),
    );
    expect(errorOf('/closed')).toEqual(['unreachable: ECONNREFUSED', 'unreachable: ECONNREFUSED']);
    expect(report.summary.errors).toBe(10);
  });
});

describe('liverykit audit against a baseline', () => {
  it('says what is new, unchanged and fixed, and --max-new gates CI', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'livery-audit-baseline-'));
    /** Audits the drift page into `out` against the report in `baseline`; --max-new 0 fails on any new finding. */
    const againstBaseline = (out: string, baseline: string) =>
      audit([
        `${site.url}/drift.html`,
        ...['--out', join(dir, out), '--baseline', join(dir, baseline, 'report.json')],
        ...['--max-new', '0', '--max-crops', '0'],
      ]);
    const first = await audit([`${site.url}/drift.html`, '--out', join(dir, 'first'), '--max-crops', '0']);
    expect(first.code).toBe(0);
    const before = reportOf(join(dir, 'first'));
    expect(before.delta).toBeNull();

    site.state.fixed = true;
    const fixed = await againstBaseline('second', 'first');
    expect(fixed.code).toBe(0);
    const afterFix = reportOf(join(dir, 'second'));
    expect(afterFix.delta).toMatchObject({ new: 0, fixed: 2, unchanged: before.summary.findings - 2 });
    expect(afterFix.delta!.fixedFindings.map((f) => f.selector)).toEqual(['#drift-color', '#drift-color']);
    expect(fixed.stdout).toContain(`0 new, ${before.summary.findings - 2} unchanged, 2 fixed`);

    site.state.extraDrift = true;
    const worse = await againstBaseline('third', 'second');
    expect(worse.code).toBe(1);
    expect(worse.stderr).toContain('1 new findings, more than --max-new 0');
    site.state.fixed = false;
    site.state.extraDrift = false;
  }, 120_000);
});

describe('liverykit audit: bad input', () => {
  const cases: { description: string; args: string[]; message: RegExp }[] = [
    { description: 'no page', args: [], message: /name at least one page/ },
    {
      description: 'an unknown theme',
      args: ['x.html', '--themes', 'light,dusk'],
      message: /--themes: "dusk" is not a context of theme; use light, dark, high-contrast or all/,
    },
    {
      description: 'a malformed viewport',
      args: ['x.html', '--viewport', '1280by800'],
      message: /--viewport "1280by800" is not WIDTHxHEIGHT/,
    },
    {
      description: 'a missing baseline',
      args: ['x.html', '--baseline', '/nonexistent/report.json'],
      message: /--baseline \/nonexistent\/report\.json does not exist/,
    },
    {
      description: 'a storage state that is not one',
      args: ['x.html', '--storage-state', join(ROOT, 'package.json')],
      message: /--storage-state .*package\.json is not a Playwright storage-state file/,
    },
    {
      description: 'a missing URL list',
      args: ['--urls', '/nonexistent/list.txt'],
      message: /--urls \/nonexistent\/list\.txt does not exist/,
    },
    {
      description: 'an unsupported scheme',
      args: ['ftp://example.com/'],
      message: /only http, https and local files can be audited/,
    },
    {
      description: 'a Chromium that is not there',
      args: ['x.html', '--chromium', '/nonexistent/chromium'],
      message: /--chromium \/nonexistent\/chromium does not exist/,
    },
  ];
  for (const c of cases) {
    it(`${c.description}: exits 2 with a message that says what to do`, async () => {
      const r = await audit(c.args);
      expect(r.stderr).toMatch(c.message);
      expect(r.code).toBe(2);
    });
  }
});
