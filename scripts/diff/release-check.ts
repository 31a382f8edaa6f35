import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ChangesetError, declaredBump, readChangesets } from './changesets.ts';
import { BUMP_RANK, diffSnapshots, type Bump, type TokenChange, type TokenDiff } from './diff-tokens.ts';
import { GitError, mergeBase, refExists, repoRoot, resolveCommit } from './git.ts';
import { resolveResolver } from './run-diff.ts';
import { loadSnapshot } from './snapshot.ts';

export interface ReleaseCheckOptions {
  cwd: string;
  /** Base branch or ref; default: $GITHUB_BASE_REF, else .changeset/config.json baseBranch (origin/<it> first). */
  base?: string;
  resolver?: string;
  env?: Record<string, string | undefined>;
}

export interface ReleaseCheckResult {
  ok: boolean;
  packageName: string;
  base: string;
  /** The commit HEAD branched off the base: what the working tree is compared with. */
  baseCommit: string;
  diff: TokenDiff;
  required: Bump | 'none';
  declared: Bump | 'none' | undefined;
  changesets: string[];
  /** Changes whose bump the changesets do not cover, largest first. */
  uncovered: TokenChange[];
  verdict: string;
}

/**
 * CI gate: the token diff between where the branch left the base and the working tree must be
 * covered by the pending changesets — any change needs one, a breaking change needs `major`.
 */
export function releaseCheck(options: ReleaseCheckOptions): ReleaseCheckResult {
  const root = repoRoot(options.cwd);
  const changesetDir = join(root, '.changeset');
  const packageName = readPackageName(root);
  const base = options.base ?? defaultBase(root, changesetDir, options.env ?? process.env);
  const baseTip = resolveCommit(root, base);
  const baseCommit = refExists(root, 'HEAD') ? mergeBase(root, baseTip, 'HEAD') : baseTip;
  const changesets = readChangesets(changesetDir, root);
  for (const c of changesets) {
    for (const name of c.releases.keys()) {
      if (name !== packageName)
        throw new ChangesetError(
          `${c.file}: corrupt changeset: it names the package "${name}", but this repository publishes "${packageName}"; fix the frontmatter`,
        );
    }
  }
  const resolver = resolveResolver(root, options.cwd, options.resolver);
  const from = loadSnapshot(root, resolver, baseCommit);
  from.label = baseCommit === baseTip ? base : `${base} (merge base)`;
  const diff = diffSnapshots(from, loadSnapshot(root, resolver, undefined));
  const declared = declaredBump(changesets, packageName);
  const have = BUMP_RANK[declared ?? 'none'];
  const uncovered = diff.changes.filter((c) => BUMP_RANK[c.bump] > have);
  const ok = uncovered.length === 0;
  let verdict: string;
  if (!diff.changes.length) verdict = 'no token changes: nothing to release for tokens';
  else if (ok) verdict = `the ${declared} changeset covers the token changes (they need ${diff.bump})`;
  else if (declared === undefined)
    verdict = `the tokens changed but no changeset names ${packageName}: run \`npm run changeset\` and choose ${diff.bump}`;
  else
    verdict =
      `the changesets declare ${declared}, but the token changes need ${diff.bump}: run \`npm ` +
      `run changeset\` and choose ${diff.bump}${diff.bump === 'major' ? ', or keep the old names as deprecated aliases to stay minor' : ''}`;
  return {
    ok,
    packageName,
    base,
    baseCommit,
    diff,
    required: diff.bump,
    declared,
    changesets: changesets.map((c) => c.file),
    uncovered,
    verdict,
  };
}

function readPackageName(root: string): string {
  const file = join(root, 'package.json');
  if (!existsSync(file))
    throw new GitError(`${root} has no package.json: release-check runs in the repository of the package it releases`);
  try {
    const name = (JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name;
    if (typeof name !== 'string' || !name) throw new Error('no "name"');
    return name;
  } catch (error) {
    throw new GitError(`${file} cannot be read: ${(error as Error).message}`);
  }
}

function defaultBase(root: string, changesetDir: string, env: Record<string, string | undefined>): string {
  if (env.GITHUB_BASE_REF) return `origin/${env.GITHUB_BASE_REF}`;
  let branch = 'main';
  const config = join(changesetDir, 'config.json');
  if (existsSync(config)) {
    try {
      const value = (JSON.parse(readFileSync(config, 'utf8')) as { baseBranch?: unknown }).baseBranch;
      if (typeof value === 'string' && value) branch = value;
    } catch (error) {
      throw new ChangesetError(`${config}: invalid JSON (${(error as Error).message})`);
    }
  }
  return refExists(root, `origin/${branch}`) ? `origin/${branch}` : branch;
}
