import { formatLc, formatRatio } from './color.ts';
import type { Usage } from './config.ts';
import { measure, requirement, type PairResult } from './evaluate.ts';
import type { CheckReport } from './run-check.ts';

/**
 * `--format html`: a self-contained contrast matrix (no scripts, no external files) that the docs
 * site embeds. One table per permutation: every declared foreground × every declared background.
 * Declared pairs are judged against their usage; other cells are shown for reference, judged
 * against the foreground's strictest declared usage, and marked "not declared".
 */
const STRICTNESS: Record<Usage, number> = { body: 3, large: 2, 'non-text': 1 };

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `
:root { color-scheme: light; font: 14px/1.4 system-ui, sans-serif; color: #1b1b1f; background: #fff; }
body { margin: 1.5rem; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
h2 { font-size: 1.1rem; margin: 2rem 0 .5rem; }
p, .legend { color: #44464f; margin: .25rem 0; }
.legend span { display: inline-block; margin-right: 1rem; }
.wrap { overflow-x: auto; max-width: 100%; }
table { border-collapse: separate; border-spacing: 3px; }
th { font-weight: 600; font-size: 12px; text-align: left; vertical-align: bottom; padding: 2px 4px; white-space: nowrap; }
thead th { writing-mode: vertical-rl; transform: rotate(180deg); max-height: 14rem; }
td { padding: 0; }
.cell { display: block; min-width: 5.5rem; border: 3px solid; border-radius: 6px; overflow: hidden; }
.pass { border-color: #1a7f37; }
.fail { border-color: #cf222e; }
.undeclared { border-style: dashed; }
.undeclared.pass { border-color: #a8d5b4; }
.undeclared.fail { border-color: #ebb0b5; }
.sample { display: block; padding: 6px 8px; font-size: 18px; font-weight: 600; text-align: center; }
.figures { display: block; padding: 2px 6px; font-size: 11px; background: #fff; color: #1b1b1f; white-space: nowrap; }
.verdict { font-weight: 700; }
.pass .verdict { color: #116329; }
.fail .verdict { color: #a40e26; }
.summary { margin: .25rem 0 0; }
.causes { margin: 1rem 0; padding: 0; list-style: none; }
.cause { border-left: 4px solid #cf222e; padding: .25rem .75rem; margin: .5rem 0; }
.cause.warning { border-color: #9a6700; }
.cause ul { margin: .25rem 0; padding-left: 1.25rem; }
.cause code { font-size: 12px; }
`;

/** Each root cause once, with the pairs and permutations it makes fail (the same objects as the text and JSON reports). */
function causesSection(report: CheckReport): string {
  if (!report.causes.length) return '';
  const items = report.causes.map((cause) => {
    const rules = Object.entries(cause.rules)
      .map(([id, n]) => `${escape(id)} ×${n}`)
      .join(', ');
    const pairs = cause.pairs.map(
      (p) =>
        `<li><code>${escape(p.fg)}</code> on <code>${escape(p.bg)}</code>` +
        `${p.usage ? ` (${escape(p.usage)})` : ''}: ` +
        `${p.permutations.map((x) => `${escape(x.name)}${x.ratio === undefined ? '' : ` ${formatRatio(x.ratio)}:1`}`).join(', ')}` +
        `</li>`,
    );
    const others = cause.findings
      .map((i) => report.findings[i]!)
      .filter((f) => !f.pair)
      .map((f) => `<li>${escape(f.message)}</li>`);
    return (
      `<li class="cause ${cause.severity}" data-cause="${escape(cause.id)}" ` +
      `data-findings="${cause.findings.length}">` +
      `<strong>${escape(cause.token || cause.file)}</strong> <small>` +
      `${escape(cause.file)}${cause.value ? ` · ${escape(cause.value)}` : ''}` +
      `</small>: ${cause.severity} behind ${cause.findings.length} ` +
      `finding${cause.findings.length === 1 ? '' : 's'} in ` +
      `${escape(cause.permutations.join(', ') || 'every permutation')} (${rules})` +
      `<ul>${[...pairs, ...others].join('')}</ul>${cause.fix ? `<p>fix: ${escape(cause.fix)}</p>` : ''}</li>`
    );
  });
  return (
    `<div class="root-causes"><h2>Root causes</h2>` +
    `<p>Findings grouped by the token whose value causes them (alias chains followed to the ` +
    `value both sides of a pair share, or the one at fault).</p>` +
    `<ul class="causes">${items.join('')}</ul></div>`
  );
}

