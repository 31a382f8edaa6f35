/**
 * One option table per command feeds both the parser and `--help`, so a flag cannot be accepted
 * without being documented, nor documented without being accepted. Every command rejects an
 * unknown or malformed flag with the same one-line wording and a did-you-mean.
 */
import { closestNames } from '../diagnostics.ts';
import { EXIT } from '../exit-codes.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** One sentence for `--help`. */
  description: string;
  /** What the value looks like in help, e.g. `<file>` (string options; choices are shown instead when given). */
  placeholder?: string;
  short?: string;
  /** Other spellings accepted for the same option (`--out` for `--output`). */
  aliases?: readonly string[];
  default?: string | boolean;
  /** The only values a string option accepts. */
  choices?: readonly string[];
  /** A string option that may be given more than once; its value is the list. */
  multiple?: boolean;
  /** A boolean that also accepts `--no-<name>` (its value is then false). */
  negatable?: boolean;
}

export type OptionTable = Record<string, OptionSpec>;

type ValueOf<S extends OptionSpec> = S['type'] extends 'boolean'
  ? boolean
  : S extends { multiple: true }
    ? string[]
    : S extends { choices: readonly (infer C)[] }
      ? C
      : string;

/** Parsed values: an option with a default (or a list) is always present. */
export type OptionValues<T extends OptionTable> = {
  -readonly [K in keyof T]: T[K] extends { default: string | boolean } | { multiple: true }
    ? ValueOf<T[K]>
    : ValueOf<T[K]> | undefined;
};

/** Options every command takes; `main` answers them before the command runs. */
export const COMMON_OPTIONS: OptionTable = {
  help: { type: 'boolean', short: 'h', description: 'Print this help and exit.' },
  version: { type: 'boolean', description: 'Print the liverykit version and exit.' },
};

/** `--output <file>` (`--out` accepted): one spelling in every command; `description` says what is written. */
export function outputOption(description = 'Write the report to this file instead of stdout.') {
  return { type: 'string', placeholder: '<file>', aliases: ['out'], description } as const;
}

/** `--catalogue <file>`: the built catalogue a command reads. */
export function catalogueOption(description = 'The built token catalogue (default: dist/tokens.json).') {
  return { type: 'string', placeholder: '<file>', description } as const;
}

/** `--format` of a command that prints a report, text by default. */
export function formatOption<const C extends readonly string[]>(choices: C) {
  return { type: 'string', choices, default: 'text', description: 'How the report is printed.' } as const;
}

/** A flag or argument the command does not take, or a value it cannot use: exit 2 with one line. */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly exitCode = EXIT.usage;
}

export interface ParseSettings {
  /** Positional arguments accepted (default none: any is an error). */
  positionals?: boolean;
  /**
   * Unknown `--name value` pairs are kept for the command to check later (the brand's modifiers,
   * `--theme dark`, are only known once the catalogue is read) instead of rejected here.
   */
  modifiers?: boolean;
}

export interface Parsed<T extends OptionTable> {
  values: OptionValues<T>;
  positionals: string[];
  /** Unknown `--name value` pairs, when the command takes modifiers. */
  modifiers: Record<string, string>;
}

/** The one wording of an unknown flag, also used by commands that check modifiers later. */
export function unknownOption(flag: string, known: Iterable<string>): UsageError {
  const [guess] = closestNames(
    flag,
    [...known].map((name) => `--${name}`),
  );
  return new UsageError(`unknown option ${flag}${guess ? ` (did you mean ${guess}?)` : ''}`);
}

/** Every spelling a table accepts, as names without dashes (for did-you-mean). */
export function spellings(table: OptionTable): string[] {
  return Object.entries<OptionSpec>({ ...table, ...COMMON_OPTIONS }).flatMap(([name, spec]) => [
    name,
    ...(spec.aliases ?? []),
    ...(spec.negatable ? [`no-${name}`] : []),
  ]);
}

