import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EXIT } from '../exit-codes.ts';
import { BUMP_RANK, type Bump } from './diff-tokens.ts';

export interface Changeset {
  /** Relative to the repository root, e.g. `.changeset/brave-fox.md`. */
  file: string;
  /** package name → bump (`none` is valid in changesets: listed, not released). */
  releases: Map<string, Bump | 'none'>;
  summary: string;
}

/** A changeset file that changesets itself would refuse; names the file, the line and the fix. */
export class ChangesetError extends Error {
  override name = 'ChangesetError';
  readonly exitCode = EXIT.usage;
}

const EXAMPLE = '---\n"liverykit": minor\n---\n\nWhat changed, for the release notes.';
const TYPES = ['major', 'minor', 'patch', 'none'];

/**
 * Reads every pending changeset (`.changeset/*.md` except README.md). The frontmatter is the
 * subset of YAML changesets writes: one `"package": bump` per line. Anything else is reported
 * with its line, so CI says exactly which file to fix.
 */
export function readChangesets(dir: string, root = dir): Changeset[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md')
    .sort();
  return files.map((f) => parseChangeset(relative(root, join(dir, f)), readFileSync(join(dir, f), 'utf8')));
}

export function parseChangeset(file: string, content: string): Changeset {
  const fail = (line: number | undefined, message: string): never => {
    throw new ChangesetError(
      `${file}${line ? `:${line}` : ''}: corrupt changeset: ${message}\n  a changeset looks like:\n${EXAMPLE.replace(/^/gm, '    ')}`,
    );
  };
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  let start = 0;
  while (start < lines.length && lines[start]!.trim() === '') start++;
  if (start === lines.length) fail(undefined, 'the file is empty');
  if (lines[start]!.trim() !== '---')
    fail(start + 1, `expected the frontmatter to open with "---", found ${JSON.stringify(lines[start]!.slice(0, 60))}`);
  const end = lines.findIndex((l, i) => i > start && l.trim() === '---');
  if (end === -1) fail(start + 1, 'the frontmatter is never closed by a second "---" line');
  const releases = new Map<string, Bump | 'none'>();
  for (let i = start + 1; i < end; i++) {
    const line = lines[i]!;
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const match = /^\s*(?:"([^"]+)"|'([^']+)'|([^\s:"'][^:]*?))\s*:\s*(\S+)\s*$/.exec(line);
    if (!match)
      fail(i + 1, `expected \`"package-name": major|minor|patch\`, found ${JSON.stringify(line.slice(0, 60))}`);
    const name = (match![1] ?? match![2] ?? match![3])!.trim();
    const type = match![4]!.replace(/^["']|["']$/g, '');
    if (!TYPES.includes(type)) fail(i + 1, `"${type}" is not a bump type for ${name}; use major, minor, patch or none`);
    if (releases.has(name)) fail(i + 1, `${name} is listed twice`);
    releases.set(name, type as Bump | 'none');
  }
  return {
    file,
    releases,
    summary: lines
      .slice(end + 1)
      .join('\n')
      .trim(),
  };
}

const larger = (a: Bump | 'none' | undefined, b: Bump | 'none' | undefined) =>
  b !== undefined && (a === undefined || BUMP_RANK[b] > BUMP_RANK[a]) ? b : a;

/** The largest bump the changesets declare for one package, or undefined when none names it. */
export function declaredBump(changesets: Changeset[], packageName: string): Bump | 'none' | undefined {
  return changesets.reduce<Bump | 'none' | undefined>((max, c) => larger(max, c.releases.get(packageName)), undefined);
}

/** The largest bump one changeset releases, whichever package it names; undefined when it releases none. */
export function releasedBump(changeset: Changeset): Bump | undefined {
  const max = [...changeset.releases.values()].reduce<Bump | 'none' | undefined>(larger, undefined);
  return max === 'none' ? undefined : max;
}
