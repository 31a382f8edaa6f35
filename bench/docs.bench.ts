/**
 * `node bench/run.ts docs`: the docs site's build time and the JavaScript the landing page loads
 * before it is usable (gzip), side by side with the peer measured in the same run: a bare
 * Storybook 10 (same framework and addons) with one MDX page, i.e. the floor Storybook itself costs.
 * Builds go to temp folders; needs `npm run build` first (the docs read dist/).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { serveStatic } from '../docs/serve/static-server.ts';
import { chromium as launchOptions } from '../vitest.config.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const STORYBOOK = join(ROOT, 'node_modules', '.bin', 'storybook');
const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' };

function timed(label: string, command: string, args: string[], cwd = ROOT): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${label} failed (${result.status}):\n${result.stderr.slice(-3000)}`);
  return performance.now() - started;
}

/** The bare Storybook: the same framework and addons, one MDX page, no Livery content. */
function peerProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'livery-docs-peer-'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  mkdirSync(join(dir, '.storybook'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "peer", "private": true, "type": "module" }\n');
  writeFileSync(
    join(dir, '.storybook', 'main.ts'),
    `export default {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../*.mdx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};\n`,
  );
  writeFileSync(
    join(dir, 'hello.mdx'),
    'import { Meta } from \'@storybook/addon-docs/blocks\';\n\n<Meta title="Hello" />\n\n# Hello\n\nOne page.\n',
  );
  return dir;
}

interface Weight {
  files: number;
  raw: number;
  gzip: number;
  previewGzip: number;
}

/** Every script the landing page (the Storybook UI and its preview iframe) loads until the network is idle. */
async function landingJs(site: string): Promise<Weight> {
  const server = await serveStatic(site);
  const browser = await chromium.launch(launchOptions);
  try {
    const page = await browser.newPage();
    const bodies: Promise<{ url: string; body: Buffer; preview: boolean }>[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type === 'script' || response.url().endsWith('.js')) {
        const frame = response.request().frame();
        bodies.push(
          response.body().then((body) => ({ url: response.url(), body, preview: frame.url().includes('iframe.html') })),
        );
      }
    });
    await page.goto(`${server.url}/`);
    await page
      .frameLocator('#storybook-preview-iframe')
      .locator('#storybook-docs h1')
      .first()
      .waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const scripts = [...new Map((await Promise.all(bodies)).map((s) => [s.url, s])).values()];
    const gz = (b: Buffer) => gzipSync(b).length;
    return {
      files: scripts.length,
      raw: scripts.reduce((n, s) => n + s.body.length, 0),
      gzip: scripts.reduce((n, s) => n + gz(s.body), 0),
      previewGzip: scripts.filter((s) => s.preview).reduce((n, s) => n + gz(s.body), 0),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const out = mkdtempSync(join(tmpdir(), 'livery-docs-bench-'));
const peer = peerProject();
try {
  const generate = timed('docs generate', process.execPath, [join(ROOT, 'docs', 'generate', 'generate-docs.ts')]);
  const liveryBuild = timed('storybook build (livery)', STORYBOOK, [
    'build',
    '-c',
    'docs/.storybook',
    '-o',
    join(out, 'livery'),
    '--quiet',
  ]);
  const peerBuild = timed(
    'storybook build (peer)',
    STORYBOOK,
    ['build', '-c', '.storybook', '-o', join(out, 'peer'), '--quiet'],
    peer,
  );
  const livery = await landingJs(join(out, 'livery'));
  const bare = await landingJs(join(out, 'peer'));

  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  const rows: [string, string, string][] = [
    [
      'docs build time',
      `${((generate + liveryBuild) / 1000).toFixed(1)} s (generate ${(generate / 1000).toFixed(2)} s + storybook ${(liveryBuild / 1000).toFixed(1)} s)`,
      `${(peerBuild / 1000).toFixed(1)} s`,
    ],
    ['landing page JS files', String(livery.files), String(bare.files)],
    ['landing page JS (raw)', kb(livery.raw), kb(bare.raw)],
    ['landing page JS (gzip)', kb(livery.gzip), kb(bare.gzip)],
    ['  of which the preview iframe (gzip)', kb(livery.previewGzip), kb(bare.previewGzip)],
  ];
  const width = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length), 6)];
  process.stdout.write(
    `${'figure'.padEnd(width[0]!)}  ${'Livery docs'.padEnd(width[1]!)}  bare Storybook 10 (1 MDX page)\n`,
  );
  for (const [name, a, b] of rows) process.stdout.write(`${name.padEnd(width[0]!)}  ${a.padEnd(width[1]!)}  ${b}\n`);
  process.stdout.write(`landing page JS over the bare Storybook floor: +${kb(livery.gzip - bare.gzip)} gzip\n`);
} finally {
  rmSync(out, { recursive: true, force: true });
  rmSync(peer, { recursive: true, force: true });
}
