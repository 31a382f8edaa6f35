import type { OptionTable, OptionValues } from './options.ts';

export { UsageError } from './options.ts';

import { EXIT, UserError } from '../exit-codes.ts';

export { EXIT, UserError };

export interface CommandInput<T extends OptionTable> {
  values: OptionValues<T>;
  positionals: string[];
  /** `--name value` pairs not in the table, for commands with `modifiers` (checked by the command). */
  modifiers: Record<string, string>;
}

/**
 * One command, one file: scripts/cli/<name>.ts exports `command`; the file name is the command's
 * name (registered once, in livery.ts).
 */
export interface CommandSpec<T extends OptionTable = OptionTable> {
  summary: string;
  /** What follows the name in the usage line besides options: `<fg> <bg>`, `[paths…]`. */
  arguments?: string;
  /** Every flag, with one sentence each: parsed and shown in --help from this table. */
  options: T;
  /** Lines shown after the options in --help (formats, exit codes particular to the command). */
  notes?: readonly string[];
  /** Takes the brand's modifiers as flags (`--theme dark`), known only once the catalogue is read. */
  modifiers?: boolean;
  /** Rewrites argv before parsing (contrast: `--lv-…` is a token name, not a flag). */
  rewriteArgs?(args: string[]): string[];
  run(input: CommandInput<T>): Promise<number>;
}

/** Keeps the option table's literal types so `values` is typed from it. */
export function defineCommand<const T extends OptionTable>(spec: CommandSpec<T>): CommandSpec<T> {
  return spec;
}

/** A registered command: its spec with the name taken from its file. */
export type Command = CommandSpec & { name: string };
