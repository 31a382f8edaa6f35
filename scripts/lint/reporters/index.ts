/** The output formats by name: the CLI and the lint workers pick a reporter here. */
import type { LintResult } from '../engine.ts';
import { github, githubReporter } from './github.ts';
import { json, jsonReporter } from './json.ts';
import type { Format, Reporter, ReporterOptions } from './reporter.ts';
import { sarif, sarifReporter } from './sarif.ts';
import { stylish, stylishReporter } from './stylish.ts';

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

/** A whole report from a result that holds every finding (after `--fix` or `--baseline-write`). */
export function renderResult(format: Format, options: ReporterOptions, result: LintResult): string {
  switch (format) {
    case 'json':
      return json(result);
    case 'sarif':
      return sarif(result, options.version);
    case 'github':
      return github(result);
    default:
      return stylish(result, options.color);
  }
}
