/**
 * report.html: one self-contained page for people — a score and counts per type per page, charts
 * of the counts and the reuse rate (inline SVG, no scripts), the worst offenders with their crops,
 * and the delta against the baseline.
 */
import type { AuditReport } from './report-json.ts';
import { FINDING_TYPE_TITLES, FINDING_TYPES } from './types.ts';

const escape = (text: unknown) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)} %`);

function barChart(title: string, rows: { label: string; value: number; text: string }[], max: number): string {
  const height = rows.length * 24 + 8;
  const bars = rows
    .map((row, i) => {
      const width = max ? Math.round((row.value / max) * 360) : 0;
      return (
        `<text x="0" y="${i * 24 + 18}">${escape(row.label)}</text>` +
        `<rect x="240" y="${i * 24 + 4}" width="${width}" height="16" rx="2"></rect>` +
        `<text x="${246 + width}" y="${i * 24 + 18}">${escape(row.text)}</text>`
      );
    })
    .join('');
  return (
    `<figure><figcaption>${escape(title)}</figcaption>` +
    `<svg role="img" aria-label="${escape(title)}" width="680" height="${height}" viewBox="0 0 ` +
    `680 ${height}">${bars}</svg></figure>`
  );
}

export function auditHtml(report: AuditReport): string {
  const s = report.summary;
  const byType = barChart(
    'Findings by type',
    FINDING_TYPES.map((t) => ({ label: FINDING_TYPE_TITLES[t], value: s.byType[t], text: String(s.byType[t]) })),
    Math.max(1, ...FINDING_TYPES.map((t) => s.byType[t])),
  );
  const reuse = barChart(
    'Component reuse rate per page',
    report.pages
      .filter((p) => !p.error && p.reuse.rate !== null)
      .map((p) => ({
        label: `${p.page.replace(/^https?:\/\/[^/]+/, '')} · ${p.theme} · ${p.viewport}`.slice(-38),
        value: p.reuse.rate!,
        text: percent(p.reuse.rate),
      })),
    1,
  );
  const pageRows = report.pages
    .map((p) =>
      p.error
        ? `<tr class="error"><td>${escape(p.page)}</td><td>${escape(p.theme)}</td>` +
          `<td>${escape(p.viewport)}</td><td colspan="${FINDING_TYPES.length + 2}">${escape(p.error)}` +
          `</td></tr>`
        : `<tr><td>${escape(p.page)}</td><td>${escape(p.theme)}</td><td>${escape(p.viewport)}</td>` +
          `<td>${p.score ?? '—'}</td>${FINDING_TYPES.map((t) => `<td>${p.counts[t]}</td>`).join('')}` +
          `<td>${percent(p.reuse.rate)} (${p.reuse.system}/${p.reuse.system + p.reuse.rogue})</td>` +
          `</tr>`,
    )
    .join('');
  const worst = report.worst
    .slice(0, 20)
    .map(
      (o) =>
        `<li><h3>${escape(FINDING_TYPE_TITLES[o.type])}: <code>${escape(o.property)}</code> <code>` +
        `${escape(o.value)}</code> — ${o.count}× on ${o.pages} page${o.pages === 1 ? '' : 's'}</h3>` +
        `<p>${escape(o.example.message)}</p><p class="where">` +
        `${escape(o.example.page)} · ${escape(o.example.theme)} · ${escape(o.example.viewport)} · ` +
        `<code>${escape(o.example.selector)}</code>` +
        `</p>${o.example.crop ? `<img src="${escape(o.example.crop)}" alt="${escape(`crop of ${o.example.selector}`)}" loading="lazy">` : ''}` +
        `</li>`,
    )
    .join('');
  const fixedItems = (report.delta?.fixedFindings ?? [])
    .map(
      (f) =>
        `<li>fixed: ${escape(f.page)} · ${escape(f.theme)} · ` +
        `<code>${escape(f.selector)}</code> — ${escape(f.message)}</li>`,
    )
    .join('');
  const delta = report.delta
    ? `<section><h2>Since the last audit</h2><p>` +
      `<strong>${report.delta.new}</strong> new, ` +
      `<strong>${report.delta.unchanged}</strong> unchanged, ` +
      `<strong>${report.delta.fixed}</strong> fixed (baseline ${escape(report.delta.baseline)}).</p>` +
      `${fixedItems ? `<ul>${fixedItems}</ul>` : ''}` +
      `</section>`
    : '';
  return (
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(report.brand)} brand audit</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px/1.5 system-ui,sans-serif;margin:2rem;color:#1b1d22;background:#fff}h1{margin:0 0 .5rem}table{border-collapse:collapse;margin:1rem 0}
td,th{border:1px solid #d0d4dc;padding:.25rem .5rem;text-align:left}` +
    `tr.error td{background:#fdecec}figure{margin:1rem 0}` +
    `svg text{font:12px system-ui,sans-serif;fill:#1b1d22}
svg rect{fill:#325ee4}ol{padding-left:1.25rem}` +
    `li img{max-width:600px;border:1px solid #d0d4dc;display:block}.where{color:#555}` +
    `.score{font-size:2rem;font-weight:600}
</style></head><body>
<h1>${escape(report.brand)} brand audit</h1>
<p>${escape(report.auditedAt)} · ${s.pages} page runs ` +
    `(${escape(report.options.themes.join(', '))} × ` +
    `${escape(report.options.viewports.join(', '))}) · ${s.errors} could not be audited · ` +
    `${escape(report.tool.name)} ${escape(report.tool.version)}</p>
<p class="score">Score ${s.score ?? '—'} · ${s.findings} findings · component reuse ${percent(s.reuseRate)}</p>
${delta}
<section><h2>Counts</h2>${byType}${reuse}
<table><thead><tr><th>Page</th><th>Theme</th><th>Viewport</th>` +
    `<th>Score</th>${FINDING_TYPES.map((t) => `<th>${escape(FINDING_TYPE_TITLES[t])}</th>`).join('')}` +
    `<th>Reuse</th></tr></thead><tbody>${pageRows}</tbody></table></section>
<section><h2>Worst offenders</h2><ol>${worst || '<li>None: every audited element is on-brand.</li>'}</ol></section>
<p>Every finding, one JSON object a line: <a href="${escape(report.findingsFile)}">${escape(report.findingsFile)}</a>.</p>
</body></html>
`
  );
}
