import { isAbsolute, join } from 'node:path';
import { diffSnapshots, type TokenDiff } from './diff-tokens.ts';
import { repoRoot } from './git.ts';
import { loadSnapshot } from './snapshot.ts';

export const DEFAULT_RESOLVER = 'tokens/livery.resolver.json';

export interface DiffOptions {
  /** Any folder inside the repository. */
  cwd: string;
  /** Git ref; default HEAD. */
  from?: string;
  /** Git ref; undefined means the working tree. */
  to?: string;
  /** Resolver file, relative to `cwd` or absolute. */
  resolver?: string;
}

/** Token diff between two refs (or a ref and the working tree). Throws GitError or DiagnosticsError. */
export function diffRefs(options: DiffOptions): TokenDiff {
  const root = repoRoot(options.cwd);
  const resolver = resolveResolver(root, options.cwd, options.resolver);
  const from = loadSnapshot(root, resolver, options.from ?? 'HEAD');
  const to = loadSnapshot(root, resolver, options.to);
  return diffSnapshots(from, to);
}

/** The resolver path as an absolute file, whichever folder of the repository the command runs in. */
export function resolveResolver(root: string, cwd: string, resolver: string | undefined): string {
  if (!resolver) return join(root, DEFAULT_RESOLVER);
  return isAbsolute(resolver) ? resolver : join(cwd, resolver);
}
