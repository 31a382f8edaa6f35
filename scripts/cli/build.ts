import { watch } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runBuild } from '../build/run-build.ts';
import { DiagnosticsError } from '../diagnostics.ts';
import { printDiagnostics } from '../logger.ts';
import { EXIT, type Command } from './command.ts';

export const buildCommand: Command = {
  name: 'build',
  summary: 'Validate tokens/ and generate every platform output in dist/',
  usage: 'livery build [--resolver tokens/livery.resolver.json] [--out dist] [--watch] [--strict]',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        resolver: { type: 'string', default: 'tokens/livery.resolver.json' },
        out: { type: 'string', default: 'dist' },
        watch: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
      },
    });
    const options = { resolverFile: resolve(values.resolver!), outDir: resolve(values.out!) };
    const once = async (): Promise<number> => {
      const started = performance.now();
      try {
        const result = await runBuild(options);
        printDiagnostics(result.diagnostics.items);
        if (values.strict && result.diagnostics.warnings.length) {
          process.stderr.write('--strict: warnings count as errors; dist/ was written but the build fails\n');
          return EXIT.findings;
        }
        process.stdout.write(`built ${result.brand.tokens.size} tokens × ${result.brand.selections.length} permutations into ${values.out} in ${Math.round(performance.now() - started)} ms\n`);
        return EXIT.ok;
      } catch (error) {
        if (error instanceof DiagnosticsError) {
          printDiagnostics(error.diagnostics);
          process.stderr.write('build failed: nothing was written to dist/\n');
          return EXIT.findings;
        }
        throw error;
      }
    };
    const code = await once();
    if (!values.watch) return code;
    process.stdout.write(`watching ${dirname(options.resolverFile)} for changes…\n`);
    let timer: NodeJS.Timeout | undefined;
    let running = Promise.resolve(0);
    watch(dirname(options.resolverFile), { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        running = running.then(once);
      }, 30);
    });
    return new Promise(() => {});
  },
};
