/** `--format json`: every finding, skipped file and count, for scripts. */
import { coverageSummary } from '../coverage.ts';
import type { Finding, LintResult } from '../types.ts';
import { renderAll, type Reporter } from './reporter.ts';

/**
 * A file's findings are written as parts of one array joined once, so the chunk is one flat
 * string: built by concatenation it was a tree of about 25 small strings per finding, whose
 * allocation and whose flattening when encoded cost more than linting the file. JSON string
 * literals are ASCII: `ΔE2000` is written `\u0394E2000`, as JSON allows (one non-Latin-1
 * character made V8 store a whole chunk two bytes per character, and encoding it took twice as long).
 */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u007f-\uffff]/;

/**
 * Escaped literals of the strings that need it: the raw-color rule hands the same message object
 * again and again, one per color and role set (17,000 in the bench tree, so room for many more).
 */
const escapes = new Map<string, string>();
const ESCAPES_KEPT = 100_000;
function escaped(s: string): string {
  let literal = escapes.get(s);
  if (literal !== undefined) return literal;
  literal = JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (escapes.size > ESCAPES_KEPT) escapes.clear();
  escapes.set(s, literal);
  return literal;
}

/** Appends a JSON string literal; the common case (nothing to escape) as three parts, without JSON.stringify. */
function quote(parts: (string | number)[], s: string): void {
  if (NEEDS_ESCAPE.test(s)) parts.push(escaped(s));
  else parts.push('"', s, '"');
}

/** `{"token":…,"text":…}` of a fix or suggestion (a fix without a token, as JSON.stringify would leave it out). */
function suggestion(parts: (string | number)[], s: { token?: string | undefined; text: string }): void {
  parts.push('{');
  if (s.token !== undefined) (parts.push('"token":'), quote(parts, s.token), parts.push(','));
  parts.push('"text":');
  quote(parts, s.text);
  parts.push('}');
}

// one finding per line: readable, and far cheaper than indenting a million objects
function finding(parts: (string | number)[], f: Finding, file: string[]): void {
  parts.push('    {"ruleId":"', f.ruleId, '","severity":"', f.severity, '","file":', ...file);
  parts.push(',"line":', f.line, ',"column":', f.column, ',"endLine":', f.endLine, ',"endColumn":', f.endColumn);
  parts.push(',"message":');
  quote(parts, f.message);
  if (f.value !== undefined) (parts.push(',"value":'), quote(parts, f.value));
  if (f.fingerprint) parts.push(',"fingerprint":"', f.fingerprint, '"');
  parts.push(f.fix !== undefined ? ',"fixable":true' : ',"fixable":false');
  if (f.fix) (parts.push(',"fix":'), suggestion(parts, f.fix));
  if (f.suggestions) {
    parts.push(',"suggestions":[');
    f.suggestions.forEach((s, i) => (i && parts.push(','), suggestion(parts, s)));
    parts.push(']');
  }
  parts.push('}');
}

/** The summary comes last: it is only known once every file has been written. */
export function jsonReporter(): Reporter {
  return {
    begin: () => `{\n  "version": 1,\n  "findings": [`,
    file: (findings) => {
      // one file's findings: its path is quoted once
      const file: string[] = [];
      quote(file, findings[0]!.file);
      const parts: (string | number)[] = [];
      for (let i = 0; i < findings.length; i++) (parts.push(i ? ',\n' : '\n'), finding(parts, findings[i]!, file));
      return parts.join('');
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
