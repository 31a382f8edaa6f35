import type { Catalogue } from '../catalogue/catalogue.ts';
import { isPrimitiveFile, ruleSetting, type CheckConfig, type RuleSeverity } from './config.ts';
import { colorsOf, measureAll, WCAG_LEVELS, type Levels, type PairResult, type PermutationColors } from './evaluate.ts';
import { collectPairs, type DeclaredPair } from './pairs.ts';
import { permutationsOf, type Permutation } from '../catalogue/permutations.ts';
import type { ContrastRun, Finding, RuleContext } from './rule.ts';
import { rootCauses, type RootCause } from './root-causes.ts';
import { rules } from './rules/index.ts';

/**
 * `livery check` without the printing: measures every declared pair in every permutation of the
 * catalogue, then runs each rule at its configured severity. Pure (no file system), so the
 * benchmark and the browser test run exactly what the CLI runs.
 */
export interface CheckReport {
  catalogue: Catalogue;
  permutations: Permutation[];
  pairs: DeclaredPair[];
  contrast: ContrastRun;
  findings: Finding[];
  /** The findings grouped by the token whose value causes them, most findings first (root-causes.ts). */
  causes: RootCause[];
  errors: number;
  warnings: number;
  /** Resolved colours per permutation (for the html matrix's undeclared cells). */
  colors: Map<string, PermutationColors>;
  /** Severity each rule ran with. */
  rules: Record<string, RuleSeverity>;
  durationMs: number;
}

export function runCheck(catalogue: Catalogue, config: CheckConfig): CheckReport {
  const started = performance.now();
  const permutations = permutationsOf(catalogue);
  const colors = new Map<string, PermutationColors>();
  const colorsFor = (p: Permutation) => {
    let c = colors.get(p.name);
    if (!c) colors.set(p.name, (c = colorsOf(catalogue, config, p)));
    return c;
  };
  const levels = ruleSetting<Levels>(config, 'contrast', 'error', WCAG_LEVELS).options;
  const { pairs, problems } = collectPairs(catalogue, config);
  const results: PairResult[] = [];
  for (const permutation of permutations) {
    measureAll(colorsFor(permutation), pairs, levels, results);
  }
  const byFg = new Map<string, string[]>();
  for (const pair of pairs) byFg.set(pair.fg, [...(byFg.get(pair.fg) ?? []), pair.bg]);
  const contrast: ContrastRun = { levels, results, problems, pairsOf: (fg) => byFg.get(fg) ?? [] };
  const primitiveCache = new Map<string, boolean>();
  const isPrimitive = (file: string) => {
    let v = primitiveCache.get(file);
    if (v === undefined) primitiveCache.set(file, (v = isPrimitiveFile(config, file)));
    return v;
  };

  const findings: Finding[] = [];
  const severities: Record<string, RuleSeverity> = {};
  for (const rule of rules)
    severities[rule.meta.id] = ruleSetting(config, rule.meta.id, rule.meta.defaultSeverity, {}).severity;
  for (const rule of rules) {
    const { severity, options } = ruleSetting(
      config,
      rule.meta.id,
      rule.meta.defaultSeverity,
      rule.defaultOptions as object,
    );
    if (severity === 'off') continue;
    const context: RuleContext<never> = {
      catalogue,
      config,
      options: options as never,
      permutations,
      contrast,
      colors: colorsFor,
      isPrimitive,
      severityOf: (id) => severities[id] ?? 'off',
      report(r) {
        findings.push({
          severity: severity === 'error' ? 'error' : 'warning',
          group: 'check',
          rule: rule.meta.id,
          file: r.file,
          at: r.at,
          message: `${r.message} (${rule.meta.id})`,
          ...(r.fix ? { fix: r.fix } : {}),
          ...(r.permutation ? { permutation: r.permutation } : {}),
          ...(r.pair ? { pair: r.pair } : {}),
        });
      },
    };
    rule.create(context);
  }
  const causes = rootCauses(catalogue, permutations, results, findings);
  for (const cause of causes) for (const i of cause.findings) findings[i]!.cause = cause.id;
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    catalogue,
    permutations,
    pairs,
    contrast,
    findings,
    causes,
    errors,
    warnings: findings.length - errors,
    colors,
    rules: severities,
    durationMs: performance.now() - started,
  };
}

/** The pair with the least headroom (ratio ÷ requirement) in each permutation. */
export function weakestPairs(report: CheckReport): Map<string, PairResult> {
  const weakest = new Map<string, PairResult>();
  for (const r of report.contrast.results) {
    const current = weakest.get(r.permutation.name);
    if (!current || r.ratio / r.required < current.ratio / current.required) weakest.set(r.permutation.name, r);
  }
  return weakest;
}
