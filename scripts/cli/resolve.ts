import { readCatalogue } from '../catalogue/read-catalogue.ts';
import { toCss } from '../build/css-value.ts';
import { EXIT, UsageError, type Command } from './command.ts';

export const resolveCommand: Command = {
  name: 'resolve',
  summary: 'Print the resolved tokens of one permutation (theme × brand)',
  usage: 'livery resolve [--theme <context>] [--brand <context>] [--<modifier> <context>] [--format table|json] [--catalogue dist/tokens.json]',
  async run(args) {
    // Modifier flags (--theme, --brand, or any modifier the brand declares) are only known once
    // the catalogue is read, so options are read as `--name value` / `--name=value` pairs.
    const values: Record<string, string> = { format: 'table' };
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      const match = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/.exec(arg);
      if (!match) throw new UsageError(`unexpected argument "${arg}"`);
      const value = match[2] ?? args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${match[1]} needs a value`);
      values[match[1]!] = value;
    }
    const { format, catalogue: catalogueFile, ...chosen } = values;
    const catalogue = readCatalogue(catalogueFile);
    let selection: Record<string, string>;
    try {
      selection = catalogue.selection(chosen);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (format !== 'table' && format !== 'json') throw new UsageError(`--format must be table or json, got ${format}`);
    const resolved = catalogue.resolve(selection);
    const rows = [...resolved].map(([name, value]) => {
      const token = catalogue.get(name)!;
      return { name, type: token.type, cssVariable: token.cssVariable, css: toCss(token.type, value), value };
    });
    if (format === 'json') {
      process.stdout.write(`${JSON.stringify({ selection, tokens: rows }, null, 2)}\n`);
    } else {
      const width = Math.max(...rows.map((r) => r.name.length));
      process.stdout.write(`# ${Object.entries(selection).map(([k, v]) => `${k}=${v}`).join(' ')}\n`);
      for (const row of rows) process.stdout.write(`${row.name.padEnd(width)}  ${row.css}\n`);
    }
    return EXIT.ok;
  },
};
