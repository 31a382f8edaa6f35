import { watch } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DiagnosticsError } from '../diagnostics.ts';
import { printDiagnostics } from '../logger.ts';
import { defineCommand, EXIT, UserError } from './command.ts';

/** Packages the build needs and a product install leaves out (they are devDependencies). */
const BUILD_TOOLS = ['style-dictionary'];

/** The build core, loaded only when it runs: `--help` and the other commands never need Style Dictionary. */
async function loadBuild(): Promise<typeof import('../build/run-build.ts')> {
  try {
    return await import('../build/run-build.ts');
  } catch (error) {
    const missing = BUILD_TOOLS.find(
      (name) =>
        (error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && (error as Error).message.includes(`'${name}'`),
    );
    if (!missing) throw error;
    throw new UserError(
      `${missing} is not installed: building tokens happens in the brand repo, where \`npm install --save-dev ${BUILD_TOOLS.map((n) => `${n}@5`).join(' ')}\` adds the build tools (a product repo uses the built files in liverykit/css, liverykit/tokens, … instead)`,
      EXIT.usage,
    );
  }
}

export const command = defineCommand({
  summary: 'Validate tokens/ and generate every platform output in dist/',
  options: {
    resolver: {
      type: 'string',
      placeholder: '<file>',
      default: 'tokens/livery.resolver.json',
      description: 'The DTCG resolver that says how the token files combine.',
    },
    output: {
      type: 'string',
      placeholder: '<dir>',
      aliases: ['out'],
      default: 'dist',
      description: 'Folder the outputs are written to (swapped in whole: a failed build leaves it as it was).',
    },
    watch: { type: 'boolean', default: false, description: 'Rebuild whenever a file beside the resolver changes.' },
    strict: { type: 'boolean', default: false, description: 'Treat warnings as errors (exit 1).' },
  },
  async run({ values }) {
    const { runBuild } = await loadBuild();
    const options = { resolverFile: resolve(values.resolver), outDir: resolve(values.output) };
    const once = async (): Promise<number> => {
      const started = performance.now();
      try {
        const result = await runBuild(options);
        printDiagnostics(result.diagnostics.items);
        if (values.strict && result.diagnostics.warnings.length) {
          process.stderr.write('--strict: warnings count as errors; dist/ was written but the build fails\n');
          return EXIT.findings;
        }
        process.stdout.write(
          `built ${result.brand.tokens.size} tokens × ${result.brand.selections.length} permutations into ${values.output} in ${Math.round(performance.now() - started)} ms\n`,
        );
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
});
