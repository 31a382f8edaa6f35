/**
 * `livery lint` as a library: discovery, linting on every core (worker threads pull batches
 * from one queue while the main thread lints too), allowlist, baseline, fixes. The CLI and the
 * tests call `runLint`; reporters turn its result into text.
 */
import { availableParallelism } from 'node:os';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import picomatch from 'picomatch';
import { readCatalogue } from '../catalogue/read-catalogue.ts';
import { readBaseline, subtractBaseline, writeBaseline } from './baseline.ts';
import type { AllowlistEntry, LintConfig } from './config.ts';
import { discover } from './discover.ts';
import { activeRules, lintOne, settingsFrom, type SerializableSettings } from './lint-one.ts';
import { buildTokenIndex } from './token-index.ts';
import type { FileResult, Finding, RuleMeta, SkippedFile } from './types.ts';

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
}

export interface LintResult {
  findings: Finding[];
  skipped: SkippedFile[];
  files: number;
  /** Where paths are relative to (reporters re-read lines for code frames). */
  cwd: string;
  /** The files read (relative to cwd). */
  scanned: string[];
  fixed: { file: string; before: string; after: string }[];
  baselined: number;
  baselineWritten?: number;
  allowlisted: number;
  threads: number;
  durationMs: number;
}

export const allowlistRule: RuleMeta = {
  id: 'allowlist-expired',
  severity: 'error',
  fixable: false,
  docs: { description: 'Report allowlist entries past their expiry date.', url: 'scripts/lint/README.md#allowlist' },
  messages: { expired: ({ at, expires, reason }) => `${at} expired on ${expires} (reason was: ${reason}); fix its findings or renew the entry` },
};

const BATCH = 48;
const PARALLEL_FROM = 150;

export async function runLint(options: LintOptions): Promise<LintResult> {
  const started = performance.now();
  const { cwd, config } = options;
  const catalogueFile = options.catalogue ?? (config.catalogue ? join(cwd, config.catalogue) : undefined);
  const catalogue = readCatalogue(catalogueFile);
  const index = buildTokenIndex(catalogue);
  const baselineFile = options.baseline ? join(cwd, options.baseline.file) : undefined;
  const fingerprints = !!options.fingerprints || !!options.baseline?.write || (!!options.baseline?.use && !!baselineFile && existsSync(baselineFile));
  const serializable: SerializableSettings = { rules: activeRules(config.rules), jsFix: config.jsFix, unusedDisable: config.unusedDisable, fingerprints };
  const settings = settingsFrom(serializable, index);
  const discovery = discover({ cwd, paths: options.paths, include: config.include, exclude: config.exclude });
  const files = discovery.files;
  const fix = options.fix !== undefined;
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), files.length >= PARALLEL_FROM ? 16 : 1));

  const results: FileResult[] = [];
  let next = 0;
  const take = () => {
    if (next >= files.length) return null;
    const batch = files.slice(next, next + BATCH);
    next += batch.length;
    return batch;
  };
  const progress = () => options.onProgress?.(results.length, files.length);

  const workers: Promise<void>[] = [];
  // files a failed worker had taken are linted here afterwards
  const retry: string[] = [];
  for (let i = 1; i < threads; i++) {
    workers.push(
      new Promise<void>((resolve) => {
        let inFlight: string[] | null = null;
        const worker = new Worker(new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url), {
          workerData: { cwd, catalogue: catalogue.file, settings: serializable, fix },
        });
        worker.on('message', (message: FileResult[] | 'ready') => {
          if (message !== 'ready') {
            results.push(...message);
            progress();
          }
          inFlight = take();
          worker.postMessage(inFlight);
        });
        worker.on('error', () => {
          if (inFlight) retry.push(...inFlight);
          inFlight = null;
          resolve();
        });
        worker.on('exit', () => resolve());
      }),
    );
  }
  // the main thread lints too, yielding between batches so workers get their next batch at once
  for (let batch = take(); batch; batch = take()) {
    for (const file of batch) results.push(lintOne(cwd, file, settings, fix));
    progress();
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers);
  for (const file of retry) results.push(lintOne(cwd, file, settings, fix));

  const skipped = [...discovery.skipped];
  let findings: Finding[] = [];
  const fixed: LintResult['fixed'] = [];
  for (const result of results) {
    if (result.skipped) skipped.push({ file: result.file, reason: result.skipped });
    findings.push(...result.findings);
    if (result.fixed !== undefined && result.original !== undefined) {
      fixed.push({ file: result.file, before: result.original, after: result.fixed });
      if (options.fix === 'write') writeFileSync(join(cwd, result.file), result.fixed);
    }
  }

  const allow = applyAllowlist(findings, config);
  findings = allow.findings;

  let baselined = 0;
  let baselineWritten: number | undefined;
  if (options.baseline?.write) {
    baselineWritten = writeBaseline(join(cwd, options.baseline.file), findings);
    baselined = findings.length;
    findings = [];
  } else if (options.baseline?.use) {
    const baseline = readBaseline(join(cwd, options.baseline.file));
    if (baseline) {
      const { fresh, known } = subtractBaseline(findings, baseline);
      findings = fresh;
      baselined = known;
    }
  }
  findings.push(...allow.expired);
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  skipped.sort((a, b) => a.file.localeCompare(b.file));
  return {
    findings, skipped, files: files.length, cwd, scanned: files, fixed, baselined, allowlisted: allow.count, threads,
    durationMs: performance.now() - started,
    ...(baselineWritten !== undefined ? { baselineWritten } : {}),
  };
}

function applyAllowlist(findings: Finding[], config: LintConfig): { findings: Finding[]; expired: Finding[]; count: number } {
  if (!config.allowlist.length) return { findings, expired: [], count: 0 };
  const today = new Date().toISOString().slice(0, 10);
  const expired: Finding[] = [];
  const active: (AllowlistEntry & { match?: (file: string) => boolean })[] = [];
  for (const entry of config.allowlist) {
    if (entry.expires && entry.expires < today) {
      expired.push({
        ruleId: allowlistRule.id, severity: 'error', file: config.file ?? 'livery.config.json', line: 1, column: 1, endLine: 1, endColumn: 2,
        message: allowlistRule.messages.expired!({ at: entry.at, expires: entry.expires, reason: entry.reason }), fingerprint: `allowlist:${entry.at}`,
      });
      continue;
    }
    active.push({ ...entry, ...(entry.files ? { match: picomatch(entry.files, { dot: true }) } : {}) });
  }
  const norm = (v: string | undefined) => (v ?? '').trim().toLowerCase();
  let count = 0;
  const kept = findings.filter((f) => {
    const hit = active.some((e) => (e.rule === '*' || e.rule === f.ruleId) && (e.value === undefined || norm(e.value) === norm(f.value)) && (!e.match || e.match(f.file)));
    if (hit) count++;
    return !hit;
  });
  return { findings: kept, expired, count };
}
