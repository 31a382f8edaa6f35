/** The output formats by name: the CLI and the lint workers pick a reporter here. */
import { githubReporter } from './github.ts';
import { jsonReporter } from './json.ts';
import type { Format, Reporter, ReporterOptions } from './reporter.ts';
import { sarifReporter } from './sarif.ts';
import { stylishReporter } from './stylish.ts';

export function reporterFor(format: Format, options: ReporterOptions): Reporter {
  switch (format) {
    case 'json':
      return jsonReporter();
    case 'sarif':
      return sarifReporter(options.version);
    case 'github':
      return githubReporter();
    default:
      return stylishReporter(options.color);
  }
}
