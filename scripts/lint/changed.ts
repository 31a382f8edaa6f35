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
  const ref = since ?? 'HEAD';
  // One git process finds the top folder and checks the ref (each process costs ~10 ms; a
  // 10-file --changed run has a 300 ms budget). The failure tells a missing repository (128)
  // from an unknown ref (1, the top folder still printed).
  let top: string;
  try {
    top = git(cwd, ['rev-parse', '--show-toplevel', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])
      .split('\n')[0]!
      .trim();
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { status?: number; stdout?: string };
    if (failure.code === 'ENOENT')
      throw new ChangedFilesError('--changed needs git, which is not installed (or not on PATH)');
    top = String(failure.stdout ?? '')
      .split('\n')[0]!
      .trim();
    if (failure.status !== 1 || !top)
      throw new ChangedFilesError(
        `--changed needs a git repository, and ${cwd} is not inside one; lint without --changed, or run it in a clone`,
      );
    // a repository without commits has no HEAD: everything in it is new
    if (since === undefined)
      return listed(
        top,
        cwd,
        git(cwd, ['ls-files', '-z', '--full-name', '--cached', '--others', '--exclude-standard']).split('\0'),
      );
    throw new ChangedFilesError(
      `--since ${ref}: unknown git ref (not a branch, tag or commit in this repository; try \`git fetch\`, or a name from \`git branch -a\`)`,
    );
  }
  if (since === undefined) return listed(top, cwd, uncommitted(cwd));
  const base = git(cwd, ['merge-base', ref, 'HEAD']).trim();
  const changed = git(cwd, ['diff', '-z', '--name-only', '--no-renames', '--diff-filter=d', base, '--']);
  const untracked = git(cwd, ['ls-files', '-z', '--full-name', '--others', '--exclude-standard']);
  return listed(top, cwd, [...changed.split('\0'), ...untracked.split('\0')]);
}

/**
 * Files changed against HEAD, staged or not, plus untracked ones, from one `git status` (the same
 * set as `git diff HEAD` and `git ls-files --others` give, in one walk of the tree). Entries are
 * `XY path`; a file deleted in the index or the work tree is not there to lint.
 */
function uncommitted(cwd: string): string[] {
  const paths: string[] = [];
  const status = git(cwd, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames']);
  for (const entry of status.split('\0')) {
    if (entry.length < 4 || entry[0] === 'D' || entry[1] === 'D') continue;
    paths.push(entry.slice(3));
  }
  return paths;
}

/** Paths git gave relative to the top folder (empty entries: the end of -z output), relative to cwd. */
function listed(top: string, cwd: string, paths: string[]): Set<string> {
  const out = new Set<string>();
  for (const path of paths) {
    if (!path) continue;
    const rel = relative(cwd, resolve(top, path)).split('\\').join('/');
    if (!rel.startsWith('..')) out.add(rel);
  }
  return out;
}
