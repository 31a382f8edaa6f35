import type { Catalogue } from '../catalogue/catalogue.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { CheckConfig, RuleSeverity } from './config.ts';
import type { Levels, PairResult, PermutationColors } from './evaluate.ts';
import type { DeclarationProblem } from './pairs.ts';
import type { Permutation } from '../catalogue/permutations.ts';

/**
 * A check rule (after stylelint and Terrazzo): `meta` documents it, `create` reports findings
 * through the context. Every printed message ends with the rule id, so users can look it up or
 * set it to "warning" / "off" in livery.config.json → check.rules.
 */
export interface CheckRule<O extends object = Record<string, unknown>> {
  meta: {
    id: string;
    /** One line: "Require…", "Disallow…", "Limit…" or "Specify…". */
    docs: { description: string };
    defaultSeverity: RuleSeverity;
  };
  defaultOptions: O;
  create(context: RuleContext<O>): void;
}

export interface Report {
  file: string;
  at: string;
  message: string;
  fix?: string;
  permutation?: string;
  /** The foreground/background pair a contrast finding measured: its root cause is traced through both. */
  pair?: { fg: string; bg: string };
}

/**
 * A contrast rule's finding about one measured pair: it points at the foreground token in its
 * permutation, and its message opens as every contrast finding does —
 * `[permutation] fg (#hex) on bg (#hex<bgNote>)` — followed by `rest` (the rule's verdict).
 */
export function pairReport(result: PairResult, rest: string, bgNote = ''): Report {
  return {
    file: result.fg.file,
    at: result.fg.name,
    permutation: result.permutation.name,
    pair: { fg: result.pair.fg, bg: result.pair.bg },
    message:
      `[${result.permutation.name}] ${result.fg.name} (${result.fg.shown.hex}) on ` +
      `${result.bg.name} (${result.bg.shown.hex}${bgNote})${rest}`,
  };
}

/** A finding: a Diagnostic plus the rule that made it and the permutation it was seen in. */
export interface Finding extends Diagnostic {
  rule: string;
  permutation?: string;
  pair?: { fg: string; bg: string };
  /** The id of its root cause in the report's `causes` (`file#token`). */
  cause?: string;
}

export interface ContrastRun {
  levels: Levels;
  results: PairResult[];
  problems: DeclarationProblem[];
  /** The backgrounds a foreground is declared on. */
  pairsOf(fg: string): string[];
}

export interface RuleContext<O> {
  catalogue: Catalogue;
  config: CheckConfig;
  options: O;
  permutations: Permutation[];
  /** Every declared pair measured in every permutation (computed once, shared by the contrast rules). */
  contrast: ContrastRun;
  /** Resolved colours of a permutation (cached). */
  colors(permutation: Permutation): PermutationColors;
  /** True when the token's file is in the primitive layer (config `primitives`). */
  isPrimitive(file: string): boolean;
  /** The severity another rule runs with, so rules do not report the same problem twice. */
  severityOf(id: string): RuleSeverity;
  report(report: Report): void;
}
