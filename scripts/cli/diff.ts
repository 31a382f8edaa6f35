import { DiagnosticsError } from '../diagnostics.ts';
import { GitError } from '../diff/git.ts';
import { DIFF_FORMATS, formatDiff, type DiffFormat } from '../diff/format-diff.ts';
import { diffRefs } from '../diff/run-diff.ts';
import { printDiagnostics } from '../logger.ts';
import { defineCommand, EXIT, UsageError } from './command.ts';
import { writeOutput } from './output.ts';
import { outputOption } from './options.ts';

export const command = defineCommand({
  summary: 'Tokens added, removed, renamed, retyped, changed per context and deprecated between two git refs',
  options: {
    from: {
      type: 'string',
      placeholder: '<git-ref>',
      description: 'The older side of the comparison (default: HEAD).',
    },
    to: { type: 'string', placeholder: '<git-ref>', description: 'The newer side (default: the working tree).' },
    format: { type: 'string', choices: DIFF_FORMATS, default: 'text', description: 'How the changes are printed.' },
    resolver: {
      type: 'string',
      placeholder: '<file>',
      description: 'The resolver, relative to the repository root (default: tokens/livery.resolver.json).',
    },
    output: outputOption(),
  },
  async run({ values }) {
    const format = values.format as DiffFormat;
    try {
      const diff = diffRefs({ cwd: process.cwd(), from: values.from, to: values.to, resolver: values.resolver });
      writeOutput(formatDiff(diff, format), values.output);
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
});
