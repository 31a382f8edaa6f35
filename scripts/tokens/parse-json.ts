import type { Diagnostics } from '../diagnostics.ts';

/**
 * JSON.parse with an error that points at the line and column. Returns undefined (and records a
 * diagnostic) when the text is not JSON. Token files are parsed with the fast native parser;
 * only the resolver, whose JSON pointers need positions, goes through a location-aware parser.
 */
export function parseJsonFile(file: string, text: string, group: string, diagnostics: Diagnostics): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    let line: number | undefined;
    let column: number | undefined;
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    if (lineColumn) {
      line = Number(lineColumn[1]);
      column = Number(lineColumn[2]);
    } else if (position) {
      const before = text.slice(0, Number(position[1]));
      line = before.split('\n').length;
      column = Number(position[1]) - before.lastIndexOf('\n');
    }
    const reason = message.replace(/^JSON\.parse: /, '').replace(/ in JSON at position.*$/, '').replace(/ \(line \d+ column \d+\)$/, '');
    diagnostics.error({ group, file, line, column, message: `invalid JSON: ${reason}`, fix: 'fix the syntax at that position (a trailing comma or a missing quote is the usual cause)' });
    return undefined;
  }
}