export function parseOptions<T extends OptionTable>(
  table: T,
  args: readonly string[],
  settings: ParseSettings = {},
): Parsed<T> {
  const all: OptionTable = { ...table, ...COMMON_OPTIONS };
  const byName = new Map<string, string>();
  const byShort = new Map<string, string>();
  for (const [name, spec] of Object.entries(all)) {
    byName.set(name, name);
    for (const alias of spec.aliases ?? []) byName.set(alias, name);
    if (spec.short) byShort.set(spec.short, name);
  }
  const values: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(all)) {
    if (spec.default !== undefined) values[name] = spec.default;
    else if (spec.multiple) values[name] = [];
  }
  const positionals: string[] = [];
  const modifiers: Record<string, string> = {};

  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    let flag: string;
    let name: string | undefined;
    let inline: string | undefined;
    let negated = false;
    const long = /^--([^=]+)(?:=(.*))?$/s.exec(arg);
    const short = /^-([^-])(.*)$/s.exec(arg);
    if (long) {
      flag = `--${long[1]}`;
      inline = long[2];
      name = byName.get(long[1]!);
      if (!name && long[1]!.startsWith('no-')) {
        const base = byName.get(long[1]!.slice(3));
        if (base && all[base]!.type === 'boolean' && all[base]!.negatable) ((name = base), (negated = true));
      }
      if (!name && settings.modifiers && /^[a-z][\w-]*$/i.test(long[1]!)) {
        const value = inline ?? args[i + 1];
        if (inline === undefined) i++;
        // a modifier always has a context; a bare unknown flag is just unknown
        if (value === undefined || (inline === undefined && value.startsWith('-')))
          throw unknownOption(flag, spellings(table));
        modifiers[long[1]!] = value;
        continue;
      }
      if (!name) throw unknownOption(flag, spellings(table));
    } else if (short) {
      flag = `-${short[1]}`;
      name = byShort.get(short[1]!);
      if (!name) throw unknownOption(flag, spellings(table));
      if (short[2]) inline = short[2].replace(/^=/, '');
    } else {
      if (!settings.positionals) throw new UsageError(`unexpected argument "${arg}"`);
      positionals.push(arg);
      continue;
    }
    const spec = all[name]!;
    if (spec.type === 'boolean') {
      if (inline !== undefined) throw new UsageError(`${flag} is a switch and takes no value (got "${inline}")`);
      values[name] = !negated;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = args[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) {
        throw new UsageError(
          `${flag} needs a value: ${flag} ${spec.choices ? spec.choices.join('|') : (spec.placeholder ?? '<value>')}`,
        );
      }
      value = next;
      i++;
    }
    if (spec.choices && !spec.choices.includes(value)) {
      const [guess] = closestNames(value, spec.choices);
      throw new UsageError(
        `--${name} must be one of ${spec.choices.join(', ')}; got "${value}"${guess ? ` (did you mean ${guess}?)` : ''}`,
      );
    }
    if (spec.multiple) (values[name] as string[]).push(value);
    else values[name] = value;
  }
  return { values: values as OptionValues<T>, positionals, modifiers };
}

/** The `--help` text of one command, built from the same table `parseOptions` reads. */
export function optionHelp(table: OptionTable): string[] {
  const rows = Object.entries<OptionSpec>({ ...table, ...COMMON_OPTIONS }).map(([name, spec]) => {
    const value =
      spec.type === 'string' ? ` ${spec.choices ? spec.choices.join('|') : (spec.placeholder ?? '<value>')}` : '';
    const names = [
      spec.short ? `-${spec.short}` : undefined,
      `--${name}`,
      ...(spec.aliases ?? []).map((a) => `--${a}`),
      ...(spec.negatable ? [`--no-${name}`] : []),
    ];
    const flags = `${names.filter(Boolean).join(', ')}${value}`;
    const extra = [
      spec.default !== undefined && spec.default !== false ? `default: ${String(spec.default)}` : undefined,
      spec.multiple ? 'may be repeated' : undefined,
    ].filter(Boolean);
    return {
      flags,
      text: extra.length ? `${spec.description.replace(/\.$/, '')} (${extra.join('; ')}).` : spec.description,
    };
  });
  const width = Math.min(36, Math.max(...rows.map((r) => r.flags.length)));
  return rows.map((r) =>
    r.flags.length > width ? `  ${r.flags}\n  ${''.padEnd(width)}  ${r.text}` : `  ${r.flags.padEnd(width)}  ${r.text}`,
  );
}

/**
 * For commands that take the brand's modifiers as flags: a pair whose name is not a modifier is an
 * unknown option, worded like any other, with did-you-mean over the options and the modifiers.
 */
export function checkModifiers(
  modifiers: Record<string, string>,
  brandModifiers: readonly string[],
  table: OptionTable,
): void {
  for (const name of Object.keys(modifiers)) {
    if (!brandModifiers.includes(name)) throw unknownOption(`--${name}`, [...spellings(table), ...brandModifiers]);
  }
}
