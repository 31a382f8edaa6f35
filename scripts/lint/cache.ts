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
 * The file is a fixed-size head, the report chunks (for the report format of the run that wrote
 * it, what each file's findings render to), each file's findings as JSON, and the index (path →
 * stat, hash, counts, where its payloads lie). A warm run reads the index, then the chunks front to
 * back, and copies each unchanged file's chunk straight to the report: the findings are neither
 * read nor parsed, and nothing of a 300 MB cache is held in memory. A run where nothing changed
 * does not rewrite it.
 *
 * Safe to delete at any time. Safe with two runs at once: each writes a whole new file beside the
 * old one and renames it over (atomic), so a reader sees one run's cache or the other's, never a
 * mix (an open file keeps the version it opened). A corrupt or foreign file is ignored and replaced.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { Finding } from './types.ts';

const FORMAT = 2;
const MAGIC = 'liverykit lint cache';
/** The head: magic, format, where the index starts and how long it is; padded to this size. */
const HEAD_BYTES = 64;
/** A file modified this close to the caching run's start is re-hashed (clock granularity, racy writes). */
const RACY_MS = 1000;
/** Payloads are read in windows of this size: a warm run reads the file once, front to back. */
const WINDOW_BYTES = 4 * 1024 * 1024;

/** Where a payload lies in the cache file that was read. */
export interface Span {
  at: number;
  length: number;
}

export interface CacheEntry {
  size: number;
  mtimeMs: number;
  hash: string;
  /** How many findings, and of them errors and fixable ones (a hit is counted without parsing them). */
  counts: { findings: number; errors: number; fixable: number };
  coverage?: { tokens: number; raw: number };
  /** The findings (before allowlist and baseline) as JSON text, or where it lies in the cache file. */
  findings: string | Span;
  /** The report chunk they render to in the cache's report format, when known. */
  chunk?: string | Span;
}

export interface LintCache {
  file: string;
  key: string;
  /** When the run that reads this cache started (entries it writes are racy relative to it). */
  startedAt: number;
  /** When the run that wrote the cache started. */
  writtenAt: number;
  /** The report format (and its options) the chunks in the file were rendered for. */
  reportKey: string | undefined;
  entries: Map<string, CacheEntry>;
  /** The cache file as read, open until the run ends (payloads are read from it when asked for). */
  fd: number | undefined;
  /** Where the findings start (the chunks lie before): each region is read through its own window. */
  findingsAt: number;
  windows: [Window | undefined, Window | undefined];
}

interface Window {
  at: number;
  bytes: Buffer;
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

/** The cache file of a key: one per key, the others are removed when it is written. */
export function cacheFileOf(dir: string, key: string): string {
  return join(dir, `lint-${key}.cache`);
}

type IndexRow = [
  path: string,
  size: number,
  mtimeMs: number,
  hash: string,
  findings: number,
  errors: number,
  fixable: number,
  tokens: number | null,
  raw: number | null,
  findingsAt: number,
  findingsLength: number,
  chunkAt: number | null,
  chunkLength: number | null,
];

export function openCache(dir: string, key: string): LintCache {
  const file = cacheFileOf(dir, key);
  const cache: LintCache = {
    file,
    key,
    startedAt: Date.now(),
    writtenAt: 0,
    reportKey: undefined,
    entries: new Map(),
    fd: undefined,
    findingsAt: 0,
    windows: [undefined, undefined],
  };
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const fileSize = fstatSync(fd).size;
    const head = Buffer.alloc(HEAD_BYTES);
    readSync(fd, head, 0, HEAD_BYTES, 0);
    const [magic, format, indexAt, indexLength] = head
      .toString('latin1')
      .trim()
      .split(/ (?=\d)/);
    if (magic !== MAGIC || Number(format) !== FORMAT) throw new Error('not this cache format');
    const at = Number(indexAt);
    const length = Number(indexLength);
    if (!Number.isSafeInteger(at) || !Number.isSafeInteger(length) || at < HEAD_BYTES || at + length > fileSize)
      throw new Error('index out of the file');
    const text = Buffer.alloc(length);
    readSync(fd, text, 0, length, at);
    const index = JSON.parse(text.toString('utf8')) as {
      key?: unknown;
      writtenAt?: unknown;
      reportKey?: unknown;
      findingsAt?: unknown;
      entries?: unknown;
    };
    if (
      !index ||
      index.key !== key ||
      typeof index.writtenAt !== 'number' ||
      typeof index.findingsAt !== 'number' ||
      index.findingsAt < HEAD_BYTES ||
      index.findingsAt > at ||
      (index.reportKey !== null && typeof index.reportKey !== 'string') ||
      !Array.isArray(index.entries)
    )
      throw new Error('not this cache');
    const inFile = (a: unknown, n: unknown) =>
      typeof a === 'number' && typeof n === 'number' && a >= HEAD_BYTES && n >= 0 && a + n <= at;
    for (const row of index.entries as IndexRow[]) {
      if (!Array.isArray(row) || row.length !== 13) continue;
      const [path, size, mtimeMs, hash, findings, errors, fixable, tokens, raw, fAt, fLength, cAt, cLength] = row;
      if (
        typeof path !== 'string' ||
        typeof size !== 'number' ||
        typeof mtimeMs !== 'number' ||
        typeof hash !== 'string' ||
        typeof findings !== 'number' ||
        typeof errors !== 'number' ||
        typeof fixable !== 'number' ||
        !inFile(fAt, fLength) ||
        (cAt !== null && !inFile(cAt, cLength))
      )
        continue;
      cache.entries.set(path, {
        size,
        mtimeMs,
        hash,
        counts: { findings, errors, fixable },
        ...(typeof tokens === 'number' && typeof raw === 'number' ? { coverage: { tokens, raw } } : {}),
        findings: { at: fAt, length: fLength },
        ...(cAt !== null ? { chunk: { at: cAt, length: cLength! } } : {}),
      });
    }
    cache.writtenAt = index.writtenAt;
    cache.findingsAt = index.findingsAt;
    cache.reportKey = index.reportKey ?? undefined;
    cache.fd = fd;
    return cache;
  } catch {
    // missing, corrupt or foreign: start empty, the run rewrites it
    if (fd !== undefined) closeSync(fd);
    cache.entries.clear();
    return cache;
  }
}

/** The bytes of a payload: read from the cache file (front to back, a window at a time), or the text itself. */
export function payloadBytes(cache: LintCache, payload: string | Span): Buffer {
  if (typeof payload === 'string') return Buffer.from(payload);
  const { at, length } = payload;
  const region = at < cache.findingsAt ? 0 : 1;
  let window = cache.windows[region];
  if (!window || at < window.at || at + length > window.at + window.bytes.length) {
    // never past the region's end: a chunk window does not read findings nobody asked for
    const end = region === 0 ? cache.findingsAt : Infinity;
    const bytes = Buffer.allocUnsafe(Math.max(length, Math.min(WINDOW_BYTES, end - at)));
    const read = readSync(cache.fd!, bytes, 0, bytes.length, at);
    window = cache.windows[region] = { at, bytes: bytes.subarray(0, read) };
  }
  const offset = at - window.at;
  return window.bytes.subarray(offset, offset + length);
}

export function payloadText(cache: LintCache, payload: string | Span): string {
  return typeof payload === 'string' ? payload : payloadBytes(cache, payload).toString('utf8');
}

export function findingsOf(cache: LintCache, entry: CacheEntry): Finding[] {
  return JSON.parse(payloadText(cache, entry.findings)) as Finding[];
}

/**
 * The cached entry of a file whose content is unchanged, or undefined (then it is linted and
 * recorded). `restat` is set when only its stat changed (same content): the entry takes the fresh
 * stat, so the next run can skip the read.
 */
export function lookup(
  cache: LintCache,
  cwd: string,
  file: string,
): { entry: CacheEntry; restat: boolean } | undefined {
  const entry = cache.entries.get(file);
  if (!entry) return undefined;
  let stat;
  try {
    stat = statSync(join(cwd, file));
  } catch {
    return undefined;
  }
  if (stat.size === entry.size && stat.mtimeMs === entry.mtimeMs && entry.mtimeMs < cache.writtenAt - RACY_MS)
    return { entry, restat: false };
  let text: string;
  try {
    text = readFileSync(join(cwd, file), 'utf8');
  } catch {
    return undefined;
  }
  if (contentHash(text) !== entry.hash) return undefined;
  return { entry: { ...entry, size: stat.size, mtimeMs: stat.mtimeMs }, restat: true };
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

/**
 * The next cache file, written while the run goes: payloads stream into a temporary file beside
 * the cache (nothing of a cold run's findings stays in memory), the index follows them, and the
 * file is renamed over the old one at the end.
 */
export class CacheWriter {
  private readonly temporary: string;
  private readonly fd: number;
  private position = HEAD_BYTES;
  /** The findings go to a file of their own while the chunks are written, and after them at the end. */
  private readonly findingsFd: number;
  private findingsPosition = 0;
  private readonly rows: IndexRow[] = [];
  private readonly cache: LintCache;
  private readonly reportKey: string | undefined;

  constructor(cache: LintCache, reportKey: string | undefined) {
    this.cache = cache;
    this.reportKey = reportKey;
    mkdirSync(dirname(cache.file), { recursive: true });
    this.temporary = `${cache.file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    this.fd = openSync(this.temporary, 'w+');
    writeSync(this.fd, Buffer.alloc(HEAD_BYTES, 0x20), 0, HEAD_BYTES, 0);
    try {
      this.findingsFd = openSync(`${this.temporary}.findings`, 'w+');
    } catch (error) {
      this.abort();
      throw error;
    }
  }

  private put(payload: string | Span, findings: boolean): [number, number] {
    const bytes = payloadBytes(this.cache, payload);
    const fd = findings ? this.findingsFd : this.fd;
    const at = findings ? this.findingsPosition : this.position;
    writeSync(fd, bytes, 0, bytes.length, at);
    if (findings) this.findingsPosition += bytes.length;
    else this.position += bytes.length;
    return [at, bytes.length];
  }

  /** Adds a file's entry; its chunk only when it was rendered for this writer's report format. */
  add(path: string, entry: CacheEntry, chunkValid: boolean): void {
    // (the findings' offset counts from the start of their region until finish() knows where that is)
    const [fAt, fLength] = this.put(entry.findings, true);
    const [cAt, cLength] = chunkValid && entry.chunk !== undefined ? this.put(entry.chunk, false) : [null, null];
    const { counts, coverage } = entry;
    this.rows.push([
      path,
      entry.size,
      entry.mtimeMs,
      entry.hash,
      counts.findings,
      counts.errors,
      counts.fixable,
      coverage?.tokens ?? null,
      coverage?.raw ?? null,
      fAt,
      fLength,
      cAt,
      cLength,
    ]);
  }

  /** Writes the index and the head, renames the file over the cache; stale caches of other keys go. */
  finish(): void {
    const findingsAt = this.position;
    const block = Buffer.allocUnsafe(WINDOW_BYTES);
    for (let from = 0; from < this.findingsPosition;) {
      const read = readSync(this.findingsFd, block, 0, block.length, from);
      if (read <= 0) throw new Error('the findings file ended early');
      writeSync(this.fd, block, 0, read, this.position);
      this.position += read;
      from += read;
    }
    closeSync(this.findingsFd);
    unlinkSync(`${this.temporary}.findings`);
    for (const row of this.rows) row[9] += findingsAt;
    const index = Buffer.from(
      JSON.stringify({
        key: this.cache.key,
        writtenAt: this.cache.startedAt,
        reportKey: this.reportKey ?? null,
        findingsAt,
        entries: this.rows,
      }),
    );
    writeSync(this.fd, index, 0, index.length, this.position);
    const head = Buffer.alloc(HEAD_BYTES, 0x20);
    head.write(`${MAGIC} ${FORMAT} ${this.position} ${index.length}`, 'latin1');
    head[HEAD_BYTES - 1] = 0x0a;
    writeSync(this.fd, head, 0, HEAD_BYTES, 0);
    closeSync(this.fd);
    renameSync(this.temporary, this.cache.file);
    const dir = dirname(this.cache.file);
    for (const name of readdirSync(dir)) {
      // other keys' caches (an older catalogue or config, an older format); another run's temporary file is left to it
      if (
        name.startsWith('lint-') &&
        (name.endsWith('.cache') || name.endsWith('.json')) &&
        join(dir, name) !== this.cache.file
      )
        unlinkSync(join(dir, name));
    }
  }

  abort(): void {
    for (const [fd, path] of [
      [this.fd, this.temporary],
      [this.findingsFd, `${this.temporary}.findings`],
    ] as const) {
      try {
        if (fd !== undefined) closeSync(fd);
        unlinkSync(path);
      } catch {
        // already gone
      }
    }
  }
}

export function closeCache(cache: LintCache): void {
  if (cache.fd !== undefined) closeSync(cache.fd);
  cache.fd = undefined;
  cache.windows = [undefined, undefined];
}

/** A cache file's entries with their findings (tests, and anyone curious what a cache holds); undefined when it is not one. */
export function readCacheFile(file: string): Map<string, Finding[]> | undefined {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const key = /^lint-(.+)\.cache$/.exec(name)?.[1];
  if (!key) return undefined;
  const cache = openCache(dirname(file), key);
  if (cache.fd === undefined) return undefined;
  try {
    return new Map([...cache.entries].map(([path, entry]) => [path, findingsOf(cache, entry)]));
  } finally {
    closeCache(cache);
  }
}
