/**
 * Token coverage: of the declarations that carry a style value, how many go through tokens. A
 * declaration counts as `raw` when a raw-value rule (`meta.rawValues`) reports inside it — even if
 * a disable comment or the allowlist hides the report, the value is still raw — and as `tokens`
 * when it refers to a Livery token; neutral ones (`0`, `inherit`, layout) are not counted. The
 * same measure as `livery usage`'s "styling through tokens", counted while linting.
 */
import type { Coverage, CoverageCount, Language } from './types.ts';

export type { Coverage, CoverageCount };

export function addCoverage(into: Coverage, language: Language, count: CoverageCount | undefined): void {
  if (!count || (!count.tokens && !count.raw)) return;
  const slot = (into[language] ??= { tokens: 0, raw: 0 });
  slot.tokens += count.tokens;
  slot.raw += count.raw;
}

/** Share of counted declarations through tokens, 0–100; null when nothing was counted. */
export function coveragePercent(count: CoverageCount): number | null {
  const all = count.tokens + count.raw;
  return all ? (count.tokens / all) * 100 : null;
}

export function totalCoverage(coverage: Coverage): CoverageCount {
  const total = { tokens: 0, raw: 0 };
  for (const count of Object.values(coverage)) ((total.tokens += count.tokens), (total.raw += count.raw));
  return total;
}

/** `72.4%`, or `–` when nothing was counted. */
export function formatPercent(percent: number | null): string {
  return percent === null ? '–' : `${Math.floor(percent * 10) / 10}%`;
}

/** For reports: total and per language, with percents. */
export function coverageSummary(coverage: Coverage): {
  tokens: number;
  raw: number;
  percent: number | null;
  byLanguage: Record<string, { tokens: number; raw: number; percent: number | null }>;
} {
  const total = totalCoverage(coverage);
  const round = (p: number | null) => (p === null ? null : Math.floor(p * 10) / 10);
  const byLanguage = Object.fromEntries(
    Object.entries(coverage)
      // (language ids are lower-case ASCII, so this is localeCompare's order without loading ICU: 14 ms)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([language, c]) => [language, { ...c, percent: round(coveragePercent(c)) }]),
  );
  return { ...total, percent: round(coveragePercent(total)), byLanguage };
}
