/**
 * Findings go to findings.jsonl as each page finishes; only counts, fingerprints and the worst
 * offenders stay in memory, so a sweep of many pages keeps a flat footprint.
 */
import { UserError } from '../exit-codes.ts';
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FINDING_TYPES, type AuditFinding, type FindingType } from './types.ts';

export const FINDINGS_FILE = 'findings.jsonl';
/** How many distinct offending values the report keeps (the rest are still in findings.jsonl). */
const MAX_OFFENDERS = 5000;

export interface Offender {
  type: FindingType;
  property: string;
  value: string;
  count: number;
  pages: number;
  example: Pick<AuditFinding, 'page' | 'theme' | 'viewport' | 'selector' | 'message' | 'crop' | 'expected'>;
}

export interface Baseline {
  file: string;
  fingerprints: Set<string>;
  /** Fingerprint → the finding as the baseline recorded it, when its findings.jsonl is beside it. */
  details: Map<string, Pick<AuditFinding, 'type' | 'page' | 'theme' | 'viewport' | 'selector' | 'message'>>;
}

/** Exit 2: something the user named or installed is not usable; the message says what to do. */
export class BaselineError extends UserError {}

/** Reads a previous report.json (and the findings.jsonl beside it, for what was fixed). */
export function readBaseline(file: string): Baseline {
  if (!existsSync(file))
    throw new BaselineError(`--baseline ${file} does not exist; pass the report.json of an earlier audit`);
  let data: { fingerprints?: unknown; findingsFile?: unknown };
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as typeof data;
  } catch (error) {
    throw new BaselineError(
      `--baseline ${file} is not JSON (${(error as Error).message}); pass the report.json of an earlier audit`,
    );
  }
  if (!Array.isArray(data.fingerprints) || data.fingerprints.some((f) => typeof f !== 'string'))
    throw new BaselineError(`--baseline ${file} has no "fingerprints" list: it is not a liverykit audit report.json`);
  const fingerprints = new Set(data.fingerprints as string[]);
  const details: Baseline['details'] = new Map();
  const beside = join(dirname(file), typeof data.findingsFile === 'string' ? data.findingsFile : FINDINGS_FILE);
  if (existsSync(beside)) {
    for (const line of readFileSync(beside, 'utf8').split('\n')) {
      if (!line) continue;
      try {
        const f = JSON.parse(line) as AuditFinding;
        if (fingerprints.has(f.fingerprint))
          details.set(f.fingerprint, {
            type: f.type,
            page: f.page,
            theme: f.theme,
            viewport: f.viewport,
            selector: f.selector,
            message: f.message,
          });
      } catch {
        // a torn last line of an interrupted audit: the fingerprint list still counts it
      }
    }
  }
  return { file, fingerprints, details };
}

export class FindingLog {
  readonly totals: Record<FindingType, number> = Object.fromEntries(FINDING_TYPES.map((t) => [t, 0])) as Record<
    FindingType,
    number
  >;
  readonly fingerprints = new Set<string>();
  private readonly offenders = new Map<string, Offender & { pageSet: Set<string> }>();
  private readonly fd: number;
  private readonly baseline: Baseline | undefined;
  newCount = 0;

  constructor(file: string, baseline?: Baseline) {
    this.baseline = baseline;
    this.fd = openSync(file, 'w');
  }

  add(findings: AuditFinding[]): void {
    if (!findings.length) return;
    writeSync(this.fd, findings.map((f) => JSON.stringify(f)).join('\n') + '\n');
    for (const f of findings) {
      this.totals[f.type]++;
      if (!this.fingerprints.has(f.fingerprint) && !this.baseline?.fingerprints.has(f.fingerprint)) this.newCount++;
      this.fingerprints.add(f.fingerprint);
      const key = `${f.type}\u0000${f.property}\u0000${f.value}`;
      let offender = this.offenders.get(key);
      if (!offender) {
        if (this.offenders.size >= MAX_OFFENDERS) continue;
        offender = {
          type: f.type,
          property: f.property,
          value: f.value,
          count: 0,
          pages: 0,
          pageSet: new Set(),
          example: {
            page: f.page,
            theme: f.theme,
            viewport: f.viewport,
            selector: f.selector,
            message: f.message,
            crop: f.crop,
            expected: f.expected,
          },
        };
        this.offenders.set(key, offender);
      }
      offender.count++;
      offender.pageSet.add(f.page);
      if (!offender.example.crop && f.crop)
        offender.example = { ...offender.example, crop: f.crop, page: f.page, selector: f.selector };
    }
  }

  /** The most frequent offending values, most first. */
  worst(limit: number): Offender[] {
    return [...this.offenders.values()]
      .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type) || a.value.localeCompare(b.value))
      .slice(0, limit)
      .map(({ pageSet, ...o }) => ({ ...o, pages: pageSet.size }));
  }

  delta(): {
    baseline: string;
    new: number;
    unchanged: number;
    fixed: number;
    fixedFindings: Baseline['details'] extends Map<string, infer V> ? V[] : never;
  } | null {
    if (!this.baseline) return null;
    const fixed = [...this.baseline.fingerprints].filter((f) => !this.fingerprints.has(f));
    return {
      baseline: this.baseline.file,
      new: this.newCount,
      unchanged: this.fingerprints.size - this.newCount,
      fixed: fixed.length,
      fixedFindings: fixed
        .flatMap((f) => {
          const d = this.baseline!.details.get(f);
          return d ? [d] : [];
        })
        .slice(0, 200),
    };
  }

  close(): void {
    closeSync(this.fd);
  }
}
