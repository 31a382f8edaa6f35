import { PACKAGE_NAME, packageIssues, packageVersion } from '../package-identity.ts';
import { isUserFacing } from '../exit-codes.ts';
import { EXIT, type Command, type CommandSpec } from './command.ts';
import { optionHelp, parseOptions, UsageError } from './options.ts';

/**
 * Registration in one place: every command the `livery` binary knows, by the name of its file
 * (scripts/cli/<name>.ts, which exports `command`). Files are loaded when they run, so
 * `livery lint` does not pay for Style Dictionary or the Figma client at start-up. Each loader is
 * a literal `import()` so that the CLI bundle (rollup.cli.config.mjs) splits every command into its
 * own lazily loaded chunk. A test holds this list equal to the command files and to the commands
 * the README documents.
 */
const COMMAND_LOADERS = {
  build: () => import('./build.ts'),
  resolve: () => import('./resolve.ts'),
  diff: () => import('./diff.ts'),
  'release-check': () => import('./release-check.ts'),
  usage: () => import('./usage.ts'),
  check: () => import('./check.ts'),
  contrast: () => import('./contrast.ts'),
  figma: () => import('./figma.ts'),
  lint: () => import('./lint.ts'),
  init: () => import('./init.ts'),
  palette: () => import('./palette.ts'),
  theme: () => import('./theme.ts'),
  brand: () => import('./brand.ts'),
  audit: () => import('./audit.ts'),
} satisfies Record<string, () => Promise<{ command: CommandSpec }>>;

type CommandName = keyof typeof COMMAND_LOADERS;

export const COMMAND_NAMES = Object.keys(COMMAND_LOADERS) as readonly CommandName[];

export async function loadCommand(name: string): Promise<Command> {
  const load = COMMAND_LOADERS[name as CommandName] as (() => Promise<{ command: CommandSpec }>) | undefined;
  if (!load) throw new Error(`no command is registered as "${name}"`);
  const module = await load();
  return { ...module.command, name };
}

/** Every command with its summary and usage (help, the docs site). */
export async function loadCommands(): Promise<(Command & { usage: string })[]> {
  return Promise.all(
    COMMAND_NAMES.map(async (name) => {
      const command = await loadCommand(name);
      return { ...command, usage: commandHelp(command) };
    }),
  );
}

/** A command's usage line, options (one sentence each) and notes: `livery <name> --help`. */
export function commandHelp(command: Command): string {
  return [
    `Usage: livery ${command.name}${command.arguments ? ` ${command.arguments}` : ''} [options]`,
    '',
    command.summary,
    '',
    'Options:',
    ...optionHelp(command.options),
    ...(command.notes?.length ? ['', ...command.notes] : []),
  ].join('\n');
}

const EXIT_CODES =
  'Exit codes: 0 ok, 1 findings, 2 usage or configuration error, 69 a remote service (Figma) failed, 70 internal error (set LIVERY_DEBUG=1 for the stack).';

async function help(): Promise<string> {
  const commands = await Promise.all(COMMAND_NAMES.map(loadCommand));
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: livery <command> [options]      (also installed as `liverykit`)',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    "  -h, --help   Print this help, or a command's with `livery <command> --help`.",
    '  --version    Print the liverykit version.',
    '',
    EXIT_CODES,
  ].join('\n');
}

/** Runs one command line; every error ends here, printed once, with its documented exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  let prefix = 'livery';
  try {
    if (name === '--version' || name === '-v') {
      process.stdout.write(`${PACKAGE_NAME} ${packageVersion()}\n`);
      return EXIT.ok;
    }
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      (name ? process.stdout : process.stderr).write(`${await help()}\n`);
      return name ? EXIT.ok : EXIT.usage;
    }
    if (name.startsWith('-')) throw new UsageError(`${name} is not a command; run livery --help for the commands`);
    if (!(COMMAND_NAMES as readonly string[]).includes(name)) {
      const { closestNames } = await import('../diagnostics.ts');
      const [guess] = closestNames(name, COMMAND_NAMES);
      throw new UsageError(
        `unknown command "${name}"${guess ? ` (did you mean ${guess}?)` : ''}; run livery --help for the commands`,
      );
    }
    prefix = `livery ${name}`;
    const command = await loadCommand(name);
    const before = args.indexOf('--');
    const flags = before === -1 ? args : args.slice(0, before);
    if (flags.includes('--help') || flags.includes('-h')) {
      process.stdout.write(`${commandHelp(command)}\n`);
      return EXIT.ok;
    }
    if (flags.includes('--version')) {
      process.stdout.write(`${PACKAGE_NAME} ${packageVersion()}\n`);
      return EXIT.ok;
    }
    const parsed = parseOptions(command.options, command.rewriteArgs ? command.rewriteArgs(args) : args, {
      positionals: command.arguments !== undefined,
      modifiers: command.modifiers ?? false,
    });
    return await command.run(parsed);
  } catch (error) {
    return report(prefix, error);
  }
}

/** The one top-level catch: a usage or configuration error is one line; anything else is a bug. */
export function report(prefix: string, error: unknown): number {
  if (error instanceof UsageError) {
    process.stderr.write(
      `${prefix}: ${error.message}\n${prefix === 'livery' ? '' : `run ${prefix} --help for its options\n`}`,
    );
    return EXIT.usage;
  }
  if (isUserFacing(error)) {
    process.stderr.write(`${prefix}: ${error.message}\n`);
    return error.exitCode;
  }
  const debug = process.env.LIVERY_DEBUG === '1';
  const shown =
    error instanceof Error
      ? debug
        ? (error.stack ?? String(error))
        : `${error.name}: ${error.message}`
      : String(error);
  process.stderr.write(`${prefix}: internal error: ${shown}\n`);
  process.stderr.write(
    debug
      ? `this is a bug in ${PACKAGE_NAME} ${packageVersion()}; please report it with the stack above at ${packageIssues()}\n`
      : `this is a bug in ${PACKAGE_NAME} ${packageVersion()}; rerun with LIVERY_DEBUG=1 to print the stack, and report it at ${packageIssues()}\n`,
  );
  return EXIT.internal;
}