function cell(r: PairResult, declared: boolean, cause?: string): string {
  const verdict = r.pass ? 'pass' : 'fail';
  const title =
    `${r.fg.name} ${r.fg.shown.hex} on ${r.bg.name} ${r.bg.shown.hex}: ` +
    `${formatRatio(r.ratio)}:1, needs ${r.required}:1 (${r.level} ` +
    `${r.pair.usage})${declared ? '' : ', not a declared pair'}; APCA Lc ${formatLc(r.lc)}`;
  return (
    `<td><span class="cell ${verdict}${declared ? ' declared' : ' undeclared'}" ` +
    `title="${escape(title)}" data-fg="${escape(r.fg.name)}" data-bg="${escape(r.bg.name)}" ` +
    `data-fg-hex="${r.fg.shown.hex}" data-bg-hex="${r.bg.shown.hex}" data-ratio="${r.ratio}" ` +
    `data-lc="${r.lc}" data-required="${r.required}" data-usage="${r.pair.usage}" ` +
    `data-pass="${r.pass}" data-declared="${declared}"` +
    `${cause ? ` data-cause="${escape(cause)}"` : ''}>` +
    `<span class="sample" style="color:${r.fg.shown.hex};background:${r.bg.shown.hex}">Aa</span>` +
    (`<span class="figures"><span class="verdict">${r.pass ? '✓' : '✗'} ${verdict}` +
      `</span> <span class="ratio">${formatRatio(r.ratio)}:1</span> <span class="lc">Lc ` +
      `${formatLc(r.lc)}</span>${declared ? '' : ' <span class="note">(n/d)</span>'}</span>` +
      `</span></td>`)
  );
}

export function htmlReport(report: CheckReport): string {
  const { pairs } = report;
  // Text first, then the rest; surfaces first among backgrounds: declared cells cluster top-left.
  const rank = (name: string, first: string) => (name.includes(first) ? `0${name}` : `1${name}`);
  const fgs = [...new Set(pairs.map((p) => p.fg))].sort((a, b) => rank(a, '.text.').localeCompare(rank(b, '.text.')));
  const bgs = [...new Set(pairs.map((p) => p.bg))].sort((a, b) =>
    rank(a, '.surface.').localeCompare(rank(b, '.surface.')),
  );
  const usageOf = new Map<string, Usage>();
  for (const p of pairs) {
    const u = usageOf.get(p.fg);
    if (!u || STRICTNESS[p.usage] > STRICTNESS[u]) usageOf.set(p.fg, p.usage);
  }
  const declared = new Map(
    report.contrast.results.map((r) => [`${r.permutation.name}\u0000${r.pair.fg}\u0000${r.pair.bg}`, r]),
  );
  const causeOf = new Map<string, string>();
  for (const f of report.findings)
    if (f.pair && f.permutation && f.cause)
      causeOf.set(`${f.permutation}\u0000${f.pair.fg}\u0000${f.pair.bg}`, f.cause);
  const sections: string[] = [];
  for (const permutation of report.permutations) {
    const colors = report.colors.get(permutation.name);
    if (!colors) continue;
    let failed = 0;
    let count = 0;
    const rows = fgs.map((fg) => {
      const cells = bgs.map((bg) => {
        const key = `${permutation.name}\u0000${fg}\u0000${bg}`;
        const r = declared.get(key);
        if (r) {
          count++;
          if (!r.pass) failed++;
          return cell(r, true, causeOf.get(key));
        }
        const usage = usageOf.get(fg)!;
        const measured =
          fg === bg
            ? undefined
            : measure(colors, { fg, bg, usage, declaredIn: { file: '', at: '' } }, report.contrast.levels);
        return measured ? cell(measured, false) : '<td></td>';
      });
      return `<tr><th scope="row">${escape(fg)} <small>(${usageOf.get(fg)})</small></th>${cells.join('')}</tr>`;
    });
    const level = requirement(report.contrast.levels, 'body', permutation).level;
    sections.push(
      `<section data-permutation="${escape(permutation.name)}"><h2>${escape(permutation.name)} <small>(${Object.entries(
        permutation.selection,
      )
        .map(([k, v]) => `${escape(k)}=${escape(v)}`)
        .join(', ')}; WCAG ${level})</small></h2>` +
        `<p class="summary">${count} declared pairs, ${failed} failing</p>` +
        (`<div class="wrap"><table><thead><tr><th></th>` +
          `${bgs.map((bg) => `<th scope="col">${escape(bg)}</th>`).join('')}</tr></thead>` +
          `<tbody>${rows.join('')}</tbody></table></div></section>`),
    );
  }
  const { aa, aaa, enhancedContexts } = report.contrast.levels;
  return (
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(report.catalogue.data.name)} contrast matrix</title><style>${STYLE}</style></head>
<body><main>
<h1>${escape(report.catalogue.data.name)} contrast matrix</h1>
<p>Every declared foreground (rows) on every declared background (columns), per ` +
    `permutation. WCAG 2.x ratios are truncated, never rounded up; translucent colours are ` +
    `composited first. APCA Lc is shown as advice.</p>
<p class="legend"><span>AA: body ${aa.body}, large ${aa.large}, non-text ${aa['non-text']}` +
    `</span><span>AAA (${enhancedContexts.map(escape).join(', ')}): body ${aaa.body}, large ` +
    `${aaa.large}, non-text ${aaa['non-text']}</span>` +
    `<span>solid border: declared pair (checked) · pale dashed: not declared, shown for ` +
    `reference and judged as the row's usage</span></p>
<p class="legend"><span>${report.errors} errors, ${report.warnings} warnings, ` +
    `${report.causes.length} root cause${report.causes.length === 1 ? '' : 's'}</span></p>
${causesSection(report)}
${sections.join('\n')}
</main></body></html>
`
  );
}
