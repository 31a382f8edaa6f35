import { execFileSync } from 'node:child_process';
import { closestNames } from '../diagnostics.ts';
import { EXIT } from '../exit-codes.ts';

/** A git problem the user can fix (unknown ref, shallow clone, not a repository): exit code 2. */
export class GitError extends Error {
  override name = 'GitError';
  readonly exitCode = EXIT.usage;
}

interface GitResult {
  ok: boolean;
  stdout: Buffer;
  stderr: string;
}

function git(cwd: string, args: string[], input?: Buffer): GitResult {
  try {
    const stdout = execFileSync('git', args, {
      cwd,
      input,
      stdio: ['pipe', 'pipe', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    });
    return { ok: true, stdout, stderr: '' };
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer; code?: string; message: string };
    if (e.code === 'ENOENT')
      throw new GitError('git is not installed or not on PATH; livery diff and release-check need it');
    return { ok: false, stdout: e.stdout ?? Buffer.alloc(0), stderr: e.stderr?.toString().trim() ?? e.message };
  }
}

const text = (r: GitResult) => r.stdout.toString().trim();

/** The top folder of the work tree that contains `cwd`. */
export function repoRoot(cwd: string): string {
  const r = git(cwd, ['rev-parse', '--show-toplevel']);
  if (!r.ok)
    throw new GitError(
      `${cwd} is not inside a git repository (${r.stderr.split('\n')[0]}); run the command from a clone of the repository`,
    );
  return text(r);
}

function isShallow(root: string): boolean {
  return text(git(root, ['rev-parse', '--is-shallow-repository'])) === 'true';
}

const SHALLOW_FIX =
  'this is a shallow clone, so older commits and other branches are missing: run `git fetch ' +
  '--unshallow` (or `git fetch origin <branch>`), or set `fetch-depth: 0` on actions/checkout';

/** Resolves a ref to a commit id, or explains why it cannot: unknown name, typo, or shallow clone. */
export function resolveCommit(root: string, ref: string): string {
  if (ref.startsWith('-')) throw new GitError(`"${ref}" is not a git ref`);
  const r = git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (r.ok) return text(r);
  if (isShallow(root)) throw new GitError(`unknown git ref "${ref}": ${SHALLOW_FIX}`);
  const refs = text(git(root, ['for-each-ref', '--format=%(refname:short)']))
    .split('\n')
    .filter(Boolean);
  const suggestion = closestNames(ref, refs);
  const hint = suggestion.length
    ? ` (did you mean ${suggestion[0]}?)`
    : refs.length
      ? ` (known branches and tags: ${refs.slice(0, 8).join(', ')}${refs.length > 8 ? ', …' : ''})`
      : ' (the repository has no commits yet)';
  throw new GitError(`unknown git ref "${ref}"${hint}`);
}

/** Where `head` branched off `base`; in a shallow clone the history needed may be missing. */
export function mergeBase(root: string, base: string, head: string): string {
  const r = git(root, ['merge-base', base, head]);
  if (r.ok) return text(r);
  if (isShallow(root)) throw new GitError(`cannot find where HEAD branched off ${base}: ${SHALLOW_FIX}`);
  throw new GitError(
    `${base} and HEAD share no history (${r.stderr || 'git merge-base found nothing'}); pass --base <ref> explicitly`,
  );
}

export function refExists(root: string, ref: string): boolean {
  return git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).ok;
}

/** Whether `dir` (relative to the root) exists as a folder in `commit`. */
export function treeHas(root: string, commit: string, dir: string): boolean {
  const r = git(root, ['cat-file', '-t', `${commit}:${dir}`]);
  return r.ok && text(r) === 'tree';
}

/** Writes the files under `dir` as they are in `commit` into `destination` (same relative paths). */
export function extractTree(root: string, commit: string, dir: string, destination: string): void {
  const archive = git(root, ['archive', '--format=tar', commit, '--', dir]);
  if (!archive.ok) throw new GitError(`git archive ${commit.slice(0, 12)} -- ${dir} failed: ${archive.stderr}`);
  try {
    execFileSync('tar', ['-x', '-C', destination], { input: archive.stdout, stdio: ['pipe', 'ignore', 'pipe'] });
  } catch (error) {
    throw new GitError(`could not unpack ${dir} at ${commit.slice(0, 12)}: ${(error as Error).message}`);
  }
}
