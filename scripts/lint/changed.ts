/**
 * `--changed [--since <ref>]`: the files git says changed against the merge base of `<ref>` and
 * HEAD (default: HEAD itself, so uncommitted work), staged or not, plus untracked files that are
 * not ignored. Deleted files are not there to lint. Paths come back relative to `cwd`.
 */
import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';

/** A mistake the user can fix (not a git repository, an unknown ref): the CLI exits 2 with it. */
export class ChangedFilesError extends Error {}

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
}

export function changedFiles(cwd: string, since: string | undefined): Set<string> {
  let top: string;
  try {
    top = git(cwd, ['rev-parse', '--show-toplevel']).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new ChangedFilesError('--changed needs git, which is not installed (or not on PATH)');
    throw new ChangedFilesError(
      `--changed needs a git repository, and ${cwd} is not inside one; lint without --changed, or run it in a clone`,
    );
  }
  const ref = since ?? 'HEAD';
  try {
    git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  } catch {
    // a repository without commits has no HEAD: everything in it is new
    if (since === undefined)
      return listed(
        top,
        cwd,
        git(cwd, ['ls-files', '-z', '--full-name', '--cached', '--others', '--exclude-standard']),
      );
    throw new ChangedFilesError(
      `--since ${ref}: unknown git ref (not a branch, tag or commit in this repository; try \`git fetch\`, or a name from \`git branch -a\`)`,
    );
  }
  const base = since === undefined ? 'HEAD' : git(cwd, ['merge-base', ref, 'HEAD']).trim();
  const changed = git(cwd, ['diff', '-z', '--name-only', '--no-renames', '--diff-filter=d', base, '--']);
  const untracked = git(cwd, ['ls-files', '-z', '--full-name', '--others', '--exclude-standard']);
  return listed(top, cwd, `${changed}\0${untracked}`);
}

function listed(top: string, cwd: string, output: string): Set<string> {
  const out = new Set<string>();
  for (const path of output.split('\0')) {
    if (!path) continue;
    const rel = relative(cwd, resolve(top, path)).split('\\').join('/');
    if (!rel.startsWith('..')) out.add(rel);
  }
  return out;
}
