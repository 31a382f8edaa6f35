import { CATEGORIES, type Category } from './categories.ts';
import { percent, type UsageReport } from './report.ts';

/**
 * A self-contained HTML page (inline SVG charts, no scripts, no network) that a brand team can
 * attach to an email or publish as a CI artifact.
 */
const esc = (s: unknown) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const PALETTE: Record<Category, string> = {
  color: '#4f46e5',
  space: '#0891b2',
  typography: '#c2410c',
  radius: '#65a30d',
  border: '#7c3aed',
  shadow: '#475569',
  motion: '#db2777',
  opacity: '#0d9488',
  'z-index': '#ca8a04',
  size: '#2563eb',
  other: '#94a3b8',
};
const TOKENS = '#15803d';
const RAW = '#dc2626';

interface Bar {
  label: string;
  parts: { value: number; color: string; title: string }[];
  note: string;
}

/** Horizontal stacked bars, one row per item, scaled to the largest total. */
function barChart(title: string, bars: Bar[], legend: { label: string; color: string }[]): string {
  const rowHeight = 28;
  const labelWidth = 170;
  const barWidth = 460;
  const noteWidth = 150;
  const max = Math.max(1, ...bars.map((b) => b.parts.reduce((n, p) => n + p.value, 0)));
  const height = bars.length * rowHeight + 10;
  const rows = bars.map((bar, i) => {
    const y = i * rowHeight + 5;
    let x = labelWidth;
    const rects = bar.parts
      .filter((p) => p.value > 0)
      .map((p) => {
        const w = Math.max(1, (p.value / max) * barWidth);
        const rect =
          `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${rowHeight - 8}" ` +
          `fill="${p.color}"><title>${esc(p.title)}</title></rect>`;
        x += w;
        return rect;
      });
    return (
      `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${esc(bar.label)}</text>` +
      `${rects.join('')}<text x="${labelWidth + barWidth + 8}" y="${y + 15}">${esc(bar.note)}` +
      `</text>`
    );
  });
  const legendHtml = legend
    .map((l) => `<span class="key"><i style="background:${l.color}"></i>${esc(l.label)}</span>`)
    .join('');
  return (
    `<figure><figcaption>${esc(title)}</figcaption>` +
    `<svg role="img" aria-label="${esc(title)}" viewBox="0 0 ` +
    `${labelWidth + barWidth + noteWidth} ${height}" width="100%">${rows.join('')}</svg>` +
    `<div class="legend">${legendHtml}</div></figure>`
  );
}

const shareBars = (rows: { label: string; tokens: number; raw: number }[]): Bar[] =>
  rows.map((r) => ({
    label: r.label,
    parts: [
      { value: r.tokens, color: TOKENS, title: `${r.label}: ${r.tokens} declarations through tokens` },
      { value: r.raw, color: RAW, title: `${r.label}: ${r.raw} declarations with raw values` },
    ],
    note: `${percent(r.tokens + r.raw ? r.tokens / (r.tokens + r.raw) : null)} tokens`,
  }));

const SHARE_LEGEND = [
  { label: 'through tokens', color: TOKENS },
  { label: 'raw values', color: RAW },
];

