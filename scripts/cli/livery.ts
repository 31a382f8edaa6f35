import { buildCommand } from './build.ts';
import { checkCommand } from './check.ts';
import { contrastCommand } from './contrast.ts';
import { EXIT, UsageError, type Command } from './command.ts';
import { lintCommand } from './lint.ts';
import { diffCommand } from './diff.ts';
import { figmaCommand } from './figma.ts';
import { releaseCheckCommand } from './release-check.ts';
import { resolveCommand } from './resolve.ts';
import { usageCommand } from './usage.ts';

/** Registration in one place: every command the `livery` binary knows. */
export const commands: Command[] = [buildCommand, resolveCommand, diffCommand, releaseCheckCommand, usageCommand, checkCommand, contrastCommand, figmaCommand, lintCommand];

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return ['Usage: livery <command> [options]', '', ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`), '', 'Exit codes: 0 ok, 1 findings or build errors, 2 usage or configuration error.'].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${help()}\n`);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`livery: unknown command "${name}"\n\n${help()}\n`);
    return EXIT.usage;
  }
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
