/**
 * `livery lint` as a library: discovery, then every file through the same pipeline (lint, fix,
 * allowlist, baseline, and for a streamed report its rendered chunk) on every core: the main
 * thread and a worker per other core pull batches from one queue. Outcomes reach the caller in file order as they finish,
 * so the CLI writes a report of any size while it is produced; `runLint` collects them for tests
 * and for the modes that need every finding at once (fix, baseline-write).
 */
import { availableParallelism } from 'node:os';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { readCatalogue } from '../catalogue/read-catalogue.ts';
import { allowlistRule } from './allowlist.ts';
import { writeBaseline } from './baseline.ts';
import { cacheKey } from './cache.ts';
import type { LintConfig } from './config.ts';
import { addCoverage, type Coverage } from './coverage.ts';
import { discover } from './discover.ts';
import { runCache } from './run-cache.ts';
import { languageOf } from './extract/index.ts';
import { activeRules, outcomeOf, pipelineFrom, processFile, type FileOutcome, type WorkerData } from './lint-one.ts';
import { packageVersion } from '../package-identity.ts';
import type { RunTotals } from './reporters/reporter.ts';
import type { Finding, LintResult } from './types.ts';

export interface LintOptions {
  cwd: string;
  paths: string[];
  config: LintConfig;
  /** tokens.json; default: the config's, else the package's own dist/tokens.json. */
  catalogue?: string;
  fix?: 'write' | 'dry-run';
  /** Threads to use (default: every core); 1 lints in this thread only. */
  threads?: number;
  baseline?: { file: string; write: boolean; use: boolean };
  /** Compute fingerprints even without a baseline (SARIF needs them). */
  fingerprints?: boolean;
  onProgress?(done: number, total: number): void;
  /** Keep findings by file content in this folder and re-lint only what changed (not with fix). */
  cache?: { dir: string };
  /** Lint only these files (relative to cwd), e.g. those git says changed; others found are left out. */
  only?: Set<string>;
}

/** What a streamed run reports once every file is done. */
export interface LintRun {
  totals: RunTotals;
  scanned: string[];
  threads: number;
}

const BATCH = 32;
/**
 * Batches shrink as the queue empties: a worker holds two, and the run ends when the last thread
 * does, so 64 files still in one worker's hands kept the main thread idle for 80 ms of a 0.8 s run.
 */
const batchSize = (remaining: number) => Math.max(4, Math.min(BATCH, Math.ceil(remaining / 16)));
/**
 * The main thread hands out the workers' batches between its own, so its own are small: with 32
 * files a waiting worker sat idle for about 10 % of a run over a 2,000-file repository.
 */
const MAIN_BATCH = 8;
/**
 * Linting allocates many short-lived strings; with V8's default young generation a worker's
 * heap grows by about 100 MB before collecting. A bounded one keeps a 100 MB scan on two threads
 * near 320–370 MB instead of 410–570 MB. 48 MB rather than 16: fewer collections, the CSS/SCSS
 * bench run 3 % faster (median of 11, 2.43 → 2.35 s) and its peak no higher (357 → 320 MB).
 */
const YOUNG_GENERATION_MB = 48;
const PARALLEL_FROM = 150;

/**
 * Lints every file and hands each outcome to `onFile` in file order (sorted paths), after the
 * config file's own findings (expired allowlist entries). With a `report`, outcomes carry
 * rendered chunks instead of findings. When `onFile` returns a promise (its reader is behind),
 * no thread gets another batch until it settles: a slow pipe bounds memory instead of a queue.
 */
