import type { SnapshotToken, TokenSnapshot } from './snapshot.ts';

/** Semver bump a change needs. */
export type Bump = 'major' | 'minor' | 'patch';
export const BUMP_RANK: Record<Bump | 'none', number> = { none: 0, patch: 1, minor: 2, major: 3 };

export interface ModeChange {
  mode: string;
  from: string;
  to: string;
}

export type TokenChange =
  | { kind: 'added'; bump: Bump; name: string; type: string; cssVariable: string; value: string }
  | { kind: 'removed'; bump: Bump; name: string; type: string; cssVariable: string; wasDeprecated: boolean }
  /** `alias: true` when the old name stays as a deprecated alias of the new one (not breaking). */
  | {
      kind: 'renamed';
      bump: Bump;
      from: string;
      to: string;
      type: string;
      alias: boolean;
      similarity: number;
      valueChanged: boolean;
    }
  | { kind: 'retyped'; bump: Bump; name: string; from: string; to: string }
  | {
      kind: 'changed';
      bump: Bump;
      name: string;
      type: string;
      modes: ModeChange[];
      reference: { from: string; to: string } | null;
    }
  | { kind: 'deprecated'; bump: Bump; name: string; message: string; replacement: string | null }
  | { kind: 'mode-added'; bump: Bump; mode: string }
  | { kind: 'mode-removed'; bump: Bump; mode: string };

export interface TokenDiff {
  from: { label: string; commit: string | null; tokens: number };
  to: { label: string; commit: string | null; tokens: number };
  changes: TokenChange[];
  /** The largest bump any change needs, or `none`. */
  bump: Bump | 'none';
  counts: Record<TokenChange['kind'], number>;
}

/** Why a change needs its bump; printed by release-check. */
export function bumpReason(change: TokenChange): string {
  switch (change.kind) {
    case 'added':
      return 'a new token is a feature';
    case 'removed':
      return 'code that uses the token breaks; removal is only allowed in a major release';
    case 'renamed':
      return change.alias
        ? 'the old name keeps working as a deprecated alias'
        : 'code that uses the old name breaks (keep it as a deprecated alias to make this a minor change)';
    case 'retyped':
      return 'consumers get a different kind of value';
    case 'changed':
      return 'a design change to an existing token';
    case 'deprecated':
      return 'a deprecation announces a future removal';
    case 'mode-added':
      return 'a new theme or brand context is a feature';
    case 'mode-removed':
      return 'code that selects the context breaks';
  }
}

/** Renames need the same type, the same value and a reasonably close path. */
const RENAME_MIN_PATH_SIMILARITY = 0.4;

