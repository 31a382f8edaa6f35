import { parseArgs } from 'node:util';
import { readCatalogue } from '../catalogue/read-catalogue.ts';
import { toCss } from '../build/css-value.ts';
import { EXIT, UsageError, type Command } from './command.ts';

export const resolveCommand: Command = {
  name: 'resolve',
  summary: 'Print the resolved tokens of one permutation (theme × brand)',
  usage: 'livery resolve [--theme <context>] [--brand <context>] [--<modifier> <context>] [--format table|json] [--catalogue dist/tokens.json]',
  async run(args) {
    const { values, tokens: parsed } = parseArgs({ args, strict: false, tokens: true, options: { format: { type: 'string', default: 'table' }, catalogue: { type: 'string' } } });
    const catalogue = readCatalogue(typeof values.catalogue === 'string' ? values.catalogue : undefined);
    const chosen: Record<string, string> = {};
    for (const token of parsed) {
      if (token.kind !== 'option' || token.name === 'format' || token.name === 'catalogue') continue;
      if (typeof token.value !== 'string') throw new UsageError(`--${token.name} needs a context name`);
      chosen[token.name] = token.value;
    }
    let selection: Record<string, string>;
    try {
      selection = catalogue.selection(chosen);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (values.format !== 'table' && values.format !== 'json') throw new UsageError(`--format must be table or json, got ${String(values.format)}`);
    const resolved = catalogue.resolve(selection);
    const rows = [...resolved].map(([name, value]) => {
      const token = catalogue.get(name)!;
      return { name, type: token.type, cssVariable: token.cssVariable, css: toCss(token.type, value), value };
    });
    if (values.format === 'json') {
      process.stdout.write(`${JSON.stringify({ selection, tokens: rows }, null, 2)}\n`);
    } else {
      const width = Math.max(...rows.map((r) => r.name.length));
      process.stdout.write(`# ${Object.entries(selection).map(([k, v]) => `${k}=${v}`).join(' ')}\n`);
      for (const row of rows) process.stdout.write(`${row.name.padEnd(width)}  ${row.css}\n`);
    }
    return EXIT.ok;
  },
};
