import type { Catalogue } from '../catalogue/catalogue.ts';
import { buildTokenIndex } from '../lint/token-index.ts';
import { CATEGORIES, emptyCounts, type Category } from './categories.ts';
import { RepoError, scanRepo, shareOf, type RepoUsage } from './scan-repo.ts';

export interface UsageReport {
  generatedAt: string;
  catalogue: { file: string; tokens: number; deprecated: number };
  repos: RepoUsage[];
  /** Repos left out, and why (not a folder, no livery dependency). */
  skipped: { repo: string; reason: string }[];
  totals: {
    repos: number;
    references: number;
    referencesByCategory: Record<Category, number>;
    raw: number;
    rawByCategory: Record<Category, number>;
    deprecatedUses: number;
    components: Record<string, number>;
    declarations: Record<Category, { tokens: number; raw: number }>;
    tokenShare: number | null;
    /** Tokens no scanned repo references: candidates for deprecation. */
    unusedTokens: number;
  };
}

/**
 * Scans every repo and adds them up; repos that cannot be scanned are listed in `skipped`.
 * `saved` are reports written earlier (`livery usage <repo> --format json`, in each repo's own CI):
 * their repos join the scanned ones, so an organisation's report is a merge, not a re-scan.
 */
export function usageReport(
  repos: string[],
  catalogue: Catalogue,
  now = new Date(),
  saved: UsageReport[] = [],
): UsageReport {
  const scanned: RepoUsage[] = saved.flatMap((r) => r.repos);
  const skipped: UsageReport['skipped'] = saved.flatMap((r) => r.skipped);
  const index = repos.length ? buildTokenIndex(catalogue) : undefined;
  for (const repo of repos) {
    try {
      scanned.push(scanRepo(repo, catalogue, index));
    } catch (error) {
      if (!(error instanceof RepoError)) throw error;
      skipped.push({ repo, reason: error.message });
    }
  }
  const referencesByCategory = emptyCounts();
  const rawByCategory = emptyCounts();
  const declarations = Object.fromEntries(
    CATEGORIES.map((c) => [c, { tokens: 0, raw: 0 }]),
  ) as UsageReport['totals']['declarations'];
  const components: Record<string, number> = {};
  const used = new Set<string>();
  for (const r of scanned) {
    for (const c of CATEGORIES) {
      referencesByCategory[c] += r.references.byCategory[c];
      rawByCategory[c] += r.raw.byCategory[c];
      declarations[c].tokens += r.declarations[c].tokens;
      declarations[c].raw += r.declarations[c].raw;
    }
    for (const [tag, n] of Object.entries(r.components)) components[tag] = (components[tag] ?? 0) + n;
    for (const name of Object.keys(r.references.byToken)) used.add(name);
  }
  const tokens = [...catalogue.tokens.values()];
  return {
    generatedAt: now.toISOString(),
    catalogue: { file: catalogue.file, tokens: tokens.length, deprecated: tokens.filter((t) => t.deprecated).length },
    repos: scanned,
    skipped,
    totals: {
      repos: scanned.length,
      references: scanned.reduce((n, r) => n + r.references.total, 0),
      referencesByCategory,
      raw: scanned.reduce((n, r) => n + r.raw.total, 0),
      rawByCategory,
      deprecatedUses: scanned.reduce((n, r) => n + r.deprecated.reduce((m, d) => m + d.count, 0), 0),
      components,
      declarations,
      tokenShare: shareOf(Object.values(declarations)),
      unusedTokens: tokens.filter((t) => !used.has(t.name)).length,
    },
  };
}

export const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 1000) / 10}%`);

/** A terminal summary: one block per repo, then the totals. */
export function usageText(report: UsageReport): string {
  const out: string[] = [];
  for (const r of report.repos) {
    out.push(
      `${r.name} (${r.repo}) · livery ${r.liveryVersion} · ${r.files} files · ${percent(r.tokenShare)} of styling through tokens`,
    );
    out.push(`  token references ${r.references.total}: ${countsLine(r.references.byCategory)}`);
    out.push(`  raw values ${r.raw.total}: ${countsLine(r.raw.byCategory)}`);
    const tags = Object.entries(r.components).sort((a, b) => b[1] - a[1]);
    out.push(
      `  components ${tags.reduce((n, [, c]) => n + c, 0)}: ${tags.map(([t, n]) => `<${t}> ${n}`).join(', ') || 'none'}`,
    );
    for (const d of r.deprecated)
      out.push(
        `  deprecated ${d.token} ×${d.count}${d.replacement ? ` → use ${d.replacement}` : ''} (${d.locations
          .slice(0, 3)
          .map((l) => `${l.file}:${l.line}`)
          .join(', ')}${d.count > 3 ? ', …' : ''})`,
      );
    if (r.unknown.length)
      out.push(
        `  unknown --lv-* names ${r.unknown.length}: ${r.unknown
          .slice(0, 5)
          .map((u) => `${u.name} (${u.first.file}:${u.first.line})`)
          .join(', ')}`,
      );
  }
  for (const s of report.skipped) out.push(`skipped ${s.repo}: ${s.reason}`);
  const t = report.totals;
  out.push(
    `${t.repos} repo${t.repos === 1 ? '' : 's'}: ${t.references} token references, ${t.raw} ` +
      `raw values, ${t.deprecatedUses} deprecated uses, ${percent(t.tokenShare)} of styling ` +
      `through tokens; ${t.unusedTokens} of ${report.catalogue.tokens} tokens unused`,
  );
  return `${out.join('\n')}\n`;
}

function countsLine(counts: Record<Category, number>): string {
  return (
    CATEGORIES.filter((c) => counts[c])
      .map((c) => `${c} ${counts[c]}`)
      .join(', ') || 'none'
  );
}
