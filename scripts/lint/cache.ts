/**
 * `--cache`: a file's findings are kept under the hash of its content, in a cache file named by
 * the hash of everything else that decides findings — the catalogue (and logo manifest), the
 * settings (rules, roles, fix style), the package version and the cache format (like ESLint and
 * stylelint's content strategy). Allowlist and baseline are applied after the cache, so editing
 * them needs no re-lint.
 *
 * Checking a hash means reading the file; an unchanged size and mtime lets a file skip that read,
 * except when it was modified within a second of the run that cached it (it could have changed
 * again in the same clock tick: git's "racy" case), which is then read and hashed.
 *
 * Safe to delete at any time. Safe with two runs at once: each writes a whole new file beside the
 * old one and renames it over (atomic), so a reader sees one run's cache or the other's, never a
 * mix. A corrupt or foreign file is ignored and replaced.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { Finding } from './types.ts';

const FORMAT = 1;
/** A file modified this close to the caching run's start is re-hashed (clock granularity, racy writes). */
const RACY_MS = 1000;

export interface CacheEntry {
  size: number;
  mtimeMs: number;
  hash: string;
  findings: Finding[];
  coverage?: { tokens: number; raw: number };
}

export interface LintCache {
  file: string;
  /** When the run that reads this cache started (entries it writes are racy relative to it). */
  startedAt: number;
  /** When the run that wrote the cache started. */
  writtenAt: number;
  entries: Map<string, CacheEntry>;
}

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** The default place: node_modules/.cache/liverykit when the repo has node_modules, else .liverykit-cache. */
export function defaultCacheDir(cwd: string): string {
  return existsSync(join(cwd, 'node_modules'))
    ? join(cwd, 'node_modules', '.cache', 'liverykit')
    : join(cwd, '.liverykit-cache');
}

/** The key of everything but the file's content that decides its findings. */
export function cacheKey(parts: { catalogueFile: string; settings: unknown; version: string }): string {
  const hash = createHash('sha1').update(`${FORMAT}\0${parts.version}\0${JSON.stringify(parts.settings)}\0`);
  hash.update(readFileSync(parts.catalogueFile));
  const manifest = join(dirname(parts.catalogueFile), 'assets', 'manifest.json');
  if (existsSync(manifest)) hash.update(readFileSync(manifest));
  return hash.digest('hex').slice(0, 20);
}

export function openCache(dir: string, key: string): LintCache {
  const file = join(dir, `lint-${key}.json`);
  const cache: LintCache = { file, startedAt: Date.now(), writtenAt: 0, entries: new Map() };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return cache; // missing or corrupt: start empty, the run rewrites it
  }
  const object = data as { format?: unknown; key?: unknown; writtenAt?: unknown; entries?: unknown };
  if (
    !object ||
    object.format !== FORMAT ||
    object.key !== key ||
    typeof object.writtenAt !== 'number' ||
    !object.entries ||
    typeof object.entries !== 'object'
  )
    return cache;
  cache.writtenAt = object.writtenAt;
  for (const [path, entry] of Object.entries(object.entries as Record<string, unknown>)) {
    const e = entry as CacheEntry;
    if (
      e &&
      typeof e.size === 'number' &&
      typeof e.mtimeMs === 'number' &&
      typeof e.hash === 'string' &&
      Array.isArray(e.findings)
    )
      cache.entries.set(path, e);
  }
  return cache;
}

/**
 * The cached findings of a file whose content is unchanged, or undefined (then it is linted and
 * `record`ed). Sets the entry's fresh stat so the next run can skip the read.
 */
export function lookup(cache: LintCache, cwd: string, file: string): CacheEntry | undefined {
  const entry = cache.entries.get(file);
  if (!entry) return undefined;
  let stat;
  try {
    stat = statSync(join(cwd, file));
  } catch {
    return undefined;
  }
  if (stat.size === entry.size && stat.mtimeMs === entry.mtimeMs && entry.mtimeMs < cache.writtenAt - RACY_MS)
    return entry;
  let text: string;
  try {
    text = readFileSync(join(cwd, file), 'utf8');
  } catch {
    return undefined;
  }
  if (contentHash(text) !== entry.hash) return undefined;
  entry.size = stat.size;
  entry.mtimeMs = stat.mtimeMs;
  return entry;
}

/** Size and mtime taken before the read, so a write during the read shows as a change next time. */
export function statOf(path: string): { size: number; mtimeMs: number } | undefined {
  try {
    const stat = statSync(path);
    return { size: stat.size, mtimeMs: stat.mtimeMs };
  } catch {
    return undefined;
  }
}

/** Writes the entries of the files this run saw (hits and fresh results), atomically; stale caches of other keys go. */
export function saveCache(cache: LintCache, seen: Set<string>): void {
  const dir = dirname(cache.file);
  const entries: Record<string, CacheEntry> = {};
  for (const [path, entry] of cache.entries) if (seen.has(path)) entries[path] = entry;
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = `${cache.file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(
      temporary,
      JSON.stringify({
        format: FORMAT,
        key: cache.file.slice(cache.file.lastIndexOf('lint-') + 5, -5),
        writtenAt: cache.startedAt,
        entries,
      }),
    );
    renameSync(temporary, cache.file);
    for (const name of readdirSync(dir)) {
      // other keys' caches (an older catalogue or config); another run's temporary file is left to it
      if (name.startsWith('lint-') && name.endsWith('.json') && join(dir, name) !== cache.file)
        unlinkSync(join(dir, name));
    }
  } catch {
    // a cache that cannot be written costs the next run time, not this run its result
  }
}
