import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-identity.ts';

/**
 * Livery's own brand is the template `livery init` starts from: the package ships tokens/ (see
 * package.json "files"), so a new brand gets the same semantic roles the components read.
 */
export function templateTokensDir(): string {
  const dir = join(packageRoot(), 'tokens');
  if (existsSync(join(dir, 'livery.resolver.json'))) return dir;
  throw new Error(`the Livery template (tokens/ of the package) was not found in ${dir}; reinstall liverykit`);
}
