/**
 * The config's allowlist: findings a team has accepted, each with a reason and maybe an expiry
 * date. Expired entries are findings themselves (on the config file); live ones drop matching
 * findings file by file, in whichever thread linted the file.
 */
import picomatch from 'picomatch';
import type { AllowlistEntry } from './config.ts';
import type { Finding, RuleMeta } from './types.ts';

export const allowlistRule: RuleMeta = {
  id: 'allowlist-expired',
  severity: 'error',
  fixable: false,
  docs: { description: 'Report allowlist entries past their expiry date.', url: 'scripts/lint/README.md#allowlist' },
  messages: {
    expired: ({ at, expires, reason }) =>
      `${at} expired on ${expires} (reason was: ${reason}); fix its findings or renew the entry`,
  },
};

export interface Allowlist {
  /** Findings for entries past their expiry date. */
  expired: Finding[];
  /** How many entries are live (none: `apply` keeps every finding, so a cached report chunk stands as it is). */
  live: number;
  /** Drops the findings live entries cover; returns how many it dropped. */
  apply(findings: Finding[]): { kept: Finding[]; allowlisted: number };
}

export function allowlistOf(
  entries: AllowlistEntry[],
  configFile: string | undefined,
  today = new Date().toISOString().slice(0, 10),
): Allowlist {
  const expired: Finding[] = [];
  const active: (AllowlistEntry & { match?: (file: string) => boolean })[] = [];
  for (const entry of entries) {
    if (entry.expires && entry.expires < today) {
      expired.push({
        ruleId: allowlistRule.id,
        severity: 'error',
        file: configFile ?? 'livery.config.json',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 2,
        message: allowlistRule.messages.expired!({ at: entry.at, expires: entry.expires, reason: entry.reason }),
        fingerprint: `allowlist:${entry.at}`,
      });
      continue;
    }
    active.push({ ...entry, ...(entry.files ? { match: picomatch(entry.files, { dot: true }) } : {}) });
  }
  const norm = (v: string | undefined) => (v ?? '').trim().toLowerCase();
  return {
    expired,
    live: active.length,
    apply(findings) {
      if (!active.length) return { kept: findings, allowlisted: 0 };
      const kept = findings.filter(
        (f) =>
          !active.some(
            (e) =>
              (e.rule === '*' || e.rule === f.ruleId) &&
              (e.value === undefined || norm(e.value) === norm(f.value)) &&
              (!e.match || e.match(f.file)),
          ),
      );
      return { kept, allowlisted: findings.length - kept.length };
    },
  };
}
