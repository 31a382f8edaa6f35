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

/**
 * `--format json`: everything the text report says, plus every measured pair, for CI and the docs
 * site. The shape is stable: fields are only ever added (`version` changes if one is ever removed
 * or changes meaning).
 * - `version`: 1.
 * - `catalogue`, `permutations` (`{ name, selection }`), `rules` (rule id → severity).
 * - `summary`: `errors`, `warnings`, `declaredPairs`, `measured`, `durationMs`, `causes` (how many root causes).
 * - `causes`: the findings grouped by the token whose value causes them, errors first, most findings
 *   first (see RootCause in root-causes.ts): `id` (`file#token`), `token`, `file` (where its value
 *   is written in the affected permutations), `value` (CSS), `severity`, `findings` (indexes into
 *   `findings`), `rules` (rule id → count), `permutations`, `pairs` (`{ fg, bg, usage, rules,
 *   permutations: [{ name, ratio, required }] }`), `fix` (for the cause) and `fixes` (every distinct
 *   suggestion of its findings).
 * - `findings`: every finding as before (`severity`, `group`, `rule`, `file`, `at`, `message`, `fix`,
 *   `permutation`), plus `pair` (`{ fg, bg }` for contrast findings) and `cause` (its cause's `id`).
 * - `weakest` (permutation → pair), `results` (every measured pair in every permutation).
 */
export const CHECK_JSON_VERSION = 1;

export function jsonReport(report: CheckReport): string {
  const weakest = weakestPairs(report);
  return `${JSON.stringify(
    {
      version: CHECK_JSON_VERSION,
      catalogue: report.catalogue.file,
      permutations: report.permutations.map((p) => ({ name: p.name, selection: p.selection })),
      rules: report.rules,
      summary: {
        errors: report.errors,
        warnings: report.warnings,
        declaredPairs: report.pairs.length,
        measured: report.contrast.results.length,
        durationMs: Math.round(report.durationMs),
        causes: report.causes.length,
      },
      weakest: Object.fromEntries([...weakest].map(([name, r]) => [name, pairJson(r)])),
      causes: report.causes,
      findings: report.findings,
      results: report.contrast.results.map(pairJson),
    },
    null,
    2,
  )}\n`;
}