export function usageHtml(report: UsageReport): string {
  const t = report.totals;
  const usedCategories = CATEGORIES.filter((c) => t.declarations[c].tokens + t.declarations[c].raw > 0);
  const byCategory = barChart(
    'Styling through tokens, by category (all repos)',
    shareBars(usedCategories.map((c) => ({ label: c, ...t.declarations[c] }))),
    SHARE_LEGEND,
  );
  const byRepo = barChart(
    'Styling through tokens, by repo',
    shareBars(
      report.repos.map((r) => ({
        label: r.name,
        tokens: Object.values(r.declarations).reduce((n, d) => n + d.tokens, 0),
        raw: r.raw.total,
      })),
    ),
    SHARE_LEGEND,
  );
  const refCategories = CATEGORIES.filter((c) => t.referencesByCategory[c] > 0);
  const references = barChart(
    'Token references by category, per repo',
    report.repos.map((r) => ({
      label: r.name,
      parts: refCategories.map((c) => ({
        value: r.references.byCategory[c],
        color: PALETTE[c],
        title: `${r.name}: ${r.references.byCategory[c]} ${c} references`,
      })),
      note: `${r.references.total} refs`,
    })),
    refCategories.map((c) => ({ label: c, color: PALETTE[c] })),
  );
  const rawChart = barChart(
    'Raw values left, by category, per repo',
    report.repos.map((r) => ({
      label: r.name,
      parts: CATEGORIES.map((c) => ({
        value: r.raw.byCategory[c],
        color: PALETTE[c],
        title: `${r.name}: ${r.raw.byCategory[c]} raw ${c} values`,
      })),
      note: `${r.raw.total} raw`,
    })),
    CATEGORIES.filter((c) => t.rawByCategory[c] > 0).map((c) => ({ label: c, color: PALETTE[c] })),
  );
  const cards = [
    ['Repos', t.repos],
    ['Styling through tokens', percent(t.tokenShare)],
    ['Token references', t.references],
    ['Raw values', t.raw],
    ['Deprecated token uses', t.deprecatedUses],
    ['Component instances', Object.values(t.components).reduce((n, c) => n + c, 0)],
    ['Unused tokens', `${t.unusedTokens} / ${report.catalogue.tokens}`],
  ]
    .map(([label, value]) => `<div class="card"><b>${esc(value)}</b><span>${esc(label)}</span></div>`)
    .join('');

  const repoSections = report.repos.map((r) => {
    const components = Object.entries(r.components).sort((a, b) => b[1] - a[1]);
    const componentList = components.length
      ? `<p>${components.map(([tag, n]) => `<code>&lt;${esc(tag)}&gt;</code> ×${n}`).join(' · ')}</p>`
      : '<p>No <code>&lt;lv-*&gt;</code> components used.</p>';
    const deprecatedRows = r.deprecated
      .map((d) => {
        const replacement = d.replacement ? `<code>${esc(d.replacement)}</code>` : esc(d.message);
        const where = d.locations
          .slice(0, 5)
          .map((l) => `${esc(l.file)}:${l.line}`)
          .join('<br>');
        return `<tr><td><code>${esc(d.token)}</code></td><td>${d.count}</td><td>${replacement}</td><td>${where}</td></tr>`;
      })
      .join('');
    const deprecated = r.deprecated.length
      ? '<table><thead><tr><th>Token</th><th>Uses</th><th>Replace with</th><th>Where</th></tr></thead>' +
        `<tbody>${deprecatedRows}</tbody></table>`
      : '<p>None.</p>';
    const rawRows = r.raw.samples
      .map(
        (s) =>
          `<tr><td>${esc(s.file)}:${s.line}</td><td>${s.category}</td>` +
          `<td><code>${esc(s.property)}: ${esc(s.value)}</code></td></tr>`,
      )
      .join('');
    const raw = r.raw.samples.length
      ? `<table><thead><tr><th>Where</th><th>Category</th><th>Declaration</th></tr></thead><tbody>${rawRows}</tbody></table>`
      : '<p>None.</p>';
    return (
      `<section><h2>${esc(r.name)} <small>${esc(r.repo)} · livery ${esc(r.liveryVersion)} · ` +
      `${r.files} files · ${percent(r.tokenShare)} through tokens</small></h2>
<table><thead><tr><th>Category</th><th>Token references</th><th>Declarations through tokens</th><th>Raw values</th></tr></thead><tbody>
${CATEGORIES.filter((c) => r.references.byCategory[c] || r.declarations[c].tokens || r.raw.byCategory[c])
  .map(
    (c) =>
      `<tr><td>${c}</td><td>${r.references.byCategory[c]}</td><td>${r.declarations[c].tokens}</td><td>${r.raw.byCategory[c]}</td></tr>`,
  )
  .join('\n')}
</tbody></table>
<h3>Components</h3>${componentList}
<h3>Deprecated tokens in use</h3>${deprecated}
<h3>Raw values (first ${r.raw.samples.length} of ${r.raw.total})</h3>${raw}
${
  r.unknown.length
    ? `<h3>Unknown <code>--lv-*</code> names</h3><p>${r.unknown
        .slice(0, 20)
        .map((u) => `<code>${esc(u.name)}</code> ×${u.count} (${esc(u.first.file)}:${u.first.line})`)
        .join(' · ')}</p>`
    : ''
}
</section>`
    );
  });
  const skipped = report.skipped.length
    ? `<section><h2>Repos left out</h2><ul>${report.skipped.map((s) => `<li>${esc(s.reason)}</li>`).join('')}</ul></section>`
    : '';

  return (
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Livery usage report</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;color:#1e293b;margin:2rem auto;max-width:60rem;padding:0 1rem}
h1{margin-bottom:0}h2 small{font-weight:400;font-size:.8rem;color:#64748b;display:block}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.75rem;margin:1.5rem 0}
.card{border:1px solid #e2e8f0;border-radius:.5rem;padding:.75rem}.card b{display:block;font-size:1.5rem}.card span{color:#64748b;font-size:.85rem}
figure{margin:1.5rem 0}figcaption{font-weight:600;margin-bottom:.5rem}svg text{font-size:12px;fill:#334155}
.legend{display:flex;gap:1rem;flex-wrap:wrap;font-size:.8rem}` +
    `.key i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;` +
    `vertical-align:-1px;border-radius:2px}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.85rem}` +
    `th,td{text-align:left;border-bottom:1px solid #e2e8f0;padding:.3rem ` +
    `.5rem;vertical-align:top}
code{font-size:.85em;background:#f1f5f9;padding:0 .2em;border-radius:3px}section{border-top:2px solid #e2e8f0;margin-top:2rem}
</style></head><body>
<h1>Livery usage report</h1>
<p>${t.repos} repo${t.repos === 1 ? '' : 's'} · catalogue of ${report.catalogue.tokens} ` +
    `tokens (${report.catalogue.deprecated} deprecated) · generated ${esc(report.generatedAt)}` +
    `</p>
<div class="cards">${cards}</div>
${byCategory}
${byRepo}
${references}
${rawChart}
${repoSections.join('\n')}
${skipped}
</body></html>
`
  );
}
