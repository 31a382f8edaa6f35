/**
 * Who this package is on the registry. `livery` belongs to an unrelated package there, so the
 * published name is `liverykit`; the CLI answers to both bins (`liverykit` and `livery`) once it is
 * installed. Import specifiers (`liverykit/tokens`), SARIF's tool name, the usage report's
 * dependency check and release checks all read the name from here.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_NAME = 'liverykit';

/** The public page users are sent to from SARIF and error messages. */
export const PACKAGE_HOMEPAGE = `https://www.npmjs.com/package/${PACKAGE_NAME}`;

let cachedVersion: string | undefined;

/** This package's version, read from its own package.json (source tree or dist/lib alike). */
export function packageVersion(): string {
  if (cachedVersion) return cachedVersion;
  const here = dirname(fileURLToPath(import.meta.url));
  for (const file of [join(here, '..', 'package.json'), join(here, '..', '..', 'package.json')]) {
    try {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === PACKAGE_NAME && pkg.version) return (cachedVersion = pkg.version);
    } catch {
      // not at this level: scripts/ in the source tree, dist/lib/ once compiled
    }
  }
  return (cachedVersion = '0.0.0');
}
