import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { toCss } from '../build/css-value.ts';
import { cssVariableName } from '../build/naming.ts';
import { loadBrand } from '../build/load-brand.ts';
import { DiagnosticsError } from '../diagnostics.ts';
import { defaultSelection } from '../resolver/resolver-model.ts';
import { deprecationReplacement } from '../tokens/token.ts';
import { extractTree, GitError, resolveCommit, treeHas } from './git.ts';

/** One token as the diff compares it: raw definition, resolved value per mode, deprecation. */
export interface SnapshotToken {
  name: string;
  type: string;
  cssVariable: string;
  raw: unknown;
  /** mode (`default`, `theme:dark`, …) → resolved DTCG value as JSON, for comparison. */
  values: Map<string, string>;
  /** mode → CSS text, for people. */
  css: Map<string, string>;
  deprecated: { message: string; replacement: string | null } | null;
}

/** The tokens of one side of a diff: a commit, or the working tree. */
export interface TokenSnapshot {
  /** What the user asked for: a ref name, or `working tree`. */
  label: string;
  commit: string | null;
  /** `default` first, then `modifier:context` for every non-default context. */
  modes: string[];
  tokens: Map<string, SnapshotToken>;
  /** False when the resolver's folder did not exist at that commit (everything counts as added). */
  exists: boolean;
}

export const WORKING_TREE = 'working tree';

/**
 * Loads the brand of a git ref (or, with ref undefined, of the working tree) through the same
 * validating loader the build uses. A commit's token folder is unpacked with `git archive` into a
 * temp folder, so the working tree is never touched.
 */
export function loadSnapshot(root: string, resolverFile: string, ref: string | undefined): TokenSnapshot {
  const resolverInRepo = isAbsolute(resolverFile) ? relative(root, resolverFile) : resolverFile;
  if (resolverInRepo.startsWith('..'))
    throw new GitError(`the resolver ${resolverFile} is outside the repository ${root}`);
  if (ref === undefined) {
    const file = join(root, resolverInRepo);
    if (!existsSync(file))
      throw new GitError(`${resolverInRepo} does not exist in the working tree; pass --resolver <file>`);
    return fromBrand(WORKING_TREE, null, file, undefined);
  }
  const commit = resolveCommit(root, ref);
  const folder = dirname(resolverInRepo);
  if (!treeHas(root, commit, folder === '.' ? '' : folder)) {
    return { label: ref, commit, modes: ['default'], tokens: new Map(), exists: false };
  }
  const temp = mkdtempSync(join(tmpdir(), 'livery-diff-'));
  try {
    extractTree(root, commit, folder, temp);
    const file = join(temp, resolverInRepo);
    if (!existsSync(file)) return { label: ref, commit, modes: ['default'], tokens: new Map(), exists: false };
    return fromBrand(ref, commit, file, temp);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

function fromBrand(
  label: string,
  commit: string | null,
  resolverFile: string,
  temp: string | undefined,
): TokenSnapshot {
  let brand;
  try {
    brand = loadBrand(resolverFile);
  } catch (error) {
    if (error instanceof DiagnosticsError && temp) {
      // Name files as `<ref>:tokens/x.tokens.json`, not as a path in a temp folder that is gone.
      throw new DiagnosticsError(
        error.diagnostics.map((d) => {
          const absolute = resolve(d.file);
          return absolute.startsWith(temp) ? { ...d, file: `${label}:${relative(temp, absolute)}` } : d;
        }),
      );
    }
    throw error;
  }
  const base = defaultSelection(brand.resolver);
  const modes: { id: string; selection: Record<string, string> }[] = [{ id: 'default', selection: base }];
  for (const layer of brand.contexts)
    if (!layer.isDefault)
      modes.push({ id: `${layer.modifier}:${layer.context}`, selection: { ...base, [layer.modifier]: layer.context } });
  const resolved = modes.map((m) => ({ id: m.id, values: brand.resolve(m.selection) }));

  const tokens = new Map<string, SnapshotToken>();
  for (const definition of brand.tokens.values()) {
    const type = definition.type ?? 'unknown';
    const values = new Map<string, string>();
    const css = new Map<string, string>();
    for (const mode of resolved) {
      const value = mode.values.get(definition.name);
      values.set(mode.id, JSON.stringify(value));
      css.set(mode.id, cssText(type, value));
    }
    tokens.set(definition.name, {
      name: definition.name,
      type,
      cssVariable: cssVariableName(definition.path),
      raw: definition.value,
      values,
      css,
      deprecated: definition.deprecated
        ? {
            message: typeof definition.deprecated === 'string' ? definition.deprecated : 'Deprecated.',
            replacement: deprecationReplacement(definition) ?? null,
          }
        : null,
    });
  }
  return { label, commit, modes: modes.map((m) => m.id), tokens, exists: true };
}

function cssText(type: string, value: unknown): string {
  try {
    return toCss(type, value);
  } catch {
    return JSON.stringify(value);
  }
}
