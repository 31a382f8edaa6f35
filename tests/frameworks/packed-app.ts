/**
 * A project that uses the package as a user gets it: `npm pack` of the repository, installed from
 * the tarball into a fresh folder outside the repository, with the tools the test names installed
 * beside it at the exact versions the repository's own devDependencies resolved to (so the npm
 * cache serves them and a run does not drift). Served over http on 127.0.0.1 (random port) and
 * opened in Debian's Chromium through playwright, as tests/node/consumer.test.ts does.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright';
import { chromium } from '../../vitest.config.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const requireFromRoot = createRequire(join(ROOT, 'package.json'));
// Without the test runner's NODE_ENV=test, which would make Vite build the app for development.
const NPM_ENV = {
  ...process.env,
  NODE_ENV: undefined,
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  npm_config_loglevel: 'error',
};

/** Runs a command, throwing with its output when it fails (unless `allowFailure`). */
export function sh(
  command: string,
  args: string[],
  cwd: string,
  allowFailure = false,
): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: NPM_ENV, timeout: 300_000 });
  if (r.error) throw r.error;
  const result = { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  if (!allowFailure && result.code !== 0)
    throw new Error(`${command} ${args.join(' ')} exited ${result.code} in ${cwd}\n${r.stdout}\n${r.stderr}`);
  return result;
}

/** `name@version` as the repository resolved it, so the app installs what the repository tested with. */
export function pinned(name: string): string {
  const version = (
    JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }
  ).version;
  return `${name}@${version}`;
}

export interface PackedApp {
  dir: string;
  tarball: string;
  /** Writes files into the app. */
  write(files: Record<string, string>): void;
  /** Removes the app and the tarball (kept when LIVERY_KEEP_APP is set, to debug a failure). */
  remove(): void;
}

/** What `npm pack --json` says of the tarball it wrote. */
export interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string; size: number }[];
}

/**
 * `npm pack` of the repository into a fresh temporary folder, after checking that the `built`
 * files the test needs exist (`npm run build` makes them). Returns the tarball's path and npm's account of it.
 */
export function packRepository(built: string[]): { tarball: string; packed: PackResult } {
  for (const file of built) {
    if (!existsSync(join(ROOT, file)))
      throw new Error(`${file} is missing: run \`npm run build\` before this test (npm test does)`);
  }
  const packDir = mkdtempSync(join(tmpdir(), 'livery-pack-'));
  const json = sh('npm', ['pack', '--json', '--pack-destination', packDir], ROOT).stdout;
  const packed = (JSON.parse(json.slice(json.indexOf('['))) as PackResult[])[0]!;
  return { tarball: join(packDir, packed.filename), packed };
}

/**
 * Packs the repository (which must be built: `npm run build`), copies `template` (a folder of app
 * sources) into a fresh temporary folder and installs the tarball and `tools` there.
 */
export function createPackedApp(template: string, tools: string[]): PackedApp {
  const { tarball } = packRepository([
    'dist/tokens.json',
    'dist/css/livery.css',
    'dist/components/index.js',
    'dist/components/custom-elements.json',
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'livery-app-'));
  cpSync(template, dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'livery-framework-app', version: '1.0.0', private: true, type: 'module' }, null, 2),
  );
  sh('npm', ['install', '--prefer-offline', '--no-package-lock', tarball, ...tools.map(pinned)], dir);
  return {
    dir,
    tarball,
    write(files) {
      for (const [file, content] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, file)), { recursive: true });
        writeFileSync(join(dir, file), content);
      }
    },
    remove() {
      if (!process.env.LIVERY_KEEP_APP)
        for (const path of [dir, dirname(tarball)]) rmSync(path, { recursive: true, force: true });
      else console.log(`kept ${dir}`);
    },
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** Serves `root` on 127.0.0.1 (random port) and launches Chromium; `close()` ends both. */
export async function serveAndLaunch(
  root: string,
): Promise<{ origin: string; browser: Browser; open(path: string): Promise<Page>; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end(); // the browser asks for it; the apps have none
      return;
    }
    const path = join(root, pathname);
    if (!path.startsWith(root) || !existsSync(path) || statSync(path).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const { chromium: browserType } = requireFromRoot('playwright') as typeof import('playwright');
  const browser = await browserType.launch({ executablePath: chromium.executablePath, args: chromium.args });
  return {
    origin,
    browser,
    async open(path) {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
      });
      (page as Page & { errors: string[] }).errors = errors;
      await page.goto(`${origin}/${path}`);
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/** The console errors, warnings and uncaught exceptions a page opened by `open()` has produced. */
export function pageProblems(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}
