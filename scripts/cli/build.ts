import { readdirSync, watch } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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
      `${missing} is not installed: building tokens happens in the brand repo, where \`npm ` +
        `install --save-dev ${BUILD_TOOLS.map((n) => `${n}@5`).join(' ')}\` adds the build tools ` +
        `(a product repo uses the built files in liverykit/css, liverykit/tokens, … instead)`,
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
          `built ${result.brand.tokens.size} tokens × ${result.brand.selections.length} permutations ` +
            `into ${values.output} in ${Math.round(performance.now() - started)} ms\n`,
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
    let timer: NodeJS.Timeout | undefined;
    let running = Promise.resolve(0);
    watchTree(dirname(options.resolverFile), () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        running = running.then(once);
      }, 30);
    });
    process.stdout.write(`watching ${dirname(options.resolverFile)} for changes…\n`);
    return new Promise(() => {});
  },
});

/**
 * Watches every folder below `root`, each with its own non-recursive watcher. Node's recursive
 * `fs.watch` on Linux arms its sub-watchers asynchronously, so an edit made just after "watching"
 * was printed could be missed; these are all armed before the line is printed. A folder created
 * later is picked up on the next event.
 */
function watchTree(root: string, onChange: () => void): void {
  const watched = new Set<string>();
  const arm = () => {
    let folders: string[];
    try {
      folders = [
        root,
        ...readdirSync(root, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => join(entry.parentPath, entry.name)),
      ];
    } catch {
      return; // the tree changed while it was read; the next event reads it again
    }
    for (const folder of folders) {
      if (watched.has(folder)) continue;
      watched.add(folder);
      // A folder deleted while watched ends its watcher with an error; forget it, don't crash.
      watch(folder, () => {
        arm();
        onChange();
      }).on('error', () => watched.delete(folder));
    }
  };
  arm();
}
