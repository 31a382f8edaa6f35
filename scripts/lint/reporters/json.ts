/** `--format json`: every finding, skipped file and count, for scripts. */
import type { LintResult } from '../engine.ts';
import type { Finding } from '../types.ts';
import { renderAll, type Reporter } from './reporter.ts';

// one finding per line: readable, and far cheaper than indenting a million objects
const finding = (f: Finding) =>
  `    {"ruleId":${JSON.stringify(f.ruleId)},"severity":"${f.severity}","file":${JSON.stringify(f.file)},"line":${f.line},"column":${f.column},"endLine":${f.endLine},"endColumn":${f.endColumn},"message":${JSON.stringify(f.message)}${f.value !== undefined ? `,"value":${JSON.stringify(f.value)}` : ''}${f.fingerprint ? `,"fingerprint":"${f.fingerprint}"` : ''},"fixable":${f.fix !== undefined}}`;

/** The summary comes last: it is only known once every file has been written. */
export function jsonReporter(): Reporter {
  return {
    begin: () => `{\n  "version": 1,\n  "findings": [`,
    file: (findings) => `\n${findings.map(finding).join(',\n')}`,
    separator: ',',
    end: (totals) => {
      const summary = { files: totals.files, errors: totals.errors, warnings: totals.warnings, skipped: totals.skipped.length, baselined: totals.baselined, allowlisted: totals.allowlisted };
      return `\n  ],\n  "skipped": ${JSON.stringify(totals.skipped)},\n  "summary": ${JSON.stringify(summary)}\n}\n`;
    },
  };
}

export function json(result: LintResult): string {
  return renderAll(jsonReporter(), result, () => '');
}
