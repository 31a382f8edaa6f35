import { existsSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readCatalogue } from '../catalogue/read-catalogue.ts';
import { ConfigError } from '../config/config-error.ts';
import { readConfig } from '../config/read-config.ts';
import { usageReport, usageText } from '../usage/report.ts';
import { usageHtml } from '../usage/report-html.ts';
import { EXIT, UsageError, type Command } from './command.ts';

const FORMATS = ['text', 'json', 'html'];

export const usageCommand: Command = {
  name: 'usage',
  summary: 'Adoption across consuming repos: token references, <lv-*> components, raw values, deprecated tokens',
  usage: 'livery usage [repo paths… (default: livery.config.json → usage.repos)] [--format text|json|html] [--out <file>] [--catalogue dist/tokens.json]   (exit 1 when a repo does not use livery)',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'text' }, out: { type: 'string' }, catalogue: { type: 'string' } },
    });
    if (!FORMATS.includes(values.format!)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${values.format}"`);
    if (!positionals.length) {
      try {
        positionals.push(...readConfig(process.cwd()).usage.repos);
      } catch (error) {
        if (error instanceof ConfigError) throw new UsageError(`configuration: ${error.message}`);
        throw error;
      }
    }
    if (!positionals.length) throw new UsageError('name at least one repository folder to scan (or list them in livery.config.json → "usage": { "repos" })');
    for (const repo of positionals) {
      if (!existsSync(repo)) throw new UsageError(`${repo} does not exist`);
      if (!statSync(repo).isDirectory()) throw new UsageError(`${repo} is not a folder`);
    }
    const catalogue = readCatalogue(values.catalogue);
    const report = usageReport(positionals, catalogue);
    for (const s of report.skipped) process.stderr.write(`livery usage: ${s.reason}\n`);
    if (!report.repos.length) {
      process.stderr.write('livery usage: none of the repos uses livery, so there is nothing to report\n');
      return EXIT.usage;
    }
    const output = values.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : values.format === 'html' ? usageHtml(report) : usageText(report);
    if (values.out) {
      writeFileSync(values.out, output);
      process.stdout.write(`wrote ${values.out}: ${report.repos.length} repos, ${Math.round((report.totals.tokenShare ?? 0) * 100)}% of styling through tokens\n`);
    } else {
      process.stdout.write(output);
    }
    return report.skipped.length ? EXIT.findings : EXIT.ok;
  },
};
