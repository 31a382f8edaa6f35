/** `--format json`: every finding, skipped file and count, for scripts. */
import { coverageSummary } from '../coverage.ts';
import type { Finding, LintResult } from '../types.ts';
import { renderAll, type Reporter } from './reporter.ts';

/**
 * A JSON string literal, in ASCII: `ΔE2000` is written `\u0394E2000`, as JSON allows. One non-Latin-1
 * character made V8 store a whole file's report chunk two bytes per character, and encoding
 * those to UTF-8 took twice as long. The common case (nothing to escape) skips JSON.stringify.
 */
const quote = (s: string) => (/["\\\u0000-\u001f\u007f-\uffff]/.test(s) ? escaped(s) : `"${s}"`);

/**
 * Escaped literals of the messages that need it: the raw-color rule hands the same message object
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

/** `{"token":…,"text":…}` of a fix or suggestion (a fix without a token, as JSON.stringify would leave it out). */
const suggestion = (s: { token?: string | undefined; text: string }) =>
  `{${s.token !== undefined ? `"token":${quote(s.token)},` : ''}"text":${quote(s.text)}}`;

// one finding per line: readable, and far cheaper than indenting a million objects
const finding = (f: Finding, file: string) =>
  `    {"ruleId":"${f.ruleId}","severity":"${f.severity}","file":${file},"line":${f.line},` +
  `"column":${f.column},"endLine":${f.endLine},"endColumn":${f.endColumn},` +
  `"message":${quote(f.message)}${f.value !== undefined ? `,"value":${quote(f.value)}` : ''}` +
  `${f.fingerprint ? `,"fingerprint":"${f.fingerprint}"` : ''},` +
  `"fixable":${f.fix !== undefined}${f.fix ? `,"fix":${suggestion(f.fix)}` : ''}` +
  `${f.suggestions ? `,"suggestions":[${f.suggestions.map(suggestion).join(',')}]` : ''}}`;

/** The summary comes last: it is only known once every file has been written. */
export function jsonReporter(): Reporter {
  return {
    begin: () => `{\n  "version": 1,\n  "findings": [`,
    file: (findings) => {
      // one file's findings: its path is quoted once. Appended rather than joined: the pieces stay
      // linked until the chunk is copied once (to the main thread, or into the output buffer)
      const file = quote(findings[0]!.file);
      let chunk = `\n${finding(findings[0]!, file)}`;
      for (let i = 1; i < findings.length; i++) chunk += `,\n${finding(findings[i]!, file)}`;
      return chunk;
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
