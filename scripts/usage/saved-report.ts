/**
 * A usage report written earlier (`livery usage <repo> --format json --output usage.json`, in each
 * consuming repo's own CI), read back so `livery usage reports/*.json` merges an organisation's
 * repos without cloning and scanning them again. A file that is not one is a clear error naming
 * it (exit 2); counts of a category this version does not know are left out, missing ones are 0.
 */
import { readFileSync } from 'node:fs';
import { UserError } from '../exit-codes.ts';
import { CATEGORIES, emptyCounts, type Category } from './categories.ts';
import type { UsageReport } from './report.ts';
import type { RepoUsage } from './scan-repo.ts';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const count = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? x : 0);
const counts = (x: unknown): Record<Category, number> => {
  const out = emptyCounts();
  if (isObject(x)) for (const c of CATEGORIES) out[c] = count(x[c]);
  return out;
};

export function readUsageReport(file: string): UsageReport {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UserError(
      `${file}: not a readable JSON file (${(error as Error).message}); pass a report written by ` +
        `\`livery usage <repo> --format json --output <file>\`, or a repository folder`,
    );
  }
  if (!isObject(data) || !Array.isArray(data.repos) || !isObject(data.totals))
    throw new UserError(
      `${file} is not a livery usage report (it has no "repos" list and "totals"); write one with \`livery usage <repo> --format json --output <file>\``,
    );
  const repos = data.repos.map((repo, i) => repoOf(repo, `${file} › repos[${i}]`));
  const skipped = Array.isArray(data.skipped)
    ? data.skipped.flatMap((s) =>
        isObject(s) && typeof s.repo === 'string' && typeof s.reason === 'string'
          ? [{ repo: s.repo, reason: s.reason }]
          : [],
      )
    : [];
  return { ...(data as unknown as UsageReport), repos, skipped };
}

function repoOf(x: unknown, at: string): RepoUsage {
  if (!isObject(x) || typeof x.repo !== 'string' || !isObject(x.references) || !isObject(x.raw))
    throw new UserError(
      `${at} is not a repository's usage (no "repo", "references" and "raw"); was the file edited by hand?`,
    );
  const references = x.references;
  const raw = x.raw;
  const declarations = Object.fromEntries(
    CATEGORIES.map((c) => {
      const d = isObject(x.declarations) ? x.declarations[c] : undefined;
      return [c, { tokens: count(isObject(d) ? d.tokens : 0), raw: count(isObject(d) ? d.raw : 0) }];
    }),
  ) as RepoUsage['declarations'];
  const byToken: Record<string, number> = {};
  if (isObject(references.byToken))
    for (const [name, n] of Object.entries(references.byToken)) byToken[name] = count(n);
  const components: Record<string, number> = {};
  if (isObject(x.components)) for (const [tag, n] of Object.entries(x.components)) components[tag] = count(n);
  return {
    ...(x as unknown as RepoUsage),
    name: typeof x.name === 'string' ? x.name : x.repo,
    liveryVersion: typeof x.liveryVersion === 'string' ? x.liveryVersion : '',
    files: count(x.files),
    references: { total: count(references.total), byCategory: counts(references.byCategory), byToken },
    unknown: Array.isArray(x.unknown) ? (x.unknown as RepoUsage['unknown']) : [],
    overrides: count(x.overrides),
    components,
    raw: {
      total: count(raw.total),
      byCategory: counts(raw.byCategory),
      samples: Array.isArray(raw.samples) ? (raw.samples as RepoUsage['raw']['samples']) : [],
    },
    deprecated: Array.isArray(x.deprecated)
      ? (x.deprecated as RepoUsage['deprecated'])
          .filter((d) => isObject(d) && typeof d.token === 'string')
          .map((d) => ({ ...d, count: count(d.count), locations: Array.isArray(d.locations) ? d.locations : [] }))
      : [],
    declarations,
    tokenShare: typeof x.tokenShare === 'number' ? x.tokenShare : null,
  };
}
