import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * `--output <file>` for every command that prints a report: the file is written whole (through a
 * temporary file and a rename), so a failure never leaves half a report; without it, stdout.
 */
export function writeOutput(text: string, output: string | undefined): void {
  if (output === undefined || output === '-') {
    process.stdout.write(text);
    return;
  }
  const file = resolve(output);
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
