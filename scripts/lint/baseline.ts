/**
 * Baselines let a legacy repo adopt the rules without fixing every finding first:
 * `livery lint --baseline-write` records today's findings; later runs report only new ones.
 * A fingerprint is rule + file + value + the trimmed source line, not the line number, so edits
 * elsewhere in a file do not resurrect old findings.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { UserError } from '../exit-codes.ts';
import type { Finding } from './types.ts';

export const BASELINE_FILE = '.livery-baseline.json';

interface BaselineFile {
  version: 1;
  findings: { file: string; rule: string; fingerprint: string; count: number; message: string }[];
}

/** 64-bit FNV-1a-style hash (two 32-bit lanes) of a finding's identity text, as 16 hex digits: cheap enough for every finding. */
export function fingerprint(identity: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ identity.length;
  for (let i = 0; i < identity.length; i++) {
    const c = identity.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

export function writeBaseline(path: string, findings: Finding[]): number {
  const byPrint = new Map<string, BaselineFile['findings'][number]>();
  for (const f of findings) {
    const print = f.fingerprint;
    const entry = byPrint.get(print);
    if (entry) entry.count++;
    else byPrint.set(print, { file: f.file, rule: f.ruleId, fingerprint: print, count: 1, message: f.message });
  }
  const data: BaselineFile = {
    version: 1,
    findings: [...byPrint.values()].sort(
      (a, b) =>
        a.file.localeCompare(b.file) || a.rule.localeCompare(b.rule) || a.fingerprint.localeCompare(b.fingerprint),
    ),
  };
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
  return findings.length;
}

/** Throws with the file name when the baseline is not one (the CLI exits 2). */
export function readBaseline(path: string): Map<string, number> | undefined {
  if (!existsSync(path)) return undefined;
  let data: BaselineFile;
  try {
    data = JSON.parse(readFileSync(path, 'utf8')) as BaselineFile;
  } catch (error) {
    throw new UserError(`${path}: not valid JSON (${(error as Error).message}); rewrite it with --baseline-write`);
  }
  if (data?.version !== 1 || !Array.isArray(data.findings))
    throw new UserError(`${path}: not a Livery baseline (version 1 with "findings"); rewrite it with --baseline-write`);
  return new Map(data.findings.map((f) => [f.fingerprint, f.count]));
}

/** Findings not covered by the baseline; uses up the counts in `left` and returns how many were covered. */
export function subtractBaseline(findings: Finding[], left: Map<string, number>): { fresh: Finding[]; known: number } {
  const fresh: Finding[] = [];
  let known = 0;
  for (const f of findings) {
    const print = f.fingerprint;
    const n = left.get(print) ?? 0;
    if (n > 0) {
      left.set(print, n - 1);
      known++;
    } else fresh.push(f);
  }
  return { fresh, known };
}
