import { describe, expect, it } from 'vitest';
import { checkModifiers, optionHelp, parseOptions, UsageError } from './options.ts';

const table = {
  format: { type: 'string', choices: ['text', 'json'], default: 'text', description: 'How it is printed.' },
  output: { type: 'string', short: 'o', aliases: ['out'], placeholder: '<file>', description: 'Write here.' },
  baseline: { type: 'boolean', default: true, negatable: true, description: 'Use the baseline.' },
  tag: { type: 'string', multiple: true, description: 'A tag.' },
} as const;

const fails = (args: string[], settings = {}) => {
  try {
    parseOptions(table, args, settings);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`parsed: ${args.join(' ')}`);
};

describe('parseOptions', () => {
  it('reads long, short, inline, alias, negated and repeated options with their defaults', () => {
    const { values, positionals } = parseOptions(
      table,
      ['a', '--format=json', '--out', 'r.txt', '--no-baseline', '--tag', 'x', '--tag=y', '--', '--not-a-flag'],
      { positionals: true },
    );
    expect(values).toEqual({
      format: 'json',
      output: 'r.txt',
      baseline: false,
      tag: ['x', 'y'],
      help: undefined,
      version: undefined,
    });
    expect(positionals).toEqual(['a', '--not-a-flag']);
    expect(parseOptions(table, ['-o', 'f']).values.output).toBe('f');
    expect(parseOptions(table, []).values).toMatchObject({ format: 'text', baseline: true, tag: [] });
  });

  it('rejects every bad flag with one line and a did-you-mean', () => {
    expect(fails(['--formt', 'json'])).toBe('unknown option --formt (did you mean --format?)');
    expect(fails(['--outptu', 'x'])).toBe('unknown option --outptu (did you mean --output?)');
    expect(fails(['-x'])).toBe('unknown option -x');
    expect(fails(['--zzzzzzzz'])).toBe('unknown option --zzzzzzzz');
    expect(fails(['--format', 'jsn'])).toBe('--format must be one of text, json; got "jsn" (did you mean json?)');
    expect(fails(['--output'])).toBe('--output needs a value: --output <file>');
    expect(fails(['--format', '--output', 'x'])).toBe('--format needs a value: --format text|json');
    expect(fails(['--baseline=yes'])).toBe('--baseline is a switch and takes no value (got "yes")');
    expect(fails(['stray'])).toBe('unexpected argument "stray"');
    for (const message of [fails(['--formt']), fails(['--format', 'x'])]) expect(message).not.toMatch(/\n/);
  });

  it('keeps unknown pairs as modifiers when asked, and words an unknown one like any flag', () => {
    const { modifiers } = parseOptions(table, ['--theme', 'dark', '--brand=campaign'], { modifiers: true });
    expect(modifiers).toEqual({ theme: 'dark', brand: 'campaign' });
    expect(() => checkModifiers({ them: 'dark' }, ['theme', 'brand'], table)).toThrow(
      'unknown option --them (did you mean --theme?)',
    );
    expect(fails(['--jsn'], { modifiers: true })).toBe('unknown option --jsn');
  });

  it('help lists every option, alias and default from the same table', () => {
    const help = optionHelp(table).join('\n');
    expect(help).toMatch(/--format text\|json\s+How it is printed \(default: text\)\./);
    expect(help).toMatch(/-o, --output, --out <file>\s+Write here\./);
    expect(help).toMatch(/--baseline, --no-baseline\s+Use the baseline \(default: true\)\./);
    expect(help).toMatch(/--tag <value>\s+A tag \(may be repeated\)\./);
    expect(help).toMatch(/-h, --help\s+Print this help and exit\./);
    expect(help).toMatch(/--version\s+Print the liverykit version and exit\./);
  });
});
