import { DiagnosticsError } from '../diagnostics.ts';
import { ChangesetError } from '../diff/changesets.ts';
import { bumpReason } from '../diff/diff-tokens.ts';
import { describeChange, summaryLine } from '../diff/format-diff.ts';
import { GitError } from '../diff/git.ts';
import { releaseCheck } from '../diff/release-check.ts';
import { printDiagnostics } from '../logger.ts';
import { defineCommand, EXIT, UsageError } from './command.ts';
import { writeOutput } from './output.ts';

export const command = defineCommand({
  summary: 'CI gate: token changes against the base branch need a changeset, breaking ones a major one',
  options: {
    base: {
      type: 'string',
      placeholder: '<git-ref>',
      description:
        'The branch or commit to compare with (default: $GITHUB_BASE_REF, else the baseBranch of .changeset/config.json).',
    },
    resolver: {
      type: 'string',
      placeholder: '<file>',
      description: 'The resolver, relative to the repository root (default: tokens/livery.resolver.json).',
    },
    format: { type: 'string', choices: ['text', 'json'], default: 'text', description: 'How the verdict is printed.' },
    output: {
      type: 'string',
      placeholder: '<file>',
      aliases: ['out'],
      description: 'Write the verdict to this file instead of the terminal.',
    },
  },
  notes: ['Exit 1 when a change needs a larger bump than the changesets declare.'],
  async run({ values }) {
    let result;
    try {
      result = releaseCheck({ cwd: process.cwd(), base: values.base, resolver: values.resolver });
    } catch (error) {
      if (error instanceof GitError || error instanceof ChangesetError) throw new UsageError(error.message);
      if (error instanceof DiagnosticsError) {
        printDiagnostics(error.diagnostics);
        process.stderr.write('livery release-check: the tokens do not load, so they cannot be compared\n');
        return EXIT.findings;
      }
      throw error;
    }
    if (values.format === 'json') {
      writeOutput(`${JSON.stringify(result, null, 2)}\n`, values.output);
      return result.ok ? EXIT.ok : EXIT.findings;
    }
    const lines: string[] = [];
    const out = { write: (line: string) => void lines.push(line) };
    out.write(
      `release-check against ${result.diff.from.label} (${result.baseCommit.slice(0, 7)}): ${summaryLine(result.diff)}\n`,
    );
    out.write(
      `changesets: ${result.changesets.length ? result.changesets.join(', ') : 'none'}` +
        `${result.declared ? ` (declare ${result.declared} for ${result.packageName})` : ''}\n`,
    );
    if (!result.ok) {
      out.write('these changes need a larger bump than the changesets declare:\n');
      for (const c of result.uncovered)
        out.write(`  needs ${c.bump.padEnd(5)}  ${describeChange(c)} — ${bumpReason(c)}\n`);
    }
    out.write(`${result.ok ? 'ok' : 'failed'}: ${result.verdict}\n`);
    // on the terminal a failed verdict goes to stderr, so CI logs show it even when stdout is piped away
    if (values.output === undefined && !result.ok) process.stderr.write(lines.join(''));
    else writeOutput(lines.join(''), values.output);
    return result.ok ? EXIT.ok : EXIT.findings;
  },
});
