/**
 * One file from disk to what the run keeps of it: lint (and optionally fix), drop allowlisted and
 * baselined findings, and (when the run streams a report) render its chunk. The main thread and
 * the workers run exactly this, so a file's outcome does not depend on which thread took it.
 */
import { join } from 'node:path';
import { readCatalogue, type Catalogue } from '../catalogue/read-catalogue.ts';
import { allowlistOf, type Allowlist } from './allowlist.ts';
import { contentHash, statOf, type CacheEntry } from './cache.ts';
import { readBaseline, subtractBaseline } from './baseline.ts';
import type { LintConfig } from './config.ts';
import { languageOf } from './extract/index.ts';
import { applyFixes } from './fix.ts';
import { lintText, type ActiveRule, type LintSettings } from './lint-file.ts';
import { readSource } from './read-source.ts';
import { reporterFor } from './reporters/index.ts';
import { countFindings, type Format, type Reporter, type ReporterOptions } from './reporters/reporter.ts';
import type { RoleMap } from './roles.ts';
import { rulesById } from './rules/index.ts';
import { buildTokenIndex, type TokenIndex } from './token-index.ts';
import type { FileResult, Finding, RuleSetting, Severity } from './types.ts';

/** What a worker needs to rebuild the settings (rules travel by id). */
export interface SerializableSettings {
  rules: { id: string; severity: Severity; options: unknown }[];
  jsFix: 'css-variable' | 'import';
  unusedDisable: Severity | 'off';
  fingerprints: boolean;
}

export function activeRules(
  config: Map<string, { severity: RuleSetting; options: Record<string, unknown> | undefined }>,
): SerializableSettings['rules'] {
  const out: SerializableSettings['rules'] = [];
  for (const [id, rule] of rulesById) {
    const setting = config.get(id);
    const severity = setting?.severity ?? rule.meta.severity;
    if (severity === 'off') continue;
    out.push({ id, severity, options: { ...rule.defaultOptions, ...(setting?.options ?? {}) } });
  }
  return out;
}

export function settingsFrom(serializable: SerializableSettings, index: TokenIndex): LintSettings {
  const rules: ActiveRule[] = serializable.rules.map((r) => ({
    rule: rulesById.get(r.id)!,
    severity: r.severity,
    options: r.options,
  }));
  return {
    rules,
    index,
    jsFix: serializable.jsFix,
    unusedDisable: serializable.unusedDisable,
    fingerprints: serializable.fingerprints,
  };
}

/** What the run keeps of one file. */
export interface FileOutcome {
  file: string;
  /** Kept findings (empty when the file's report chunk was rendered instead). */
  findings: Finding[];
  /** The file's part of the report, when the run streams one (bytes when it comes from the cache as it was written). */
  chunk?: string | Uint8Array;
  errors: number;
  warnings: number;
  fixable: number;
  baselined: number;
  allowlisted: number;
  skipped?: string;
  fixed?: string;
  original?: string;
  coverage?: { tokens: number; raw: number };
  /** With --cache: what to keep for this file (its findings before allowlist and baseline). */
  cacheEntry?: CacheEntry;
}

export interface FilePipeline {
  /** Built when the first file is linted: a run answered from the cache never builds the token index. */
  readonly settings: LintSettings;
  fix: boolean;
  allowlist: Allowlist;
  /** Remaining counts per fingerprint (a fingerprint names its file, so files never compete for them). */
  baseline?: Map<string, number>;
  reporter?: Reporter;
  /** Return what --cache keeps of each file. */
  cache?: boolean;
}

export function processFile(cwd: string, file: string, pipeline: FilePipeline): FileOutcome {
  const stat = pipeline.cache ? statOf(join(cwd, file)) : undefined;
  const { text, ...result } = lintOne(cwd, file, pipeline.settings, pipeline.fix);
  // the findings travel to the cache as JSON text, serialised by whichever thread linted the file
  const cacheEntry: CacheEntry | undefined =
    stat && text !== undefined && !result.skipped
      ? {
          ...stat,
          hash: contentHash(text),
          counts: countsOf(result.findings),
          findings: JSON.stringify(result.findings),
          ...(result.coverage ? { coverage: result.coverage } : {}),
        }
      : undefined;
  return keep(result, pipeline, text ?? '', cacheEntry);
}

