import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Expectations } from '../audit/expectations.ts';
import { FINDINGS_FILE, FindingLog, readBaseline } from '../audit/finding-log.ts';
import { auditHtml } from '../audit/report-html.ts';
import { buildReport } from '../audit/report-json.ts';
import { findChromium, sweep } from '../audit/sweep.ts';
import { parseViewports, readSitemap, readUrlList, targetUrl } from '../audit/targets.ts';
import { readCatalogue } from '../catalogue/read-catalogue.ts';
import { readConfig } from '../config/read-config.ts';
import { defineCommand, EXIT, UsageError } from './command.ts';
import { writeOutput } from './output.ts';
import { catalogueOption } from './options.ts';

export const command = defineCommand({
  summary:
    'Sweep live pages in Chromium: color drift, type and spacing off the scales, rogue components, logo look-alikes, WCAG 2 AA',
  arguments: '<url|file.html>…',
  options: {
    urls: {
      type: 'string',
      placeholder: '<list.txt>',
      description: 'Also audit the URLs or HTML files listed in this file, one a line (# starts a comment).',
    },
    sitemap: {
      type: 'string',
      placeholder: '<url>',
      description: 'Also audit every page of this sitemap (a sitemap index is followed one level).',
    },
    themes: {
      type: 'string',
      placeholder: '<light,dark|all>',
      description: "Contexts of the brand's first modifier to render each page in (default: its default context).",
    },
    viewport: {
      type: 'string',
      placeholder: '<1280x800,390x844>',
      default: '1280x800',
      description: 'Viewport sizes to render each page at.',
    },
    output: {
      type: 'string',
      placeholder: '<folder>',
      aliases: ['out'],
      default: 'audit-report',
      description: 'Folder for report.json, report.html, findings.jsonl and crops/.',
    },
    baseline: {
      type: 'string',
      placeholder: '<report.json>',
      description: 'The report.json of an earlier audit: the report says what is new, unchanged and fixed.',
    },
    'max-new': {
      type: 'string',
      placeholder: '<n>',
      description: 'Exit 1 when more than n findings are new (without --baseline every finding is new).',
    },
    concurrency: {
      type: 'string',
      placeholder: '<tabs>',
      default: '4',
      description: 'Pages audited at once, each in its own tab.',
    },
    timeout: {
      type: 'string',
      placeholder: '<ms>',
      default: '30000',
      description: 'Per page: load and settle within this, or the page is reported as an error.',
    },
    'allow-host': {
      type: 'string',
      placeholder: '<host>',
      multiple: true,
      description: 'A host pages may redirect to (repeatable); redirects to other hosts are not followed.',
    },
    'storage-state': {
      type: 'string',
      placeholder: '<file>',
      description: 'A Playwright storage-state file (cookies, localStorage) for pages behind a login.',
    },
    chromium: {
      type: 'string',
      placeholder: '<path>',
      description: 'The Chromium to drive (default: LIVERY_CHROMIUM, CHROMIUM_PATH, then /usr/bin/chromium).',
    },
    'max-elements': {
      type: 'string',
      placeholder: '<n>',
      default: '20000',
      description: 'Pages with more elements than this are reported as an error instead of audited.',
    },
    'max-crops': {
      type: 'string',
      placeholder: '<n>',
      default: '12',
      description: 'Cropped screenshots taken per page (flagged elements in report order; 0 for none).',
    },
    catalogue: catalogueOption(),
  },
  notes: [
    'Needs Playwright (npm install --save-dev playwright-core) and a Chromium; no browser is downloaded.',
    'Exit 1 when more findings are new than --max-new allows.',
  ],
  async run({ values, positionals }) {
    const integer = (flag: string, text: string | undefined, min: number): number | undefined => {
      if (text === undefined) return undefined;
      const n = Number(text);
      if (!Number.isInteger(n) || n < min)
        throw new UsageError(`--${flag} must be a whole number of at least ${min}, got "${text}"`);
      return n;
    };
    const maxNew = integer('max-new', values['max-new'], 0);
    const outDir = values.output;

    let targets = positionals.map(targetUrl);
    if (values.urls) targets.push(...readUrlList(values.urls));
    if (values.sitemap) targets.push(...(await readSitemap(values.sitemap)));
    const viewports = parseViewports(values.viewport);
    targets = [...new Set(targets)];
    if (!targets.length)
      throw new UsageError('name at least one page: a URL, an HTML file, --urls list.txt or --sitemap <url>');

    const catalogue = readCatalogue(values.catalogue);
    const themeModifier = catalogue.modifiers[0];
    const contexts = themeModifier?.contexts ?? ['default'];
    const themes = !values.themes
      ? [themeModifier?.default ?? 'default']
      : values.themes === 'all'
        ? contexts
        : values.themes.split(',').map((t) => t.trim());
    for (const theme of themes) {
      if (!contexts.includes(theme))
        throw new UsageError(
          `--themes: "${theme}" is not a context of ${themeModifier?.name ?? 'the brand'}; use ${contexts.join(', ')} or all`,
        );
    }
    const baseline = values.baseline ? readBaseline(values.baseline) : undefined;
    const chromium = findChromium(values.chromium);
    const storageState = values['storage-state'];
    if (storageState) {
      try {
        const state = JSON.parse(readFileSync(storageState, 'utf8')) as { cookies?: unknown };
        if (!Array.isArray(state.cookies)) throw new Error('it has no "cookies" list');
      } catch (error) {
        throw new UsageError(
          `--storage-state ${storageState} is not a Playwright storage-state file ` +
            `(${(error as Error).message}); save one with \`context.storageState({ path }` +
            `)\` after logging in`,
        );
      }
    }

    const expectations = new Expectations(catalogue, readConfig(process.cwd()).lint.roles);
    mkdirSync(outDir, { recursive: true });
    const log = new FindingLog(join(outDir, FINDINGS_FILE), baseline);
    let pages;
    try {
      pages = await sweep(
        {
          targets,
          themes,
          viewports,
          outDir,
          concurrency: integer('concurrency', values.concurrency, 1)!,
          timeoutMs: integer('timeout', values.timeout, 100)!,
          allowHosts: values['allow-host'],
          storageState,
          chromium,
          maxElements: integer('max-elements', values['max-elements'], 1)!,
          maxCropsPerPage: integer('max-crops', values['max-crops'], 0)!,
          onPage: (p) => {
            const counts = Object.values(p.counts).reduce((a, b) => a + b, 0);
            process.stderr.write(
              p.error
                ? `✖ ${p.page} [${p.theme} ${p.viewport}] ${p.error}\n`
                : `✔ ${p.page} [${p.theme} ${p.viewport}] ${counts} findings, score ${p.score}, ${Math.round(p.ms)} ms\n`,
            );
          },
        },
        expectations,
        log,
      );
    } finally {
      log.close();
    }
    const report = buildReport({
      brand: catalogue.data.name,
      themes,
      viewports: viewports.map((v) => v.label),
      targets,
      pages,
      log,
    });
    writeOutput(`${JSON.stringify(report, null, 2)}\n`, join(outDir, 'report.json'));
    writeOutput(auditHtml(report), join(outDir, 'report.html'));

    const s = report.summary;
    const reuse = s.reuseRate === null ? 'no controls' : `${Math.round(s.reuseRate * 100)}% of controls are components`;
    process.stdout.write(
      `audited ${s.pages - s.errors} of ${s.pages} page runs: ${s.findings} findings (${Object.entries(s.byType)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}), ${reuse}, score ${s.score ?? '—'}\n`,
    );
    if (report.delta)
      process.stdout.write(
        `since ${report.delta.baseline}: ${report.delta.new} new, ${report.delta.unchanged} unchanged, ${report.delta.fixed} fixed\n`,
      );
    process.stdout.write(`wrote ${join(outDir, 'report.html')} and report.json\n`);
    const newFindings = report.delta ? report.delta.new : s.findings;
    if (maxNew !== undefined && newFindings > maxNew) {
      process.stderr.write(`livery audit: ${newFindings} new findings, more than --max-new ${maxNew}\n`);
      return EXIT.findings;
    }
    return EXIT.ok;
  },
});
