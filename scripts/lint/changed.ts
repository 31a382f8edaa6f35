/**
 * `--changed [--since <ref>]`: the files git says changed against the merge base of `<ref>` and
 * HEAD (default: HEAD itself, so uncommitted work), staged or not, plus untracked files that are
 * not ignored. Deleted files are not there to lint. Paths come back relative to `cwd`.
 */
import { execFile } from 'node:child_process';
import { relative, resolve } from 'node:path';

/** A mistake the user can fix (not a git repository, an unknown ref): the CLI exits 2 with it. */
export class ChangedFilesError extends Error {}

/** How a git process failed: `code` is its exit status, or 'ENOENT' when git is not installed. */
type GitFailure = Error & { code?: number | string; stdout?: string };

function git(cwd: string, args: string[]): Promise<string> {
  return new Promise((done, fail) =>
    execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }, (error, stdout) =>
      error ? fail(Object.assign(error, { stdout })) : done(stdout),
    ),
  );
}

/**
 * Asynchronous so that git works in its own process while lint loads its modules and reads the
 * catalogue: in a 20,000-file repository `git status` alone takes about 60 ms of a 300 ms budget.
 */
export async function changedFiles(cwd: string, since: string | undefined): Promise<Set<string>> {
  const ref = since ?? 'HEAD';
  // One git process finds the top folder and checks the ref; for uncommitted work the listing
  // starts beside it. The failure tells a missing repository (128) from an unknown ref (1, the
  // top folder still printed).
  const checked = git(cwd, [
    'rev-parse',
    '--show-toplevel',
    '--verify',
    '--quiet',
    '--end-of-options',
    `${ref}^{commit}`,
  ]);
  const status = since === undefined ? uncommitted(cwd) : undefined;
  // when it fails, rev-parse's failure says why; it is not left unhandled meanwhile
  status?.catch(() => undefined);
  let top: string;
  try {
    top = (await checked).split('\n')[0]!.trim();
  } catch (error) {
    const failure = error as GitFailure;
    if (failure.code === 'ENOENT')
      throw new ChangedFilesError('--changed needs git, which is not installed (or not on PATH)');
    top = String(failure.stdout ?? '')
      .split('\n')[0]!
      .trim();
    if (failure.code !== 1 || !top)
      throw new ChangedFilesError(
        `--changed needs a git repository, and ${cwd} is not inside one; lint without --changed, or run it in a clone`,
      );
    // a repository without commits has no HEAD: everything in it is new
    if (since === undefined)
      return listed(
        top,
        cwd,
        (await git(cwd, ['ls-files', '-z', '--full-name', '--cached', '--others', '--exclude-standard'])).split('\0'),
      );
    throw new ChangedFilesError(
      `--since ${ref}: unknown git ref (not a branch, tag or commit in this repository; try \`git fetch\`, or a name from \`git branch -a\`)`,
    );
  }
  if (status) return listed(top, cwd, await status);
  const base = (await git(cwd, ['merge-base', ref, 'HEAD'])).trim();
  const [changed, untracked] = await Promise.all([
    git(cwd, ['diff', '-z', '--name-only', '--no-renames', '--diff-filter=d', base, '--']),
    git(cwd, ['ls-files', '-z', '--full-name', '--others', '--exclude-standard']),
  ]);
  return listed(top, cwd, [...changed.split('\0'), ...untracked.split('\0')]);
}

/**
 * Files changed against HEAD, staged or not (`git status` without its untracked walk: entries are
 * `XY path`, and a file deleted in the index or the work tree is not there to lint), plus untracked
 * ones (`git ls-files --others`). The two halves of one `git status` run side by side: 63 → 40 ms
 * in a 20,000-file repository, on a core the linter is not using while it loads.
 */
async function uncommitted(cwd: string): Promise<string[]> {
  const [status, untracked] = await Promise.all([
    git(cwd, ['status', '--porcelain=v1', '-z', '--untracked-files=no', '--no-renames']),
    git(cwd, ['ls-files', '-z', '--full-name', '--others', '--exclude-standard']),
  ]);
  const paths = untracked.split('\0');
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