export async function lintFiles(
  options: LintOptions & { report?: WorkerData['report'] },
  onFile: (outcome: FileOutcome) => Promise<void> | void,
): Promise<LintRun> {
  const { cwd, config } = options;
  const catalogueFile = options.catalogue ?? (config.catalogue ? resolve(cwd, config.catalogue) : undefined);
  const catalogue = readCatalogue(catalogueFile);
  const wanted = options.baseline?.use && !options.baseline.write ? resolve(cwd, options.baseline.file) : undefined;
  const baselineFile = wanted && existsSync(wanted) ? wanted : undefined;
  const fingerprints = !!options.fingerprints || !!options.baseline?.write || !!baselineFile;
  const data: WorkerData = {
    cwd,
    catalogue: catalogue.file,
    settings: {
      rules: activeRules(config.rules),
      jsFix: config.jsFix,
      unusedDisable: config.unusedDisable,
      fingerprints,
    },
    fix: options.fix !== undefined,
    allowlist: config.allowlist,
    configFile: config.file,
    baselineFile,
    report: options.report,
    roles: config.roles,
    cache: !!options.cache && !options.fix,
  };
  // this thread's pipeline reads the baseline: a file that is not one fails here, before any work
  const pipeline = pipelineFrom(data, catalogue);
  // A worker takes about 150 ms to load its modules and read the catalogue: on a run over whole
  // folders, which is usually large, they start now and load while this thread walks the tree.
  const cores = Math.max(1, Math.min(options.threads ?? availableParallelism(), 16));
  const wholeFolders =
    !options.only &&
    !data.cache &&
    options.paths.every((path) => statSync(resolve(cwd, path), { throwIfNoEntry: false })?.isDirectory());
  const early = wholeFolders ? Array.from({ length: cores - 1 }, () => startWorker(data)) : [];
  // until they are handed batches they do not keep the process alive: a run that fails before then still exits
  for (const { worker } of early) worker.unref();
  const discovery = discover({
    cwd,
    paths: options.paths,
    include: config.include,
    exclude: config.exclude,
    ...(options.only ? { only: options.only } : {}),
  });
  const files = (options.only ? discovery.files.filter((f) => options.only!.has(f)) : discovery.files).sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const cache = data.cache
    ? runCache(options.cache!.dir, {
        cwd,
        files,
        pipeline,
        key: cacheKey({
          catalogueFile: catalogue.file,
          settings: { settings: data.settings, roles: config.roles },
          version: packageVersion(),
        }),
        // a chunk renders the file's path relative to cwd, in this format with these options
        reportKey: options.report ? JSON.stringify([options.report, cwd]) : undefined,
      })
    : undefined;
  // threads for the files to lint: a warm cache that answers nearly everything starts no worker
  const toLint = cache ? cache.misses : files.length;
  const threads = toLint >= PARALLEL_FROM ? cores : 1;
  // too few files after all: the early workers are not worth a batch
  if (threads === 1) for (const { worker } of early) void worker.terminate();

  const totals: RunTotals = {
    files: files.length,
    errors: 0,
    warnings: 0,
    fixable: 0,
    baselined: 0,
    allowlisted: 0,
    skipped: [...discovery.skipped],
    coverage: {},
  };
  // outcomes arrive batch by batch from any thread; they are handed on in file order
  const arrived = new Map<number, FileOutcome[]>();
  let emitted = 0;
  let waiting: Promise<void> | undefined;
  const deliver = (start: number, outcomes: FileOutcome[]) => {
    arrived.set(start, outcomes);
    for (let batch = arrived.get(emitted); batch; batch = arrived.get(emitted)) {
      arrived.delete(emitted);
      for (const outcome of batch) {
        cache?.record(outcome);
        if (outcome.skipped) totals.skipped.push({ file: outcome.file, reason: outcome.skipped });
        totals.errors += outcome.errors;
        totals.warnings += outcome.warnings;
        totals.fixable += outcome.fixable;
        totals.baselined += outcome.baselined;
        totals.allowlisted += outcome.allowlisted;
        const language = languageOf(outcome.file);
        if (language) addCoverage(totals.coverage, language, outcome.coverage);
        const behind = onFile(outcome);
        if (behind && !waiting) waiting = behind.then(() => void (waiting = undefined));
      }
      emitted += batch.length;
      options.onProgress?.(emitted, files.length);
    }
  };

  let next = 0;
  // with --cache, a run of files whose content is unchanged is answered here from the cache; a batch is the misses up to the next hit
  const take = (most = BATCH): { start: number; files: string[] } | null => {
    if (cache) {
      while (next < files.length) {
        const start = next;
        const outcomes: FileOutcome[] = [];
        while (next < files.length && cache.hit(next)) outcomes.push(cache.answer(next++));
        if (outcomes.length) deliver(start, outcomes);
        if (next >= files.length) return null;
        const end = Math.min(files.length, next + Math.min(most, batchSize(files.length - next)));
        let stop = next + 1;
        while (stop < end && !cache.hit(stop)) stop++;
        const batch = { start: next, files: files.slice(next, stop) };
        next = stop;
        return batch;
      }
      return null;
    }
    if (next >= files.length) return null;
    const batch = { start: next, files: files.slice(next, next + Math.min(most, batchSize(files.length - next))) };
    next += batch.files.length;
    return batch;
  };

  // The main thread lints too, from the first moment: worker start-up (loading modules, building
  // the token index) overlaps with its work instead of delaying everything. Workers keep two
  // batches in hand so they never wait for the main thread to finish one of its own.
  // expired allowlist entries are the config file's findings, known before any file is linted: they come first
  const { expired } = pipeline.allowlist;
  if (expired.length) {
    const file = expired[0]!.file;
    const outcome = outcomeOf(
      { file, findings: expired, baselined: 0, allowlisted: 0 },
      pipeline.reporter,
      textOf(join(cwd, file)),
    );
    totals.errors += outcome.errors;
    onFile(outcome);
  }
  const retry: { start: number; files: string[] }[] = [];
  const pool = threads === 1 ? [] : early.length ? early : Array.from({ length: threads - 1 }, () => startWorker(data));
  for (const { worker } of pool) worker.ref();
  const workers = pool.map(
    ({ worker, ready }) =>
      new Promise<void>((resolve) => {
        const inHand: { start: number; files: string[] }[] = [];
        const give = (): void => {
          if (waiting) return void waiting.then(give);
          const batch = take();
          if (batch) inHand.push(batch);
          worker.postMessage(batch);
        };
        // once ready, two batches in hand; then one more for each batch done
        void ready.then((loaded) => {
          if (!loaded) return resolve();
          give();
          give();
        });
        worker.on('message', (message: { start: number; outcomes: FileOutcome[] } | 'ready') => {
          if (message === 'ready') return;
          inHand.shift();
          deliver(message.start, message.outcomes);
          give();
        });
        // files a failed worker had in hand are linted here afterwards
        worker.on('error', () => {
          retry.push(...inHand.splice(0));
          resolve();
        });
        worker.on('exit', () => resolve());
      }),
  );
  // this thread answers the workers between its own batches: small ones, when it has workers to answer
  const own = pool.length ? MAIN_BATCH : BATCH;
  for (let batch = take(own); batch; batch = take(own)) {
    deliver(
      batch.start,
      batch.files.map((file) => processFile(cwd, file, pipeline)),
    );
    // answers the workers and lets a progress bar draw
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (waiting) await waiting;
  }
  await Promise.all(workers);
  for (const batch of retry)
    deliver(
      batch.start,
      batch.files.map((file) => processFile(cwd, file, pipeline)),
    );

  totals.skipped.sort((a, b) => a.file.localeCompare(b.file));
  cache?.finish();
  return { totals, scanned: files, threads };
}

