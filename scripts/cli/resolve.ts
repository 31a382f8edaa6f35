import { readCatalogue } from '../catalogue/read-catalogue.ts';
import { toCss } from '../build/css-value.ts';
import { defineCommand, EXIT, UsageError } from './command.ts';
import { checkModifiers } from './options.ts';
import { writeOutput } from './output.ts';
import { catalogueOption, outputOption } from './options.ts';

export const command = defineCommand({
  summary: 'Print the resolved tokens of one permutation (theme × brand)',
  modifiers: true,
  options: {
    format: {
      type: 'string',
      choices: ['table', 'json'],
      default: 'table',
      description: 'How the tokens are printed.',
    },
    output: outputOption('Write the tokens to this file instead of stdout.'),
    catalogue: catalogueOption(),
  },
  notes: [
    "Choose the permutation with the brand's modifiers as flags: --theme <context>, --brand " +
      '<context>, or any modifier the brand declares (defaults otherwise).',
  ],
  async run({ values, modifiers: chosen }) {
    const catalogue = readCatalogue(values.catalogue);
    checkModifiers(
      chosen,
      catalogue.modifiers.map((m) => m.name),
      command.options,
    );
    let selection: Record<string, string>;
    try {
      selection = catalogue.selection(chosen);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const format = values.format;
    const resolved = catalogue.resolve(selection);
    const rows = [...resolved].map(([name, value]) => {
      const token = catalogue.get(name)!;
      return { name, type: token.type, cssVariable: token.cssVariable, css: toCss(token.type, value), value };
    });
    if (format === 'json') {
      writeOutput(`${JSON.stringify({ selection, tokens: rows }, null, 2)}\n`, values.output);
    } else {
      const width = Math.max(...rows.map((r) => r.name.length));
      const lines = [
        `# ${Object.entries(selection)
          .map(([k, v]) => `${k}=${v}`)
          .join(' ')}`,
        ...rows.map((row) => `${row.name.padEnd(width)}  ${row.css}`),
      ];
      writeOutput(`${lines.join('\n')}\n`, values.output);
    }
    return EXIT.ok;
  },
});
