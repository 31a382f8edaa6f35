/**
 * One run's use of the `--cache` file (cache.ts): which files it answers, the outcome of each
 * answered file, and the next cache file, written while the run goes and only when something
 * changed (a file linted, a stat refreshed, a file gone, another report format).
 *
 * An unchanged file whose findings the config's allowlist and the baseline leave alone, cached
 * with its report chunk in this run's format, is answered with that chunk's bytes as they lie in
 * the cache file: its findings are never parsed, its text never read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CacheWriter,
  closeCache,
  findingsOf,
  lookup,
  openCache,
  payloadBytes,
  type CacheEntry,
  type LintCache,
} from './cache.ts';
import { keep, type FileOutcome, type FilePipeline } from './lint-one.ts';

export interface RunCache {
  /** Files the cache does not answer (what the run lints). */
  misses: number;
  hit(i: number): boolean;
  /** The outcome of files[i], a hit. */
  answer(i: number): FileOutcome;
  /** Keeps a delivered outcome (in file order) for the next cache file. */
  record(outcome: FileOutcome): void;
  /** Writes the next cache file when anything changed; closes the one read. */
  finish(): void;
}

interface Kept {
  file: string;
  entry: CacheEntry;
  /** The report format its chunk was rendered for. */
  chunkKey: string | undefined;
}

export function runCache(
  dir: string,
  run: { cwd: string; files: string[]; pipeline: FilePipeline; key: string; reportKey: string | undefined },
): RunCache {
  const { cwd, files, pipeline, reportKey } = run;
  const cache: LintCache = openCache(dir, run.key);
  // a file is answered here before any worker starts: the count of misses decides the threads
  const hits = files.map((file) => lookup(cache, cwd, file));
  const misses = hits.reduce((n, h) => n + (h ? 0 : 1), 0);
  // a chunk stands for the file's whole report when nothing is dropped from its findings
  const chunkable = reportKey !== undefined && !pipeline.baseline && pipeline.allowlist.live === 0;
  // the chunks the next file holds: this run's format, or (a run that renders no report) the old one's
  const writerKey = reportKey ?? cache.reportKey;
  let changed = cache.fd === undefined || (reportKey !== undefined && reportKey !== cache.reportKey);
  const held: Kept[] = [];
  let writer: CacheWriter | undefined;
  let failed = false;
  let answered = 0;

  const write = (kept: Kept) => {
    if (failed) return;
    try {
      writer ??= new CacheWriter(cache, writerKey);
      writer.add(kept.file, kept.entry, kept.chunkKey === writerKey);
    } catch {
      // a cache that cannot be written costs the next run time, not this run its result
      failed = true;
      writer?.abort();
    }
  };
  const keepFor = (kept: Kept) => {
    if (!changed) held.push(kept);
    else {
      // the first change: what was held goes out first, in file order, then everything as it comes
      for (const k of held.splice(0)) write(k);
      write(kept);
    }
  };
  const pending = new Map<string, Kept>();

  return {
    misses,
    hit: (i) => hits[i] !== undefined,
    answer(i) {
      const file = files[i]!;
      const { entry, restat } = hits[i]!;
      answered++;
      if (restat) changed = true;
      const { counts, coverage } = entry;
      const fromChunk =
        chunkable && (counts.findings === 0 || (entry.chunk !== undefined && cache.reportKey === reportKey));
      if (fromChunk) {
        pending.set(file, { file, entry, chunkKey: cache.reportKey });
        return {
          file,
          findings: [],
          ...(counts.findings ? { chunk: payloadBytes(cache, entry.chunk!) } : {}),
          errors: counts.errors,
          warnings: counts.findings - counts.errors,
          fixable: counts.fixable,
          baselined: 0,
          allowlisted: 0,
          ...(coverage ? { coverage } : {}),
        };
      }
      const outcome = keep(
        { file, findings: findingsOf(cache, entry), ...(coverage ? { coverage } : {}) },
        pipeline,
        () => textOf(join(cwd, file)),
      );
      // rendered again in this run's format: the next cache keeps that chunk
      if (chunkable && typeof outcome.chunk === 'string' && cache.reportKey !== reportKey) {
        pending.set(file, { file, entry: { ...entry, chunk: outcome.chunk }, chunkKey: reportKey });
        changed = true;
      } else pending.set(file, { file, entry, chunkKey: cache.reportKey });
      return outcome;
    },
    record(outcome) {
      const answer = pending.get(outcome.file);
      if (answer) {
        pending.delete(outcome.file);
        keepFor(answer);
        return;
      }
      if (!outcome.cacheEntry) return;
      changed = true;
      const chunk = chunkable && typeof outcome.chunk === 'string' ? outcome.chunk : undefined;
      keepFor({
        file: outcome.file,
        entry: { ...outcome.cacheEntry, ...(chunk !== undefined ? { chunk } : {}) },
        chunkKey: chunk !== undefined ? reportKey : undefined,
      });
    },
    finish() {
      // files gone since the cache was written: the next one leaves them out
      if (answered !== cache.entries.size) changed = true;
      if (changed) {
        for (const k of held.splice(0)) write(k);
        if (!failed) {
          try {
            (writer ??= new CacheWriter(cache, writerKey)).finish();
          } catch {
            writer?.abort();
          }
        }
      }
      closeCache(cache);
    },
  };
}

/** A file's text for code frames; '' when it cannot be read. */
function textOf(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