/** A lint worker, and whether it loaded (it says 'ready') or failed first. */
function startWorker(data: WorkerData): { worker: Worker; ready: Promise<boolean> } {
  const worker = new Worker(new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url), {
    workerData: data,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  // listened to from the start: a worker can fail or finish loading before its batches are known
  const ready = new Promise<boolean>((resolve) => {
    worker.once('message', () => resolve(true));
    worker.once('error', () => resolve(false));
    worker.once('exit', () => resolve(false));
  });
  return { worker, ready };
}

/** Every finding of a run at once (tests, `--fix`, `--baseline-write`, whole-result reporters). */
export async function runLint(options: LintOptions): Promise<LintResult> {
  const started = performance.now();
  const { cwd } = options;
  const writing = !!options.baseline?.write;
  let findings: Finding[] = [];
  const fixed: LintResult['fixed'] = [];
  const run = await lintFiles(
    writing ? { ...options, baseline: { ...options.baseline!, use: false } } : options,
    (outcome) => {
      for (const f of outcome.findings) findings.push(f);
      if (outcome.fixed !== undefined && outcome.original !== undefined) {
        fixed.push({ file: outcome.file, before: outcome.original, after: outcome.fixed });
        if (options.fix === 'write') writeFileSync(join(cwd, outcome.file), outcome.fixed);
      }
    },
  );
  let baselined = run.totals.baselined;
  let baselineWritten: number | undefined;
  if (writing) {
    // expired allowlist entries stay errors: a baseline does not silence them
    const expired = findings.filter((f) => f.ruleId === allowlistRule.id);
    baselineWritten = writeBaseline(
      resolve(cwd, options.baseline!.file),
      findings.filter((f) => f.ruleId !== allowlistRule.id),
    );
    baselined = baselineWritten;
    findings = expired;
  }
  return {
    findings,
    skipped: run.totals.skipped,
    files: run.totals.files,
    cwd,
    coverage: run.totals.coverage,
    scanned: run.scanned,
    fixed,
    baselined,
    allowlisted: run.totals.allowlisted,
    threads: run.threads,
    durationMs: performance.now() - started,
    ...(baselineWritten !== undefined ? { baselineWritten } : {}),
  };
}

/** A file's text for code frames; '' when it cannot be read (`package.json#livery` is not a path). */
function textOf(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
