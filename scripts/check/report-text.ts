import { formatDiagnostic } from '../diagnostics.ts';
import { formatLc, formatRatio } from './color.ts';
import { weakestPairs, type CheckReport } from './run-check.ts';

const SHOWN_PER_RULE = 20;

/** The terminal report: findings (each with file, token path and fix), then the weakest pair of each permutation. */
export function textReport(report: CheckReport): string {
  const lines: string[] = [];
  const measured = report.contrast.results.length;
  lines.push(`livery check: ${report.catalogue.file}`);
  lines.push(`${report.permutations.length} permutations × ${report.pairs.length} declared pairs = ${measured} measured in ${Math.round(report.durationMs)} ms`);
  lines.push('');
  const perRule = new Map<string, number>();
  let hidden = 0;
  for (const finding of report.findings) {
    const n = (perRule.get(`${finding.severity}:${finding.rule}`) ?? 0) + 1;
    perRule.set(`${finding.severity}:${finding.rule}`, n);
    if (finding.severity === 'warning' && n > SHOWN_PER_RULE) {
      hidden++;
      continue;
    }
    lines.push(formatDiagnostic(finding));
  }
  if (hidden) lines.push(`… and ${hidden} more warnings (see --format json)`);
  if (report.findings.length) lines.push('');
  const weakest = weakestPairs(report);
  if (weakest.size) {
    lines.push('weakest pair per permutation (ratio is truncated, never rounded up):');
    const width = Math.max(...report.permutations.map((p) => p.name.length));
    for (const p of report.permutations) {
      const r = weakest.get(p.name);
      if (!r) continue;
      lines.push(`  ${p.name.padEnd(width)}  ${r.pass ? 'pass' : 'FAIL'}  ${formatRatio(r.ratio)}:1 (needs ${r.required}, ${r.level} ${r.pair.usage})  Lc ${formatLc(r.lc)}  ${r.fg.name} ${r.fg.shown.hex} on ${r.bg.name} ${r.bg.shown.hex}`);
    }
    lines.push('');
  }
  const off = Object.entries(report.rules).filter(([, s]) => s === 'off').map(([id]) => id);
  if (off.length) lines.push(`rules off: ${off.join(', ')}${off.includes('contrast-apca') ? ' (APCA Lc is still measured and shown, as advice)' : ''}`);
  lines.push(`${report.errors} error${report.errors === 1 ? '' : 's'}, ${report.warnings} warning${report.warnings === 1 ? '' : 's'}`);
  return `${lines.join('\n')}\n`;
}
