import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, commandHelp, loadCommand } from './livery.ts';
import { COMMON_OPTIONS } from './options.ts';

const here = dirname(fileURLToPath(import.meta.url));
const README = readFileSync(join(here, '..', '..', 'README.md'), 'utf8');

/** Files of scripts/cli that define a command (they export `command`); the rest is the CLI's own machinery. */
const commandFiles = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .filter((f) => /^export const command = defineCommand\(/m.test(readFileSync(join(here, f), 'utf8')))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

describe('command registry', () => {
  it('registers every command file exactly once, under its file name', () => {
    expect([...COMMAND_NAMES].sort()).toEqual(commandFiles);
    expect(new Set(COMMAND_NAMES).size).toBe(COMMAND_NAMES.length);
  });

  it('the README lists every command in its command table', () => {
    const table = README.slice(README.indexOf('## Commands'));
    const listed = [...table.matchAll(/^\| `livery ([a-z-]+)`/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...COMMAND_NAMES].sort());
  });

  for (const name of COMMAND_NAMES) {
    it(`${name}: a summary, one sentence per option, --output where it writes a report, and a help that shows them all`, async () => {
      const command = await loadCommand(name);
      expect(command.summary).toMatch(/^[A-Z]/);
      const help = commandHelp(command);
      for (const [option, spec] of Object.entries({ ...command.options, ...COMMON_OPTIONS })) {
        expect(spec.description, `--${option}`).toMatch(/^[A-Z].*[.)]$/);
        expect(help).toContain(`--${option}`);
        expect(help).toContain(spec.description.replace(/\.$/, ''));
        for (const alias of spec.aliases ?? []) expect(help).toContain(`--${alias}`);
      }
      // one spelling for the same thing everywhere: --output (with --out accepted), never --out alone
      expect(Object.keys(command.options)).not.toContain('out');
      expect(command.options.output?.aliases).toEqual(['out']);
    });
  }
});
