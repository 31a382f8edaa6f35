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

let cached: Manifest | undefined;

/** This package's own package.json (from scripts/ in the source tree or dist/lib/ once compiled). */
function manifest(): Manifest {
  if (cached) return cached;
  const here = dirname(fileURLToPath(import.meta.url));
  for (const file of [join(here, '..', 'package.json'), join(here, '..', '..', 'package.json')]) {
    try {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
      if (pkg.name === PACKAGE_NAME) return (cached = pkg);
    } catch {
      // not at this level
    }
  }
  return (cached = {});
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
