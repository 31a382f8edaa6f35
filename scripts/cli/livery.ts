import { EXIT, UsageError, type Command } from './command.ts';

/**
 * Registration in one place: every command the `livery` binary knows, loaded when it runs, so
 * `livery lint` does not pay for Style Dictionary or the Figma client at start-up.
 */
export const registry: { name: string; load(): Promise<Command> }[] = [
  { name: 'build', load: async () => (await import('./build.ts')).buildCommand },
  { name: 'resolve', load: async () => (await import('./resolve.ts')).resolveCommand },
  { name: 'diff', load: async () => (await import('./diff.ts')).diffCommand },
  { name: 'release-check', load: async () => (await import('./release-check.ts')).releaseCheckCommand },
  { name: 'usage', load: async () => (await import('./usage.ts')).usageCommand },
  { name: 'check', load: async () => (await import('./check.ts')).checkCommand },
  { name: 'contrast', load: async () => (await import('./contrast.ts')).contrastCommand },
  { name: 'figma', load: async () => (await import('./figma.ts')).figmaCommand },
  { name: 'lint', load: async () => (await import('./lint.ts')).lintCommand },
];

/** Every command with its summary and usage (help, the docs site). */
export async function loadCommands(): Promise<Command[]> {
  return Promise.all(registry.map((entry) => entry.load()));
}

async function help(): Promise<string> {
  const commands = await loadCommands();
  const width = Math.max(...commands.map((c) => c.name.length));
  return ['Usage: livery <command> [options]', '', ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`), '', 'Exit codes: 0 ok, 1 findings or build errors, 2 usage or configuration error.'].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${await help()}\n`);
    return name ? EXIT.ok : EXIT.usage;
  }
  const entry = registry.find((c) => c.name === name);
  if (!entry) {
    process.stderr.write(`livery: unknown command "${name}"\n\n${await help()}\n`);
    return EXIT.usage;
  }
  const command = await entry.load();
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`livery ${name}: ${(error as Error).message}\nusage: ${command.usage}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`livery ${name}: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
}
