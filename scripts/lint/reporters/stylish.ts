/** The default output: findings grouped by file, each with a code frame, then totals and skipped files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LintResult } from '../engine.ts';

/** Lines of the files findings are in, read once each (only for what is printed). */
function sourceLines(cwd: string): (file: string, line: number) => string {
  const cache = new Map<string, string[]>();
  return (file, line) => {
    let lines = cache.get(file);
    if (!lines) {
      try {
        lines = readFileSync(join(cwd, file), 'utf8').split('\n');
      } catch {
        lines = [];
      }
      cache.set(file, lines);
    }
    return (lines[line - 1] ?? '').replace(/\r$/, '');
  };
}

export function stylish(result: LintResult, color = false): string {
  const paint = (code: string, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const out: string[] = [];
  const sourceOf = sourceLines(result.cwd);
  let current = '';
  for (const f of result.findings) {
    if (f.file !== current) {
      if (current) out.push('');
      out.push(paint('4', f.file));
      current = f.file;
    }
    const severity = f.severity === 'error' ? paint('31', 'error  ') : paint('33', 'warning');
    out.push(`  ${`${f.line}:${f.column}`.padEnd(8)} ${severity}  ${f.message}  ${paint('2', f.ruleId)}`);
    const source = f.line ? sourceOf(f.file, f.line) : '';
    if (source) {
      const gutter = String(f.line);
      const start = Math.max(0, f.column - 1);
      const width = f.endLine === f.line ? Math.max(1, f.endColumn - f.column) : 1;
      const shown = source.replace(/\t/g, ' ');
      out.push(paint('2', `    ${gutter} | `) + shown.slice(0, 200));
      if (start < 200) out.push(paint('2', `    ${' '.repeat(gutter.length)} | `) + ' '.repeat(start) + paint(f.severity === 'error' ? '31' : '33', '^'.repeat(Math.min(width, 200 - start))));
    }
  }
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.length - errors;
  if (out.length) out.push('');
  const summary = `${result.findings.length} problem${result.findings.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}) in ${result.files} file${result.files === 1 ? '' : 's'}`;
  out.push(result.findings.length ? paint(errors ? '31' : '33', `✖ ${summary}`) : `✔ ${summary}`);
  const fixable = result.findings.filter((f) => f.fix).length;
  if (fixable) out.push(`  ${fixable} fixable with --fix`);
  if (result.baselined) out.push(`  ${result.baselined} known finding${result.baselined === 1 ? '' : 's'} in the baseline not shown`);
  if (result.allowlisted) out.push(`  ${result.allowlisted} allowlisted`);
  if (result.skipped.length) {
    out.push(`  skipped ${result.skipped.length} file${result.skipped.length === 1 ? '' : 's'}:`);
    for (const s of result.skipped.slice(0, 20)) out.push(`    ${s.file}: ${s.reason}`);
    if (result.skipped.length > 20) out.push(`    … and ${result.skipped.length - 20} more (see --format json)`);
  }
  return `${out.join('\n')}\n`;
}
