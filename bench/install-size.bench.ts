/**
 * What a product repo pays for `npm install liverykit`: the packed tarball, what it unpacks to,
 * and a fresh `npm install <tarball>` on disk with the packages it brings — beside the figures
 * measured before issue 14 and, in the same run, a peer design-token package installed the same
 * way from the registry (@primer/primitives, GitHub's tokens: CSS, JSON and JS outputs, no CLI).
 * Targets (issue 14): tarball ≤ 250 kB; a fresh install ≤ 15 MB on disk.
 * Run: `node bench/run.ts install-size` (after `npm run build`). Needs the npm registry (or a warm
 * npm cache) for the dependencies and the peer. Exit 1 when a target is missed.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PEER = '@primer/primitives';
const TARGET = { tarball: 250 * 1024, install: 15 * 1024 * 1024 };
/** Measured on the package before issue 14 (the issue's figures). */
const BEFORE = { tarball: 530 * 1024, unpacked: 4.7 * 1024 * 1024, packages: 119, install: 93 * 1024 * 1024 };
const ENV = {
  ...process.env,
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  npm_config_loglevel: 'error',
};

function npm(args: string[], cwd: string): string {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8', env: ENV, timeout: 300_000 });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed in ${cwd}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Bytes on disk (allocated blocks, as `du` counts them) under a folder; links are not followed. */
function diskBytes(path: string): number {
  const stat = lstatSync(path);
  if (!stat.isDirectory()) return stat.blocks * 512;
  return readdirSync(path).reduce((sum, entry) => sum + diskBytes(join(path, entry)), stat.blocks * 512);
}

interface Measure {
  name: string;
  tarball: number;
  unpacked: number;
  files: number;
  packages: number;
  install: number;
  seconds: number;
}

function measure(name: string, packFrom: string, spec: string): Measure {
  const work = mkdtempSync(join(tmpdir(), 'livery-install-bench-'));
  try {
    const out = npm(['pack', '--json', '--pack-destination', work, spec], packFrom);
    const packed = (
      JSON.parse(out.slice(out.indexOf('['))) as {
        filename: string;
        size: number;
        unpackedSize: number;
        entryCount: number;
      }[]
    )[0]!;
    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'product', version: '1.0.0', private: true }));
    const started = performance.now();
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
    npm(['install', '--prefer-offline', join(work, tarball)], app);
    const seconds = (performance.now() - started) / 1000;
    const lock = JSON.parse(readFileSync(join(app, 'node_modules', '.package-lock.json'), 'utf8')) as {
      packages: Record<string, unknown>;
    };
    return {
      name,
      tarball: packed.size,
      unpacked: packed.unpackedSize,
      files: packed.entryCount,
      packages: Object.keys(lock.packages).filter((p) => p.startsWith('node_modules/')).length,
      install: diskBytes(join(app, 'node_modules')),
      seconds,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (!existsSync(join(ROOT, 'dist', 'lib', 'livery.js'))) throw new Error('dist/ is missing: run `npm run build` first');
const kB = (n: number) => `${(n / 1024).toFixed(0)} kB`;
const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

const livery = measure('liverykit (this tree)', ROOT, '.');
let peer: Measure | undefined;
try {
  peer = measure(PEER, tmpdir(), PEER);
} catch (error) {
  console.log(`(peer ${PEER} could not be fetched: ${(error as Error).message.split('\n')[0]})`);
}

const rows: [string, string, string, string, string, string][] = [
  ['', 'tarball', 'unpacked', 'files', 'packages installed', 'install on disk'],
  [
    'liverykit before issue 14',
    kB(BEFORE.tarball),
    MB(BEFORE.unpacked),
    '459',
    String(BEFORE.packages),
    MB(BEFORE.install),
  ],
  [
    livery.name,
    kB(livery.tarball),
    MB(livery.unpacked),
    String(livery.files),
    String(livery.packages),
    MB(livery.install),
  ],
  ...(peer
    ? [
        [
          peer.name,
          kB(peer.tarball),
          MB(peer.unpacked),
          String(peer.files),
          String(peer.packages),
          MB(peer.install),
        ] as [string, string, string, string, string, string],
      ]
    : []),
];
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows)
  console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
console.log(`install took ${livery.seconds.toFixed(1)} s${peer ? ` (peer ${peer.seconds.toFixed(1)} s)` : ''}`);

const results = [
  { what: 'tarball', value: livery.tarball, target: TARGET.tarball, show: kB },
  { what: 'fresh install on disk', value: livery.install, target: TARGET.install, show: MB },
];
for (const r of results)
  console.log(
    `${r.value <= r.target ? 'met   ' : 'MISSED'}  ${r.what}: ${r.show(r.value)} (target ≤ ${r.show(r.target)})`,
  );
process.exitCode = results.every((r) => r.value <= r.target) ? 0 : 1;
