import { parseArgs } from 'node:util';
import { DiagnosticsError } from '../diagnostics.ts';
import { ChangesetError } from '../diff/changesets.ts';
import { bumpReason } from '../diff/diff-tokens.ts';
import { describeChange, summaryLine } from '../diff/format-diff.ts';
import { GitError } from '../diff/git.ts';
import { releaseCheck } from '../diff/release-check.ts';
import { printDiagnostics } from '../logger.ts';
import { EXIT, UsageError, type Command } from './command.ts';

export const releaseCheckCommand: Command = {
  name: 'release-check',
  summary: 'CI gate: token changes against the base branch need a changeset, breaking ones a major one',
  usage: 'livery release-check [--base <git-ref>] [--resolver tokens/livery.resolver.json] [--format text|json]',
  async run(args) {
    const { values } = parseArgs({ args, options: { base: { type: 'string' }, resolver: { type: 'string' }, format: { type: 'string', default: 'text' } } });
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, got "${values.format}"`);
    let result;
    try {
      result = releaseCheck({ cwd: process.cwd(), base: values.base, resolver: values.resolver });
    } catch (error) {
      if (error instanceof GitError || error instanceof ChangesetError) {
        process.stderr.write(`livery release-check: ${error.message}\n`);
        return EXIT.usage;
      }
      if (error instanceof DiagnosticsError) {
        printDiagnostics(error.diagnostics);
        process.stderr.write('livery release-check: the tokens do not load, so they cannot be compared\n');
        return EXIT.findings;
      }
      throw error;
    }
    if (values.format === 'json') {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      return result.ok ? EXIT.ok : EXIT.findings;
    }
    const out = result.ok ? process.stdout : process.stderr;
    out.write(`release-check against ${result.diff.from.label} (${result.baseCommit.slice(0, 7)}): ${summaryLine(result.diff)}\n`);
    out.write(`changesets: ${result.changesets.length ? result.changesets.join(', ') : 'none'}${result.declared ? ` (declare ${result.declared} for ${result.packageName})` : ''}\n`);
    if (!result.ok) {
      out.write('these changes need a larger bump than the changesets declare:\n');
      for (const c of result.uncovered) out.write(`  needs ${c.bump.padEnd(5)}  ${describeChange(c)} — ${bumpReason(c)}\n`);
    }
    out.write(`${result.ok ? 'ok' : 'failed'}: ${result.verdict}\n`);
    return result.ok ? EXIT.ok : EXIT.findings;
  },
};
