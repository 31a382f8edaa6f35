/**
 * report.json: the stable record of one audit, for trends and for the next audit's --baseline.
 * Keys keep this order; pages keep the order they were named in; fingerprints are sorted.
 */
import { PACKAGE_NAME, packageVersion } from '../package-identity.ts';
import { FINDINGS_FILE, type FindingLog, type Offender } from './finding-log.ts';
import { FINDING_TYPES, type FindingType, type PageResult } from './types.ts';

export const REPORT_VERSION = 1;

export interface AuditReport {
  reportVersion: number;
  tool: { name: string; version: string };
  auditedAt: string;
  brand: string;
  options: { themes: string[]; viewports: string[]; pages: number };
  summary: {
    pages: number;
    errors: number;
    findings: number;
    byType: Record<FindingType, number>;
    /** Share of controls that are lv-* components, over every audited page (null without controls). */
    reuseRate: number | null;
    /** Mean page score (pages that could be audited). */
    score: number | null;
  };
  pages: PageResult[];
  worst: Offender[];
  delta: ReturnType<FindingLog['delta']>;
  findingsFile: string;
  fingerprints: string[];
}

export function buildReport(input: {
  brand: string;
  themes: string[];
  viewports: string[];
  targets: string[];
  pages: PageResult[];
  log: FindingLog;
}): AuditReport {
  const audited = input.pages.filter((p) => !p.error);
  const system = audited.reduce((n, p) => n + p.reuse.system, 0);
  const rogue = audited.reduce((n, p) => n + p.reuse.rogue, 0);
  const scores = audited.map((p) => p.score).filter((s): s is number => s !== null);
  return {
    reportVersion: REPORT_VERSION,
    tool: { name: PACKAGE_NAME, version: packageVersion() },
    auditedAt: new Date().toISOString(),
    brand: input.brand,
    options: { themes: input.themes, viewports: input.viewports, pages: input.targets.length },
    summary: {
      pages: input.pages.length,
      errors: input.pages.length - audited.length,
      findings: FINDING_TYPES.reduce((n, t) => n + input.log.totals[t], 0),
      byType: { ...input.log.totals },
      reuseRate: system + rogue ? system / (system + rogue) : null,
      score: scores.length ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : null,
    },
    pages: input.pages.map((p) => ({ ...p, ms: Math.round(p.ms) })),
    worst: input.log.worst(50),
    delta: input.log.delta(),
    findingsFile: FINDINGS_FILE,
    fingerprints: [...input.log.fingerprints].sort(),
  };
}
