/** `--format json`: every finding, skipped file and count, for scripts. */
import type { LintResult } from '../engine.ts';
import type { Finding } from '../types.ts';

export function json(result: LintResult): string {
  return [...jsonChunks(result)].join('');
}

/** The same JSON in pieces of a few thousand findings, so a huge report is never one giant string. */
export function* jsonChunks(result: LintResult): Generator<string> {
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const summary = { files: result.files, errors, warnings: result.findings.length - errors, skipped: result.skipped.length, baselined: result.baselined, allowlisted: result.allowlisted };
  // one finding per line: readable, and far cheaper than indenting a million objects
  const finding = (f: Finding) =>
    `    {"ruleId":${JSON.stringify(f.ruleId)},"severity":"${f.severity}","file":${JSON.stringify(f.file)},"line":${f.line},"column":${f.column},"endLine":${f.endLine},"endColumn":${f.endColumn},"message":${JSON.stringify(f.message)}${f.value !== undefined ? `,"value":${JSON.stringify(f.value)}` : ''}${f.fingerprint ? `,"fingerprint":"${f.fingerprint}"` : ''},"fixable":${f.fix !== undefined}}`;
  yield `{\n  "version": 1,\n  "summary": ${JSON.stringify(summary)},\n  "findings": [`;
  const { findings } = result;
  for (let i = 0; i < findings.length; i += 5000) {
    yield `${i ? ',' : ''}\n${findings.slice(i, i + 5000).map(finding).join(',\n')}`;
  }
  yield `${findings.length ? '\n  ' : ''}],\n  "skipped": ${JSON.stringify(result.skipped)}\n}\n`;
}
