import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readCatalogue } from '../catalogue/read-catalogue.ts';
import { ConfigError } from '../config/config-error.ts';
import { readConfig } from '../config/read-config.ts';
import { htmlReport } from '../check/report-html.ts';
import { jsonReport } from '../check/report-json.ts';
import { textReport } from '../check/report-text.ts';
import { runCheck } from '../check/run-check.ts';
import { EXIT, UsageError, type Command } from './command.ts';

const FORMATS = ['text', 'json', 'html'] as const;

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check contrast of declared pairs in every permutation, and token policy rules',
  usage: 'livery check [--format text|json|html] [--out file] [--catalogue dist/tokens.json] [--config livery.config.json]\n  html is written to dist/contrast-matrix.html unless --out is given. Exit 1 when any rule set to "error" fails.',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        out: { type: 'string' },
        catalogue: { type: 'string' },
        config: { type: 'string' },
      },
    });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be ${FORMATS.join(', ')}; got "${values.format}"`);
    let config;
    try {
      config = readConfig(process.cwd(), values.config).check;
    } catch (error) {
      if (error instanceof ConfigError) throw new UsageError(`configuration: ${error.message}`);
      throw error;
    }
    const catalogue = readCatalogue(values.catalogue);
    const report = runCheck(catalogue, config);
    const output = format === 'json' ? jsonReport(report) : format === 'html' ? htmlReport(report) : textReport(report);
    const out = values.out ?? (format === 'html' ? 'dist/contrast-matrix.html' : undefined);
    if (out) {
      mkdirSync(dirname(resolve(out)), { recursive: true });
      writeFileSync(resolve(out), output);
      const summary = `livery check: ${report.errors} error${report.errors === 1 ? '' : 's'}, ${report.warnings} warning${report.warnings === 1 ? '' : 's'} · ${report.contrast.results.length} pairs measured · wrote ${out}\n`;
      (report.errors ? process.stderr : process.stdout).write(summary);
      if (format === 'html' && report.errors) process.stderr.write(textReport(report));
    } else {
      process.stdout.write(output);
    }
    return report.errors ? EXIT.findings : EXIT.ok;
  },
};
