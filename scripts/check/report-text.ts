import { formatDiagnostic } from '../diagnostics.ts';
import { formatLc, formatRatio } from './color.ts';
import type { RootCause } from './root-causes.ts';
import { weakestPairs, type CheckReport } from './run-check.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `error [check] file › token: root cause of 36 findings …`, then its pairs, permutations and fixes. */
export function causeLines(report: CheckReport, cause: RootCause): string[] {
  const rules = Object.entries(cause.rules)
    .map(([id, n]) => `${id} ×${n}`)
    .join(', ');
  const where = cause.token ? `${cause.file} › ${cause.token}` : cause.file;
  const value = cause.value ? ` (${cause.value})` : '';
  const lines = [
    `${cause.severity} [check] ${where}: root cause of ` +
      `${plural(cause.findings.length, 'finding')} in ` +
      `${plural(cause.permutations.length, 'permutation')}` +
      `${cause.permutations.length ? ` (${cause.permutations.join(', ')})` : ''}: its ` +
      `value${value} is what they resolve to (${rules})`,
  ];
  for (const pair of cause.pairs.slice(0, SHOWN_PAIRS)) {
    const measured = pair.permutations
      .map((p) => (p.ratio === undefined ? p.name : `${p.name} ${formatRatio(p.ratio)}:1`))
      .join(', ');
    const needs = [...new Set(pair.permutations.map((p) => p.required).filter((r) => r !== undefined))].join(' or ');
    lines.push(
      `    ${pair.fg} on ${pair.bg}${pair.usage ? ` (${pair.usage})` : ''}: ${measured}${needs ? ` (needs ${needs})` : ''}`,
    );
  }
  if (cause.pairs.length > SHOWN_PAIRS)
    lines.push(`    … and ${cause.pairs.length - SHOWN_PAIRS} more pairs (see --format json)`);
  const unpaired = cause.findings.map((i) => report.findings[i]!).filter((f) => !f.pair);
  for (const f of unpaired.slice(0, SHOWN_PAIRS)) lines.push(`    ${f.message}`);
  if (unpaired.length > SHOWN_PAIRS) lines.push(`    … and ${unpaired.length - SHOWN_PAIRS} more (see --format json)`);
  const others = cause.fixes.filter((f) => !cause.fix?.includes(f)).length;
  if (cause.fix)
    lines.push(
      `    fix: ${cause.fix}${others ? ` (${plural(others, 'more suggestion')} for single pairs in --format json)` : ''}`,
    );
  return lines;
}

const SHOWN_WARNING_CAUSES = 20;
const SHOWN_PAIRS = 12;

/** The terminal report: findings (each with file, token path and fix), then the weakest pair of each permutation. */
export function textReport(report: CheckReport): string {
  const lines: string[] = [];
  const measured = report.contrast.results.length;
  lines.push(`livery check: ${report.catalogue.file}`);
  lines.push(
    `${report.permutations.length} permutations × ${report.pairs.length} declared pairs = ${measured} measured in ${Math.round(report.durationMs)} ms`,
  );
  lines.push('');
  // One entry per root cause: a cause with one finding prints it as it is; a cause behind several
  // prints the token and file to fix once, with the pairs and permutations it affects under it.
  let hiddenWarnings = 0;
  let shownWarnings = 0;
  for (const cause of report.causes) {
    if (cause.severity === 'warning' && ++shownWarnings > SHOWN_WARNING_CAUSES) {
      hiddenWarnings += cause.findings.length;
      continue;
    }
    if (cause.findings.length === 1) {
      lines.push(formatDiagnostic(report.findings[cause.findings[0]!]!));
      continue;
    }
    lines.push(...causeLines(report, cause));
  }
  if (hiddenWarnings) lines.push(`… and ${hiddenWarnings} more warnings (see --format json)`);
  if (report.findings.length) lines.push('');
  const weakest = weakestPairs(report);
  if (weakest.size) {
    lines.push('weakest pair per permutation (ratio is truncated, never rounded up):');
    const width = Math.max(...report.permutations.map((p) => p.name.length));
    for (const p of report.permutations) {
      const r = weakest.get(p.name);
      if (!r) continue;
      lines.push(
        `  ${p.name.padEnd(width)}  ${r.pass ? 'pass' : 'FAIL'}  ${formatRatio(r.ratio)}:1 (needs ` +
          `${r.required}, ${r.level} ${r.pair.usage})  Lc ${formatLc(r.lc)}  ${r.fg.name} ` +
          `${r.fg.shown.hex} on ${r.bg.name} ${r.bg.shown.hex}`,
      );
    }
    lines.push('');
  }
  const off = Object.entries(report.rules)
    .filter(([, s]) => s === 'off')
    .map(([id]) => id);
  if (off.length)
    lines.push(
      `rules off: ${off.join(', ')}${off.includes('contrast-apca') ? ' (APCA Lc is still measured and shown, as advice)' : ''}`,
    );
  lines.push(
    `${report.errors} error${report.errors === 1 ? '' : 's'}, ${report.warnings} warning${report.warnings === 1 ? '' : 's'}`,
  );
  return `${lines.join('\n')}\n`;
}
