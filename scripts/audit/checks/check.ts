/** The contract every audit check follows: one file per finding type, registered in index.ts. */
import type { Expectations, NormalizedExpectations } from '../expectations.ts';
import type { ProbeResult } from '../probe.ts';
import type { FindingDraft, FindingType } from '../types.ts';

/** One axe-core violation node, as the sweep hands it over. */
export interface AxeNode {
  rule: string;
  impact: string;
  help: string;
  helpUrl: string;
  selector: string;
  summary: string;
}

export interface CheckContext {
  expectations: Expectations;
  normalized: NormalizedExpectations;
  /** The sweep's selection for this run (`{ theme: 'dark' }`). */
  selection: Record<string, string>;
  probe: ProbeResult;
  axe: AxeNode[];
  /** Image URL → SVG text, for `<img>` elements whose source is SVG. */
  svgSources: Map<string, string>;
}

export interface AuditCheck {
  type: FindingType;
  /** One sentence for the report and `--help`. */
  description: string;
  run(context: CheckContext): FindingDraft[];
}
