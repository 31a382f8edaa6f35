/**
 * Who this package is on the registry. `livery` belongs to an unrelated package there, so the
 * published name is `liverykit`; the CLI answers to both bins (`liverykit` and `livery`) once it is
 * installed. Import specifiers (`liverykit/tokens`), SARIF's tool name, the usage report's
 * dependency check and release checks all read the name from here. The version, homepage,
 * repository and issue tracker are read from package.json, their one owner.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_NAME = 'liverykit';

interface Manifest {
  name?: string;
  version?: string;
  homepage?: string;
  repository?: { url?: string } | string;
  bugs?: { url?: string } | string;
}

let cached: { root: string; manifest: Manifest } | undefined;

/**
 * This package's folder and its package.json: the nearest folder above this module whose
 * package.json is ours. The module may run from scripts/ (the source tree), from a chunk of the
 * CLI bundle in dist/lib/, or from a copy of that bundle elsewhere, so the depth is not fixed.
 */
function located(): { root: string; manifest: Manifest } {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
      if (pkg.name === PACKAGE_NAME) return (cached = { root: dir, manifest: pkg });
    } catch {
      // no package.json of ours at this level
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return (cached = { root: join(dirname(fileURLToPath(import.meta.url)), '..'), manifest: {} });
}

function manifest(): Manifest {
  return located().manifest;
}

/**
 * The installed package's own folder: files it ships (dist/tokens.json, the template tokens/) are
 * found from here, never by counting `..` from a module whose place the bundler decides.
 */
export function packageRoot(): string {
  return located().root;
}

/** This package's version. */
export function packageVersion(): string {
  return manifest().version ?? '0.0.0';
}

/** The public page users are sent to from SARIF and error messages. */
export function packageHomepage(): string {
  return manifest().homepage ?? `https://www.npmjs.com/package/${PACKAGE_NAME}`;
}

/** The source repository as a browsable https URL (no `git+`, no `.git`). */
export function packageRepository(): string {
  const repository = manifest().repository;
  const url = typeof repository === 'string' ? repository : repository?.url;
  return url ? url.replace(/^git\+/, '').replace(/\.git$/, '') : packageHomepage();
}

/** Where bugs are reported (the internal-error message points here). */
export function packageIssues(): string {
  const bugs = manifest().bugs;
  return (typeof bugs === 'string' ? bugs : bugs?.url) ?? `${packageRepository()}/issues`;
}
