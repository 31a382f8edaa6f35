/** `--format github`: workflow commands, so findings show as annotations on the pull request. */
import { renderAll, type Reporter } from './reporter.ts';
import type { LintResult } from '../types.ts';

const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function githubReporter(): Reporter {
  return {
    begin: () => '',
    file: (findings) =>
      findings
        .map(
          (f) =>
            `::${f.severity === 'error' ? 'error' : 'warning'} ` +
            `file=${property(f.file)},line=${f.line},col=${f.column},endLine=${f.endLine},` +
            `endColumn=${f.endColumn},title=${property(`livery ${f.ruleId}`)}::` +
            `${data(`${f.message} (${f.ruleId})`)}\n`,
        )
        .join(''),
    separator: '',
    end: (totals) =>
      totals.skipped
        .map((s) => `::notice file=${property(s.file)},title=livery lint skipped a file::${data(s.reason)}\n`)
        .join(''),
  };
}

export function github(result: LintResult): string {
  return renderAll(githubReporter(), result, () => '');
}