function countsOf(findings: Finding[]): CacheEntry['counts'] {
  const { errors, fixable } = countFindings(findings);
  return { findings: findings.length, errors, fixable };
}

/** A file's findings (fresh or from the cache) through allowlist, baseline and the report. */
export function keep(
  result: FileResult,
  pipeline: FilePipeline,
  text: string | (() => string),
  cacheEntry?: CacheEntry,
): FileOutcome {
  const { kept, allowlisted } = pipeline.allowlist.apply(result.findings);
  let findings = kept;
  let baselined = 0;
  if (pipeline.baseline) {
    const { fresh, known } = subtractBaseline(findings, pipeline.baseline);
    findings = fresh;
    baselined = known;
  }
  return outcomeOf(
    { ...result, findings, baselined, allowlisted, ...(cacheEntry ? { cacheEntry } : {}) },
    pipeline.reporter,
    text,
  );
}

/** Counts a file's kept findings and, when the run streams a report, renders them in place of the findings. */
export function outcomeOf(
  kept: Omit<FileOutcome, 'errors' | 'warnings' | 'fixable' | 'chunk'>,
  reporter: Reporter | undefined,
  text: string | (() => string),
): FileOutcome {
  const outcome: FileOutcome = { ...kept, ...countFindings(kept.findings) };
  if (reporter && kept.findings.length) {
    let lines: string[] | undefined;
    outcome.chunk = reporter.file(
      kept.findings,
      (line) => (lines ??= (typeof text === 'string' ? text : text()).split('\n'))[line - 1] ?? '',
    );
    outcome.findings = [];
  }
  return outcome;
}

/** What a worker needs to rebuild the pipeline (rules travel by id, the report by format). */
export interface WorkerData {
  cwd: string;
  catalogue: string;
  settings: SerializableSettings;
  fix: boolean;
  allowlist: LintConfig['allowlist'];
  configFile: string | undefined;
  baselineFile: string | undefined;
  report: { format: Format; options: ReporterOptions } | undefined;
  roles: RoleMap;
  cache: boolean;
}

export function pipelineFrom(data: WorkerData, catalogue?: Catalogue): FilePipeline {
  const baseline = data.baselineFile ? readBaseline(data.baselineFile) : undefined;
  let settings: LintSettings | undefined;
  return {
    get settings() {
      return (settings ??= settingsFrom(
        data.settings,
        buildTokenIndex(catalogue ?? readCatalogue(data.catalogue), data.roles),
      ));
    },
    fix: data.fix,
    allowlist: allowlistOf(data.allowlist, data.configFile),
    ...(baseline ? { baseline } : {}),
    ...(data.report ? { reporter: reporterFor(data.report.format, data.report.options) } : {}),
    cache: data.cache,
  };
}

/** Lints (and optionally fixes) one file; `text` is what the findings point into (after fixes). */
function lintOne(cwd: string, file: string, settings: LintSettings, fix: boolean): FileResult & { text?: string } {
  const language = languageOf(file);
  if (!language) return { file, findings: [], skipped: 'not a language livery lint reads' };
  const source = readSource(join(cwd, file));
  if ('skipped' in source) return { file, findings: [], skipped: source.skipped };
  const fileSettings = language === 'js' ? settings : { ...settings, jsFix: 'css-variable' as const };
  try {
    const coverage = { tokens: 0, raw: 0 };
    let findings = lintText(file, source.text, language, fileSettings, coverage);
    if (!fix || !findings.some((f) => f.fix)) return { file, findings, text: source.text, coverage };
    let text = source.text;
    for (let pass = 0; pass < 5 && findings.some((f) => f.fix); pass++) {
      const next = applyFixes(
        text,
        findings.flatMap((f) => (f.fix ? [f.fix] : [])),
      );
      if (next === text) break;
      text = next;
      coverage.tokens = coverage.raw = 0;
      findings = lintText(file, text, language, fileSettings, coverage);
    }
    return text === source.text
      ? { file, findings, text, coverage }
      : { file, findings, text, fixed: text, original: source.text, coverage };
  } catch (error) {
    // a bug in one extractor must not end the run: the file is reported as skipped
    return { file, findings: [], skipped: `internal error (${(error as Error).message}); please report it` };
  }
}
