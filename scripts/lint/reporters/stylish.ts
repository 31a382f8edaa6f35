/** The default output: findings grouped by file, each with a code frame, then totals and skipped files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coverageSummary, formatPercent } from '../coverage.ts';
import { renderAll, type Reporter } from './reporter.ts';
import type { LintResult } from '../types.ts';

/** Lines of the files findings are in, read once each (only for what is printed; only stylish prints them). */
export function sourceLines(cwd: string): (file: string, line: number) => string {
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
    return lines[line - 1] ?? '';
  };
}

export function stylishReporter(color = false): Reporter {
  const paint = (code: string, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  return {
    begin: () => '',
    file(findings, sourceLine) {
      const out = [paint('4', findings[0]!.file)];
      for (const f of findings) {
        const severity = f.severity === 'error' ? paint('31', 'error  ') : paint('33', 'warning');
        out.push(`  ${`${f.line}:${f.column}`.padEnd(8)} ${severity}  ${f.message}  ${paint('2', f.ruleId)}`);
        const source = f.line ? sourceLine(f.line).replace(/\r$/, '') : '';
        if (!source) continue;
        const gutter = String(f.line);
        const start = Math.max(0, f.column - 1);
        const width = f.endLine === f.line ? Math.max(1, f.endColumn - f.column) : 1;
        const shown = source.replace(/\t/g, ' ');
        out.push(paint('2', `    ${gutter} | `) + shown.slice(0, 200));
        if (start < 200)
          out.push(
            paint('2', `    ${' '.repeat(gutter.length)} | `) +
              ' '.repeat(start) +
              paint(f.severity === 'error' ? '31' : '33', '^'.repeat(Math.min(width, 200 - start))),
          );
      }
      return `${out.join('\n')}\n`;
    },
    separator: '\n',
    end(totals) {
      const out: string[] = [];
      const problems = totals.errors + totals.warnings;
      const summary =
        `${problems} problem${problems === 1 ? '' : 's'} (${totals.errors} ` +
        `error${totals.errors === 1 ? '' : 's'}, ${totals.warnings} ` +
        `warning${totals.warnings === 1 ? '' : 's'}) in ${totals.files} ` +
        `file${totals.files === 1 ? '' : 's'}`;
      out.push(problems ? paint(totals.errors ? '31' : '33', `✖ ${summary}`) : `✔ ${summary}`);
      if (totals.fixable) out.push(`  ${totals.fixable} fixable with --fix`);
      const coverage = coverageSummary(totals.coverage);
      if (coverage.tokens + coverage.raw) {
        const languages = Object.entries(coverage.byLanguage)
          .map(([language, c]) => `${language} ${formatPercent(c.percent)}`)
          .join(', ');
        out.push(
          `  token coverage ${formatPercent(coverage.percent)}: ${coverage.tokens} of ` +
            `${coverage.tokens + coverage.raw} style declarations use tokens (${languages})`,
        );
      }
      if (totals.baselined)
        out.push(`  ${totals.baselined} known finding${totals.baselined === 1 ? '' : 's'} in the baseline not shown`);
      if (totals.allowlisted) out.push(`  ${totals.allowlisted} allowlisted`);
      if (totals.skipped.length) {
        out.push(`  skipped ${totals.skipped.length} file${totals.skipped.length === 1 ? '' : 's'}:`);
        for (const s of totals.skipped.slice(0, 20)) out.push(`    ${s.file}: ${s.reason}`);
        if (totals.skipped.length > 20) out.push(`    … and ${totals.skipped.length - 20} more (see --format json)`);
      }
      return `${problems ? '\n' : ''}${out.join('\n')}\n`;
    },
  };
}

export function stylish(result: LintResult, color = false): string {
  return renderAll(stylishReporter(color), result, sourceLines(result.cwd));
}
