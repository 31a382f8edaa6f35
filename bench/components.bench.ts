/**
 * Components: min+gzip size of each component entry (lit excluded, as an app that already has lit
 * pays it) and of the all-in-one, against the targets (button ≤ 3 KB, whole set ≤ 20 KB); then the
 * time to render and lay out 1,000 buttons in Chromium, Livery's `lv-button` beside Shoelace's
 * `sl-button`, measured in the same page, alternating, in the same run.
 *
 * Shoelace is installed from the npm registry into a temp dir for this bench only
 * (`npm i --prefix <tmp> @shoelace-style/shoelace`); it is never a project dependency.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { OutputChunk, Plugin, RollupCache } from 'rollup';
import { rollup } from 'rollup';
import { chromium } from 'playwright';
import { chromium as launchOptions } from '../vitest.config.ts';
import { printTable } from './synthetic/table.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const BUTTONS = 1_000;
const ROUNDS = 15;
const TARGET = { button: 3 * 1024, all: 20 * 1024 };

interface BuildConfig {
  compile(): Plugin[];
  minify(): Plugin;
  inlineDependencies(): Plugin;
  componentEntries(): Record<string, string>;
}
const configUrl = new URL('../rollup.config.mjs', import.meta.url).href;
const config = (await import(configUrl)) as BuildConfig;

const external = (id: string) => id === 'lit' || /^(lit|@lit|lit-html|lit-element)\//.test(id);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

/** Bundles one entry (lit external), minifies it with terser, and returns its gzip size. */
async function minGzip(
  input: string,
  cache: RollupCache | undefined,
  plugins: Plugin[],
): Promise<{ bytes: number; cache: RollupCache | undefined }> {
  const bundle = await rollup({ input, external, plugins, cache });
  const { output } = await bundle.generate({ format: 'es', plugins: [config.minify()] });
  await bundle.close();
  const code = output
    .filter((o): o is OutputChunk => o.type === 'chunk')
    .map((c) => c.code)
    .join('\n');
  return { bytes: gzipSync(code, { level: 9 }).length, cache: bundle.cache };
}

async function sizes(): Promise<{ button: number; all: number }> {
  const entries = config.componentEntries();
  // The first build compiles every module once; the rest reuse its cache (same transformed code).
  const all = await minGzip(join(root, 'components/index.ts'), undefined, config.compile());
  const rows: string[][] = [['entry (lit external)', 'min+gzip', 'target']];
  let button = 0;
  for (const [name, file] of Object.entries(entries)) {
    const { bytes } = await minGzip(file, all.cache, config.compile());
    if (name === 'button/button') button = bytes;
    rows.push([
      `liverykit/components/${name.split('/')[0]}`,
      kb(bytes),
      name === 'button/button' ? `≤ ${kb(TARGET.button)} ${bytes <= TARGET.button ? 'ok' : 'OVER'}` : '',
    ]);
  }
  rows.push([
    'liverykit/components (all-in-one)',
    kb(all.bytes),
    `≤ ${kb(TARGET.all)} ${all.bytes <= TARGET.all ? 'ok' : 'OVER'}`,
  ]);
  printTable(rows);
  return { button, all: all.bytes };
}

/** Livery's self-contained CDN bundle (lit inlined), built from the current source into `dir`. */
async function buildCdn(dir: string): Promise<string> {
  const bundle = await rollup({
    input: join(root, 'components/index.ts'),
    plugins: [...config.compile(), config.inlineDependencies()],
  });
  const file = join(dir, 'livery.cdn.js');
  await bundle.write({ file, format: 'es', plugins: [config.minify()] });
  await bundle.close();
  return file;
}

function installShoelace(dir: string): string {
  process.stdout.write(`installing @shoelace-style/shoelace into ${dir} (bench only)…\n`);
  execFileSync(
    'npm',
    ['i', '--prefix', dir, '--no-audit', '--no-fund', '--loglevel=error', '@shoelace-style/shoelace'],
    { stdio: 'inherit' },
  );
  const pkg = join(dir, 'node_modules/@shoelace-style/shoelace');
  const version = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version as string;
  process.stdout.write(`Shoelace ${version}\n`);
  return pkg;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };

