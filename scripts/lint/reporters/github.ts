/** `--format github`: workflow commands, so findings show as annotations on the pull request. */
import type { LintResult } from '../engine.ts';

const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function github(result: LintResult): string {
  const lines = result.findings.map((f) => {
    const level = f.severity === 'error' ? 'error' : 'warning';
    return `::${level} file=${property(f.file)},line=${f.line},col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn},title=${property(`livery ${f.ruleId}`)}::${data(`${f.message} (${f.ruleId})`)}`;
  });
  for (const s of result.skipped) lines.push(`::notice file=${property(s.file)},title=livery lint skipped a file::${data(s.reason)}`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}
