import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { readCatalogue } from '../catalogue/read-catalogue.ts';
import { readConfig } from '../config/read-config.ts';
import { htmlReport } from '../check/report-html.ts';
import { jsonReport } from '../check/report-json.ts';
import { textReport } from '../check/report-text.ts';
import { runCheck } from '../check/run-check.ts';
import { defineCommand, EXIT, UsageError } from './command.ts';
import { catalogueOption, formatOption, outputOption } from './options.ts';

export const command = defineCommand({
  summary: 'Check contrast of declared pairs in every permutation, and token policy rules',
  options: {
    format: formatOption(['text', 'json', 'html']),
    output: outputOption(
      'Write the report to this file instead of stdout (html defaults to dist/contrast-matrix.html).',
    ),
    catalogue: catalogueOption(),
    config: {
      type: 'string',
      placeholder: '<file>',
      description: 'The config file with the check section (default: livery.config.json).',
    },
  },
  notes: ['Exit 1 when any rule set to "error" fails.'],
  async run({ values }) {
    const format = values.format;
    const config = readConfig(process.cwd(), values.config).check;
    const catalogue = readCatalogue(values.catalogue);
    const report = runCheck(catalogue, config);
    const output = format === 'json' ? jsonReport(report) : format === 'html' ? htmlReport(report) : textReport(report);
    const out = values.output ?? (format === 'html' ? 'dist/contrast-matrix.html' : undefined);
    if (out) {
      mkdirSync(dirname(resolve(out)), { recursive: true });
      writeFileSync(resolve(out), output);
      const summary =
        `livery check: ${report.errors} error${report.errors === 1 ? '' : 's'}, ` +
        `${report.warnings} warning${report.warnings === 1 ? '' : 's'} · ` +
        `${report.contrast.results.length} pairs measured · wrote ${out}\n`;
      (report.errors ? process.stderr : process.stdout).write(summary);
      if (format === 'html' && report.errors) process.stderr.write(textReport(report));
    } else {
      process.stdout.write(output);
    }
    return report.errors ? EXIT.findings : EXIT.ok;
  },
});
