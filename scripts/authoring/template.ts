import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Livery's own brand is the template `livery init` starts from: the package ships tokens/ (see
 * package.json "files"), so a new brand gets the same semantic roles the components read.
 */
export function templateTokensDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // scripts/authoring/ in the source tree, dist/lib/authoring/ once compiled
  for (const candidate of [join(here, '..', '..', 'tokens'), join(here, '..', '..', '..', 'tokens')]) {
    if (existsSync(join(candidate, 'livery.resolver.json'))) return candidate;
  }
  throw new Error(`the Livery template (tokens/ of the package) was not found near ${here}; reinstall liverykit`);
}
