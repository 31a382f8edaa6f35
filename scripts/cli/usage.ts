import { existsSync, statSync } from 'node:fs';
import { readCatalogue } from '../catalogue/read-catalogue.ts';
import { readConfig } from '../config/read-config.ts';
import { usageReport, usageText } from '../usage/report.ts';
import { usageHtml } from '../usage/report-html.ts';
import { readUsageReport } from '../usage/saved-report.ts';
import { defineCommand, EXIT, UsageError } from './command.ts';
import { writeOutput } from './output.ts';
import { catalogueOption, formatOption, outputOption } from './options.ts';

export const command = defineCommand({
  summary: 'Adoption across consuming repos: token references, <lv-*> components, raw values, deprecated tokens',
  arguments: '[repo paths or saved reports…]',
  options: {
    format: formatOption(['text', 'json', 'html']),
    output: outputOption(),
    catalogue: catalogueOption(),
  },
  notes: [
    'Without paths, the repos listed in livery.config.json → "usage": { "repos" } are scanned.',
    'A .json path is a report saved by `livery usage <repo> --format json --output <file>`: its repos are merged in, not scanned again.',
    'Exit 1 when a named repo does not use liverykit (it is skipped and named).',
  ],
  async run({ values, positionals }) {
    if (!positionals.length) positionals.push(...readConfig(process.cwd()).usage.repos);
    if (!positionals.length)
      throw new UsageError(
        'name at least one repository folder to scan (or list them in livery.config.json → "usage": { "repos" })',
      );
    const repos: string[] = [];
    const saved: string[] = [];
    for (const path of positionals) {
      if (!existsSync(path)) throw new UsageError(`${path} does not exist`);
      if (statSync(path).isDirectory()) repos.push(path);
      else if (path.endsWith('.json')) saved.push(path);
      else throw new UsageError(`${path} is not a folder (a repository) or a .json usage report`);
    }
    const catalogue = readCatalogue(values.catalogue);
    const report = usageReport(repos, catalogue, new Date(), saved.map(readUsageReport));
    for (const s of report.skipped) process.stderr.write(`livery usage: ${s.reason}\n`);
    if (!report.repos.length) {
      process.stderr.write('livery usage: none of the repos uses livery, so there is nothing to report\n');
      return EXIT.usage;
    }
    const output =
      values.format === 'json'
        ? `${JSON.stringify(report, null, 2)}\n`
        : values.format === 'html'
          ? usageHtml(report)
          : usageText(report);
    if (values.output) {
      writeOutput(output, values.output);
      process.stdout.write(
        `wrote ${values.output}: ${report.repos.length} repos, ${Math.round((report.totals.tokenShare ?? 0) * 100)}% of styling through tokens\n`,
      );
    } else {
      process.stdout.write(output);
    }
    return report.skipped.length ? EXIT.findings : EXIT.ok;
  },
});
