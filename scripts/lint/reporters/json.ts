/** `--format json`: every finding, skipped file and count, for scripts. */
import { coverageSummary } from '../coverage.ts';
import type { Finding, LintResult } from '../types.ts';
import { renderAll, type Reporter } from './reporter.ts';

/** A JSON string literal; the common case (nothing to escape) skips JSON.stringify. */
const quote = (s: string) => (/["\\\u0000-\u001f\ud800-\udfff]/.test(s) ? JSON.stringify(s) : `"${s}"`);

// one finding per line: readable, and far cheaper than indenting a million objects
const finding = (f: Finding, file: string) =>
  `    {"ruleId":"${f.ruleId}","severity":"${f.severity}","file":${file},"line":${f.line},` +
  `"column":${f.column},"endLine":${f.endLine},"endColumn":${f.endColumn},` +
  `"message":${quote(f.message)}${f.value !== undefined ? `,"value":${quote(f.value)}` : ''}` +
  `${f.fingerprint ? `,"fingerprint":"${f.fingerprint}"` : ''},` +
  `"fixable":${f.fix !== undefined}${f.fix ? `,"fix":${JSON.stringify({ token: f.fix.token, text: f.fix.text })}` : ''}` +
  `${f.suggestions ? `,"suggestions":${JSON.stringify(f.suggestions)}` : ''}}`;

/** The summary comes last: it is only known once every file has been written. */
export function jsonReporter(): Reporter {
  return {
    begin: () => `{\n  "version": 1,\n  "findings": [`,
    file: (findings) => {
      // one file's findings: its path is quoted once
      const file = quote(findings[0]!.file);
      return `\n${findings.map((f) => finding(f, file)).join(',\n')}`;
    },
    separator: ',',
    end: (totals) => {
      const summary = {
        files: totals.files,
        errors: totals.errors,
        warnings: totals.warnings,
        skipped: totals.skipped.length,
        baselined: totals.baselined,
        allowlisted: totals.allowlisted,
        coverage: coverageSummary(totals.coverage),
      };
      return `\n  ],\n  "skipped": ${JSON.stringify(totals.skipped)},\n  "summary": ${JSON.stringify(summary)}\n}\n`;
    },
  };
}

export function json(result: LintResult): string {
  return renderAll(jsonReporter(), result, () => '');
}