export function diffSnapshots(from: TokenSnapshot, to: TokenSnapshot): TokenDiff {
  const changes: TokenChange[] = [];
  const removed = [...from.tokens.values()].filter((t) => !to.tokens.has(t.name));
  const added = new Map([...to.tokens.values()].filter((t) => !from.tokens.has(t.name)).map((t) => [t.name, t]));
  const sharedModes = to.modes.filter((m) => from.modes.includes(m));

  // Modes (theme/brand contexts) that appeared or disappeared; only when both sides had tokens.
  if (from.exists) {
    for (const mode of to.modes)
      if (!from.modes.includes(mode)) changes.push({ kind: 'mode-added', bump: 'minor', mode });
    for (const mode of from.modes)
      if (!to.modes.includes(mode)) changes.push({ kind: 'mode-removed', bump: 'major', mode });
  }

  // Tokens on both sides: newly deprecated (possibly as the alias of a rename), retyped, changed.
  for (const after of to.tokens.values()) {
    const before = from.tokens.get(after.name);
    if (!before) continue;
    if (before.type !== after.type) {
      changes.push({ kind: 'retyped', bump: 'major', name: after.name, from: before.type, to: after.type });
      continue;
    }
    if (!before.deprecated && after.deprecated) {
      const target = after.deprecated.replacement ? added.get(after.deprecated.replacement) : undefined;
      if (target) {
        added.delete(target.name);
        changes.push({
          kind: 'renamed',
          bump: 'minor',
          from: after.name,
          to: target.name,
          type: after.type,
          alias: true,
          similarity: 1,
          valueChanged: !sameValues(before, target, sharedModes),
        });
        continue;
      }
      changes.push({
        kind: 'deprecated',
        bump: 'minor',
        name: after.name,
        message: after.deprecated.message,
        replacement: after.deprecated.replacement,
      });
    }
    const modes = sharedModes
      .filter((m) => before.values.get(m) !== after.values.get(m))
      .map((m) => ({ mode: m, from: before.css.get(m)!, to: after.css.get(m)! }));
    const rawFrom = JSON.stringify(before.raw);
    const rawTo = JSON.stringify(after.raw);
    if (modes.length || rawFrom !== rawTo) {
      changes.push({
        kind: 'changed',
        bump: 'patch',
        name: after.name,
        type: after.type,
        modes,
        reference: rawFrom !== rawTo ? { from: showRaw(before.raw), to: showRaw(after.raw) } : null,
      });
    }
  }

  // Removed + added pairs with the same type and value and a similar path are renames.
  const candidates: { old: SnapshotToken; next: SnapshotToken; value: number; path: number; score: number }[] = [];
  for (const old of removed) {
    for (const next of added.values()) {
      if (old.type !== next.type) continue;
      const value = sameValues(old, next, sharedModes)
        ? 1
        : old.values.get('default') === next.values.get('default')
          ? 0.5
          : 0;
      const path = pathSimilarity(old.name, next.name);
      const accepted = (value === 1 && path >= RENAME_MIN_PATH_SIMILARITY) || (value === 0.5 && path >= 0.6);
      if (accepted) candidates.push({ old, next, value, path, score: 0.6 * value + 0.4 * path });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.old.name.localeCompare(b.old.name));
  const paired = new Set<string>();
  for (const c of candidates) {
    if (paired.has(c.old.name) || !added.has(c.next.name)) continue;
    paired.add(c.old.name);
    added.delete(c.next.name);
    changes.push({
      kind: 'renamed',
      bump: 'major',
      from: c.old.name,
      to: c.next.name,
      type: c.old.type,
      alias: false,
      similarity: Number(c.score.toFixed(2)),
      valueChanged: c.value < 1,
    });
  }
  for (const old of removed) {
    if (!paired.has(old.name))
      changes.push({
        kind: 'removed',
        bump: 'major',
        name: old.name,
        type: old.type,
        cssVariable: old.cssVariable,
        wasDeprecated: old.deprecated !== null,
      });
  }
  for (const next of added.values()) {
    changes.push({
      kind: 'added',
      bump: 'minor',
      name: next.name,
      type: next.type,
      cssVariable: next.cssVariable,
      value: next.css.get('default') ?? '',
    });
  }

  changes.sort(
    (a, b) =>
      BUMP_RANK[b.bump] - BUMP_RANK[a.bump] ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      subject(a).localeCompare(subject(b)),
  );
  const counts = Object.fromEntries(
    KIND_ORDER.map((k) => [k, changes.filter((c) => c.kind === k).length]),
  ) as TokenDiff['counts'];
  const bump = changes.reduce<Bump | 'none'>((max, c) => (BUMP_RANK[c.bump] > BUMP_RANK[max] ? c.bump : max), 'none');
  return {
    from: { label: from.label, commit: from.commit, tokens: from.tokens.size },
    to: { label: to.label, commit: to.commit, tokens: to.tokens.size },
    changes,
    bump,
    counts,
  };
}

export const KIND_ORDER: TokenChange['kind'][] = [
  'removed',
  'renamed',
  'retyped',
  'mode-removed',
  'added',
  'deprecated',
  'mode-added',
  'changed',
];

/** The token (or mode) a change is about, for sorting and one-line reports. */
export function subject(change: TokenChange): string {
  if (change.kind === 'renamed') return `${change.from} → ${change.to}`;
  if (change.kind === 'mode-added' || change.kind === 'mode-removed') return change.mode;
  return change.name;
}

function sameValues(a: SnapshotToken, b: SnapshotToken, modes: string[]): boolean {
  return modes.every((m) => a.values.get(m) === b.values.get(m));
}

function showRaw(raw: unknown): string {
  return typeof raw === 'string' ? raw : JSON.stringify(raw);
}

/** 1 for equal paths, 0 for nothing in common: edit distance over the longer name, with a bonus for the same leaf. */
function pathSimilarity(a: string, b: string): number {
  const distance = levenshtein(a, b);
  const base = 1 - distance / Math.max(a.length, b.length);
  const leafA = a.split('.').at(-1);
  const leafB = b.split('.').at(-1);
  return Math.min(1, base + (leafA === leafB ? 0.15 : 0));
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    previous = current;
  }
  return previous[b.length]!;
}
