import { existsSync, readFileSync } from 'node:fs';
import { canonical, hashOf, sortKeys } from './figma-value.ts';
import { variableKey, type SyncModel, type SyncValue, type SyncVariable } from './sync-model.ts';
import { writeFilesAtomically } from './token-writer.ts';

/**
 * Three-way comparison of code and Figma against the last sync. Every token is compared mode by
 * mode, plus one `$meta` entry (description, scopes, code syntax, publishing), so an edit on one
 * side is told apart from an edit on the other, and an edit on both is a conflict.
 */
export const META = '$meta';

/** `same`: equal. `code`: only code changed (push). `figma`: only Figma changed (pull). `conflict`: both. */
export type DriftStatus = 'same' | 'code' | 'figma' | 'conflict';

export interface DriftEntry {
  collection: string;
  name: string;
  /** A mode name, or `$meta`. */
  mode: string;
  status: DriftStatus;
  code: SyncVariable | undefined;
  figma: SyncVariable | undefined;
  codeHash: string | undefined;
  figmaHash: string | undefined;
  baseHash: string | undefined;
}

/**
 * `collection::name` → mode (or `$meta`) → hash of the value both sides had at the last sync, and
 * `$id` → the Figma variable's id (so a rename is told apart from a delete plus a create).
 */
export type SyncState = Record<string, Record<string, string>>;

export function entryHash(variable: SyncVariable | undefined, mode: string): string | undefined {
  if (!variable) return undefined;
  if (mode === META) {
    return hashOf(
      sortKeys({
        d: variable.description,
        s: [...variable.scopes].sort(),
        c: variable.codeSyntax,
        h: variable.hiddenFromPublishing,
        t: variable.resolvedType,
      }),
    );
  }
  const value: SyncValue | undefined = variable.values.get(mode);
  return value === undefined ? undefined : hashOf({ t: variable.resolvedType, v: canonical(value) });
}

export function compare(code: SyncModel, figma: SyncModel, state: SyncState): DriftEntry[] {
  const entries: DriftEntry[] = [];
  const names = new Set<string>();
  for (const model of [code, figma]) {
    for (const collection of model.collections.values())
      for (const name of collection.variables.keys()) names.add(variableKey(collection.name, name));
  }
  for (const key of names) {
    const [collection, name] = key.split('::') as [string, string];
    const c = code.collections.get(collection)?.variables.get(name);
    const f = figma.collections.get(collection)?.variables.get(name);
    const modes = new Set<string>([
      META,
      ...(code.collections.get(collection)?.modes ?? []),
      ...(figma.collections.get(collection)?.modes ?? []),
    ]);
    for (const mode of modes) {
      const codeHash = entryHash(c, mode);
      const figmaHash = entryHash(f, mode);
      if (codeHash === undefined && figmaHash === undefined) continue;
      const baseHash = state[key]?.[mode];
      entries.push({
        collection,
        name,
        mode,
        status: classify(codeHash, figmaHash, baseHash),
        code: c,
        figma: f,
        codeHash,
        figmaHash,
        baseHash,
      });
    }
  }
  return entries.sort(
    (a, b) =>
      a.collection.localeCompare(b.collection) ||
      a.name.localeCompare(b.name) ||
      modeOrder(a.mode) - modeOrder(b.mode) ||
      a.mode.localeCompare(b.mode),
  );
}

const modeOrder = (mode: string) => (mode === META ? 0 : 1);

function classify(code: string | undefined, figma: string | undefined, base: string | undefined): DriftStatus {
  if (code === figma) return 'same';
  if (base === undefined) {
    if (code !== undefined && figma === undefined) return 'code';
    if (code === undefined && figma !== undefined) return 'figma';
    return 'conflict';
  }
  if (code === base) return 'figma';
  if (figma === base) return 'code';
  return 'conflict';
}

/** Conflicts left after `--prefer`: with a preference, a conflict becomes a change from that side. */
export function applyPreference(entries: DriftEntry[], prefer: 'figma' | 'code' | undefined): DriftEntry[] {
  if (!prefer) return entries;
  return entries.map((e) => (e.status === 'conflict' ? { ...e, status: prefer } : e));
}

// ---- the state file: committed beside the resolver, so every teammate syncs from the same base ----

interface StateFile {
  version: 1;
  files: Record<string, { modes?: string; tokens: SyncState }>;
}

export function readState(file: string, fileKey: string): SyncState {
  if (!existsSync(file)) return {};
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as StateFile;
  return parsed.files?.[fileKey]?.tokens ?? {};
}

/**
 * The state after a run: entries that now agree record their hash; `applied` entries record the
 * hash of the side that won; anything else keeps the base it had.
 */
export function nextState(
  previous: SyncState,
  entries: DriftEntry[],
  applied: Set<DriftEntry>,
  winner: 'code' | 'figma',
): SyncState {
  const state: SyncState = structuredClone(previous);
  for (const entry of entries) {
    const key = variableKey(entry.collection, entry.name);
    let hash: string | undefined | null = null;
    if (entry.status === 'same') hash = entry.codeHash;
    else if (applied.has(entry)) hash = winner === 'code' ? entry.codeHash : entry.figmaHash;
    if (hash === null) continue;
    if (hash === undefined) {
      if (state[key]) delete state[key][entry.mode];
      // Left with no hash (only its Figma id, or nothing): the token is gone from both sides.
      if (state[key] && Object.keys(state[key]).every((k) => k === '$id')) delete state[key];
    } else {
      (state[key] ??= {})[entry.mode] = hash;
    }
  }
  return state;
}

export function writeState(file: string, fileKey: string, state: SyncState, modes: string | undefined): boolean {
  const existing: StateFile = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as StateFile)
    : { version: 1, files: {} };
  existing.files ??= {};
  existing.files[fileKey] = { ...(modes ? { modes } : {}), tokens: state };
  const text = `${JSON.stringify(sortKeys(existing), null, 2)}\n`;
  return writeFilesAtomically(new Map([[file, text]])).length > 0;
}
