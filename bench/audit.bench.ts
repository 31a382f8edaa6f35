/**
 * `liverykit audit` over a local fixture site of generated pages (one theme, one viewport, four
 * tabs), beside an axe-core-only sweep of the same pages through Playwright (the accessibility part
 * alone, the least a sweep costs). Target: ≤ 2 s per page for a 100-page sitemap. Peak memory of the
 * audit process at 100 and 200 pages shows it stays flat (findings stream to disk).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { startAuditSite } from '../tests/node/audit-site.ts';
import { chromium as launchOptions } from '../vitest.config.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGET_SECONDS_PER_PAGE = 2;
const CHROMIUM = launchOptions.executablePath;
const work = mkdtempSync(join(tmpdir(), 'livery-audit-bench-'));
const site = await startAuditSite();
const drift = readFileSync(join(ROOT, 'tests', 'fixtures', 'audit-site', 'drift.html'), 'utf8');
const clean = readFileSync(join(ROOT, 'tests', 'fixtures', 'audit-site', 'clean.html'), 'utf8');

/** Page i: every third page drifts; each carries a table of 40 rows so pages are not trivially small. */
function pageHtml(i: number): string {
  const cell = (r: number) => (r % 7 === 0 ? 'padding: 11px' : 'padding: var(--lv-space-2)');
  const rows = Array.from(
    { length: 40 },
    (_, r) => `<tr><td style="${cell(1)}">Plan ${i}.${r}</td><td style="${cell(r)}">${r * 3} €</td></tr>`,
  ).join('');
  const base = i % 3 === 0 ? drift : clean;
  return base.replace('</main>', `<table>${rows}</table></main>`);
}

function sitemap(count: number): string {
  for (let i = 0; i < count; i++) site.pages.set(`/bench/${i}.html`, pageHtml(i));
  const urls = Array.from({ length: count }, (_, i) => `<url><loc>${site.url}/bench/${i}.html</loc></url>`).join('');
  site.pages.set(
    `/sitemap-${count}.xml`,
    `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`,
  );
  return `${site.url}/sitemap-${count}.xml`;
}

async function audit(count: number): Promise<{ seconds: number; rssMB: number; summary: string }> {
  const wrapper = join(work, 'run-livery.mjs');
  writeFileSync(
    wrapper,
    `import { main } from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'lib', 'livery.js')).href)};\n` +
      `const code = await main(process.argv.slice(2));\n` +
      `process.stderr.write('\\nBENCH ' + JSON.stringify({ rssKB: process.resourceUsage().maxRSS }) + '\\n');\n` +
      `process.exitCode = code;\n`,
  );
  const map = sitemap(count);
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    [wrapper, 'audit', '--sitemap', map, '--output', join(work, `out-${count}`), '--chromium', CHROMIUM],
    { cwd: ROOT },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - t0) / 1000;
  const stats = /BENCH (.*)/.exec(stderr);
  if (code !== 0 || !stats) throw new Error(`liverykit audit failed (${code}): ${stderr.slice(-2000)}`);
  return { seconds, rssMB: (JSON.parse(stats[1]!) as { rssKB: number }).rssKB / 1024, summary: stdout.split('\n')[0]! };
}

/** The peer: the same pages, four tabs, axe-core WCAG 2 AA only. */
async function axeOnly(count: number): Promise<number> {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const t0 = performance.now();
  const browser = await chromium.launch(launchOptions);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < count) {
        const page = await context.newPage();
        await page.goto(`${site.url}/bench/${next++}.html`, { waitUntil: 'load' });
        await page.addScriptTag({ content: axeSource });
        await page.evaluate(() =>
          (window as unknown as { axe: { run(o: unknown): Promise<unknown> } }).axe.run({
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
          }),
        );
        await page.close();
      }
    }),
  );
  await browser.close();
  return (performance.now() - t0) / 1000;
}

const rows: string[][] = [
  [
    'pages',
    'liverykit audit',
    's/page',
    `target ≤ ${TARGET_SECONDS_PER_PAGE} s/page`,
    'peak RSS (Node)',
    'axe-core only (Playwright)',
    'audit ÷ axe',
  ],
];
for (const count of [100, 200]) {
  const a = await audit(count);
  const peer = await axeOnly(count);
  const perPage = a.seconds / count;
  rows.push([
    String(count),
    `${a.seconds.toFixed(1)} s`,
    perPage.toFixed(2),
    perPage <= TARGET_SECONDS_PER_PAGE ? 'ok' : 'OVER',
    `${a.rssMB.toFixed(0)} MB`,
    `${peer.toFixed(1)} s`,
    `${(a.seconds / peer).toFixed(2)}×`,
  ]);
  process.stdout.write(`  ${count} pages: ${a.summary}\n`);
}
await site.close();
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows) process.stdout.write(`${row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')}\n`);
