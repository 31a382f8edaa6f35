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
 * JSON literals of the messages a report repeats: the raw-color rule hands the same message object
 * again and again, one per color and role set (17,000 in the bench tree, so room for many more),
 * and a Map lookup by that object is cheaper than testing its 100 characters for escapes again.
 */
const literals = new Map<string, string>();
const LITERALS_KEPT = 100_000;
function literal(s: string): string {
  let known = literals.get(s);
  if (known !== undefined) return known;
  known = jsonLiteral(s);
  if (literals.size > LITERALS_KEPT) literals.clear();
  literals.set(s, known);
  return known;
}

/** A JSON string literal in ASCII, as one flat one-byte string. */
function jsonLiteral(s: string): string {
  return NEEDS_ESCAPE.test(s) ? escapedLiteral(s) : JSON.stringify(s);
}

function escapedLiteral(s: string): string {
  const ascii = JSON.stringify(s).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  // V8 keeps a string made from a two-byte one two bytes per character even when it is all ASCII,
  // and one such part makes the whole joined chunk two-byte: copied through Latin-1, it is one-byte
  return Buffer.from(ascii, 'latin1').toString('latin1');
}

/**
 * The parts of one chunk, in one array reused from chunk to chunk and written by index: a fresh
 * array per file, grown part by part, allocated three times its final size (and emptying a shared
 * one with `length = 0` drops its storage too). Setting the length to the chunk's part count before
 * joining trims it in place; V8 gives the storage back only when that is under half its capacity,
 * so the array must not be joined for a short piece in between (the file path, joined alone, made
 * every file grow the storage again from nothing: 150 MB of copies over the bench tree).
 */
class Parts {
  private readonly items: (string | number)[] = [];
  private count = 0;
  add(part: string | number): void {
    this.items[this.count++] = part;
  }
  join(): string {
    this.items.length = this.count;
    this.count = 0;
    return this.items.join('');
  }
}

/** Appends a JSON string literal; the common case (nothing to escape) as three parts, without JSON.stringify. */
function quote(parts: Parts, s: string): void {
  if (NEEDS_ESCAPE.test(s)) return parts.add(literal(s));
  parts.add('"');
  parts.add(s);
  parts.add('"');
}

/** `{"token":…,"text":…}` of a fix or suggestion (a fix without a token, as JSON.stringify would leave it out). */
function suggestion(parts: Parts, s: { token?: string | undefined; text: string }): void {
  if (s.token !== undefined) {
    parts.add('{"token":');
    quote(parts, s.token);
    parts.add(',"text":');
  } else parts.add('{"text":');
  quote(parts, s.text);
  parts.add('}');
}

// one finding per line: readable, and far cheaper than indenting a million objects
function finding(parts: Parts, f: Finding, file: string): void {
  parts.add('    {"ruleId":"');
  parts.add(f.ruleId);
  parts.add('","severity":"');
  parts.add(f.severity);
  parts.add('","file":');
  parts.add(file);
  parts.add(',"line":');
  parts.add(f.line);
  parts.add(',"column":');
  parts.add(f.column);
  parts.add(',"endLine":');
  parts.add(f.endLine);
  parts.add(',"endColumn":');
  parts.add(f.endColumn);
  parts.add(',"message":');
  parts.add(literal(f.message));
  if (f.value !== undefined) {
    parts.add(',"value":');
    quote(parts, f.value);
  }
  if (f.fingerprint) {
    parts.add(',"fingerprint":"');
    parts.add(f.fingerprint);
    parts.add('"');
  }
  parts.add(f.fix !== undefined ? ',"fixable":true' : ',"fixable":false');
  if (f.fix) {
    parts.add(',"fix":');
    suggestion(parts, f.fix);
  }
  if (f.suggestions) {
    parts.add(',"suggestions":[');
    for (let i = 0; i < f.suggestions.length; i++) {
      if (i) parts.add(',');
      suggestion(parts, f.suggestions[i]!);
    }
    parts.add(']');
  }
  parts.add('}');
}

/** The summary comes last: it is only known once every file has been written. */
export function jsonReporter(): Reporter {
  const parts = new Parts();
  return {
    begin: () => `{\n  "version": 1,\n  "findings": [`,
    file: (findings) => {
      // (quoted once per file, and not kept: a path does not come back)
      const file = jsonLiteral(findings[0]!.file);
      for (let i = 0; i < findings.length; i++) {
        parts.add(i ? ',\n' : '\n');
        finding(parts, findings[i]!, file);
      }
      return parts.join();
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
