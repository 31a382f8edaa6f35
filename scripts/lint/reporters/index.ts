/** The output formats by name: the CLI and the lint workers pick a reporter here. */
import { githubReporter } from './github.ts';
import { jsonReporter } from './json.ts';
import { renderAll, type Format, type Reporter, type ReporterOptions } from './reporter.ts';
import { sarifReporter } from './sarif.ts';
import { sourceLines, stylishReporter } from './stylish.ts';
import type { LintResult } from '../types.ts';

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
  return renderAll(reporterFor(format, options), result, sourceLines(result.cwd));
}