function serve(routes: Record<string, string>, page: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(page);
      return;
    }
    const prefix = Object.keys(routes).find((p) => path.startsWith(p));
    const file = prefix ? normalize(join(routes[prefix]!, path.slice(prefix.length))) : '';
    if (!prefix || !file.startsWith(routes[prefix]!) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/` }),
    ),
  );
}

const PAGE = `<!doctype html><html><head>
<link rel="stylesheet" href="/livery-css/livery.css">
<link rel="stylesheet" href="/shoelace/cdn/themes/light.css">
<script type="module" src="/livery/livery.cdn.js"></script>
<script type="module" src="/shoelace/cdn/components/button/button.js"></script>
</head><body></body></html>`;

/** Runs in the page: renders `count` buttons of `tag`, waits for their first render, forces layout. */
async function renderOnce([tag, count]: [string, number]): Promise<number> {
  const host = document.createElement('div');
  document.body.append(host);
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const button = document.createElement(tag);
    button.setAttribute('variant', 'primary');
    button.textContent = `Button ${i}`;
    host.append(button);
  }
  await Promise.all(
    [...host.children].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete),
  );
  void document.body.offsetHeight; // style + layout of every shadow tree
  const elapsed = performance.now() - started;
  host.remove();
  return elapsed;
}

async function render(cdnDir: string, shoelace: string): Promise<{ livery: number; shoelace: number }> {
  const { server, url } = await serve(
    { '/livery-css/': join(root, 'dist/css'), '/livery/': cdnDir, '/shoelace/': shoelace },
    PAGE,
  );
  const browser = await chromium.launch(launchOptions);
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.evaluate(() =>
      Promise.all([customElements.whenDefined('lv-button'), customElements.whenDefined('sl-button')]),
    );
    const times: Record<'lv-button' | 'sl-button', number[]> = { 'lv-button': [], 'sl-button': [] };
    for (let round = 0; round < ROUNDS + 2; round++) {
      const order = round % 2 ? (['sl-button', 'lv-button'] as const) : (['lv-button', 'sl-button'] as const);
      for (const tag of order) {
        const ms = await page.evaluate(renderOnce, [tag, BUTTONS] as [string, number]);
        if (round >= 2) times[tag].push(ms); // two warm-up rounds each
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const rows = [
      [`render + layout ${BUTTONS.toLocaleString('en')} buttons (median of ${ROUNDS})`, 'median', 'min', 'max'],
      ...(['lv-button', 'sl-button'] as const).map((tag) => [
        tag === 'lv-button' ? 'Livery lv-button' : 'Shoelace sl-button',
        `${median(times[tag]).toFixed(1)} ms`,
        `${Math.min(...times[tag]).toFixed(1)} ms`,
        `${Math.max(...times[tag]).toFixed(1)} ms`,
      ]),
    ];
    printTable(rows);
    return { livery: median(times['lv-button']), shoelace: median(times['sl-button']) };
  } finally {
    await browser.close();
    server.close();
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(root, 'dist/css/livery.css')))
    throw new Error('dist/css/livery.css is missing: run `npm run build` first');
  const size = await sizes();
  const dir = mkdtempSync(join(tmpdir(), 'livery-components-bench-'));
  try {
    const cdnDir = join(dir, 'cdn');
    const cdn = await buildCdn(cdnDir);
    process.stdout.write(
      `\nCDN bundle (lit inlined): ${kb(gzipSync(readFileSync(cdn), { level: 9 }).length)} min+gzip\n`,
    );
    const shoelace = installShoelace(join(dir, 'shoelace'));
    process.stdout.write('\n');
    const time = await render(cdnDir, shoelace);
    process.stdout.write(
      `\nratio lv-button / sl-button: ${(time.livery / time.shoelace).toFixed(2)}× (target ≤ 1.00×: ${time.livery <= time.shoelace ? 'ok' : 'SLOWER'})\n`,
    );
    const ok = size.button <= TARGET.button && size.all <= TARGET.all && time.livery <= time.shoelace;
    process.exitCode = ok ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
