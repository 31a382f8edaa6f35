import { formatRatio } from './color.ts';
import type { PairResult } from './evaluate.ts';
import { weakestPairs, type CheckReport } from './run-check.ts';

function pairJson(r: PairResult) {
  return {
    permutation: r.permutation.name,
    fg: r.fg.name,
    fgFile: r.fg.file,
    fgHex: r.fg.shown.hex,
    bg: r.bg.name,
    bgFile: r.bg.file,
    bgHex: r.bg.shown.hex,
    ...(r.backdrop ? { backdrop: r.backdrop } : {}),
    usage: r.pair.usage,
    ratio: r.ratio,
    ratioText: formatRatio(r.ratio),
    lc: r.lc,
    required: r.required,
    level: r.level,
    pass: r.pass,
    declaredIn: r.pair.declaredIn,
  };
}

/** `--format json`: everything the text report says, plus every measured pair, for CI and the docs site. */
export function jsonReport(report: CheckReport): string {
  const weakest = weakestPairs(report);
  return `${JSON.stringify(
    {
      catalogue: report.catalogue.file,
      permutations: report.permutations.map((p) => ({ name: p.name, selection: p.selection })),
      rules: report.rules,
      summary: { errors: report.errors, warnings: report.warnings, declaredPairs: report.pairs.length, measured: report.contrast.results.length, durationMs: Math.round(report.durationMs) },
      weakest: Object.fromEntries([...weakest].map(([name, r]) => [name, pairJson(r)])),
      findings: report.findings,
      results: report.contrast.results.map(pairJson),
    },
    null,
    2,
  )}\n`;
}
