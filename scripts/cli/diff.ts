import { parseArgs } from 'node:util';
import { DiagnosticsError } from '../diagnostics.ts';
import { GitError } from '../diff/git.ts';
import { DIFF_FORMATS, formatDiff, type DiffFormat } from '../diff/format-diff.ts';
import { diffRefs } from '../diff/run-diff.ts';
import { printDiagnostics } from '../logger.ts';
import { EXIT, UsageError, type Command } from './command.ts';

export const diffCommand: Command = {
  name: 'diff',
  summary: 'Tokens added, removed, renamed, retyped, changed per context and deprecated between two git refs',
  usage: 'livery diff [--from <git-ref>=HEAD] [--to <git-ref>=working tree] [--format text|json|markdown] [--resolver tokens/livery.resolver.json]',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string', default: 'text' }, resolver: { type: 'string' } },
    });
    const format = values.format as DiffFormat;
    if (!DIFF_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${DIFF_FORMATS.join(', ')}, got "${values.format}"`);
    try {
      const diff = diffRefs({ cwd: process.cwd(), from: values.from, to: values.to, resolver: values.resolver });
      process.stdout.write(formatDiff(diff, format));
      return EXIT.ok;
    } catch (error) {
      if (error instanceof GitError) throw new UsageError(error.message);
      if (error instanceof DiagnosticsError) {
        printDiagnostics(error.diagnostics);
        process.stderr.write('livery diff: the tokens do not load, so they cannot be compared\n');
        return EXIT.findings;
      }
      throw error;
    }
  },
};
