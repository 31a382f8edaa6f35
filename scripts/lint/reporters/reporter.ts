/**
 * The shape every output format shares. A report is written as it is produced: `begin`, then one
 * chunk per file with findings (rendered by the worker that linted the file, which still holds
 * its text for code frames), then `end` with the totals. Nothing holds a whole report in memory,
 * and the library's whole-result functions (`json(result)`, …) are the same pieces joined.
 */
import type { Coverage } from '../coverage.ts';
import type { Finding, SkippedFile } from '../types.ts';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface ReporterOptions {
  /** ANSI colors (stylish only). */
  color: boolean;
  /** The package version (SARIF's tool version). */
  version: string;
}

export interface RunTotals {
  files: number;
  errors: number;
  warnings: number;
  fixable: number;
  baselined: number;
  allowlisted: number;
  skipped: SkippedFile[];
  /** Declarations through tokens and with raw values, per language. */
  coverage: Coverage;
}

export interface Reporter {
  begin(): string;
  /** One file's findings (sorted, never empty); `sourceLine` gives a line of that file for code frames. */
  file(findings: Finding[], sourceLine: (line: number) => string): string;
  /** Written between two files' chunks. */
  separator: string;
  end(totals: RunTotals): string;
}

/** Totals of a list of findings (for the whole-result functions and per file chunk). */
export function countFindings(findings: Finding[]): { errors: number; warnings: number; fixable: number } {
  let errors = 0;
  let fixable = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    if (f.fix) fixable++;
  }
  return { errors, warnings: findings.length - errors, fixable };
}

/** A whole report at once: findings grouped by file in order, for callers that already hold every finding. */
export function renderAll(
  reporter: Reporter,
  result: {
    findings: Finding[];
    files: number;
    baselined: number;
    allowlisted: number;
    skipped: SkippedFile[];
    coverage?: Coverage;
  },
  sourceLine: (file: string, line: number) => string,
): string {
  const out = [reporter.begin()];
  const { findings } = result;
  for (let start = 0; start < findings.length;) {
    const file = findings[start]!.file;
    let end = start + 1;
    while (end < findings.length && findings[end]!.file === file) end++;
    if (start) out.push(reporter.separator);
    out.push(reporter.file(findings.slice(start, end), (line) => sourceLine(file, line)));
    start = end;
  }
  out.push(
    reporter.end({
      ...countFindings(findings),
      files: result.files,
      baselined: result.baselined,
      allowlisted: result.allowlisted,
      skipped: result.skipped,
      coverage: result.coverage ?? {},
    }),
  );
  return out.join('');
}
