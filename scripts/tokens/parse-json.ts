import { parse } from '@humanwhocodes/momoa';
import type { Diagnostics } from '../diagnostics.ts';

/**
 * JSON.parse, the fast path for token files. Only when it fails is the text parsed again with a
 * location-aware parser, so the error can point at the line and column.
 */
export function parseJsonFile(file: string, text: string, group: string, diagnostics: Diagnostics): unknown {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(source);
  } catch (error) {
    let line: number | undefined;
    let column: number | undefined;
    let reason = (error as Error).message
      .replace(/, "[\s\S]*" is not valid JSON$/, '')
      .replace(/ in JSON at position.*$/, '');
    try {
      parse(source, { mode: 'json' });
    } catch (located) {
      const e = located as Error & { line?: number; column?: number };
      line = e.line;
      column = e.column;
      reason = e.message.replace(/ \(\d+:\d+\)$/, '');
    }
    diagnostics.error({
      group,
      file,
      line,
      column,
      message: `invalid JSON: ${reason}`,
      fix: 'fix the syntax at that position (a trailing comma, a missing value or a missing quote is the usual cause)',
    });
    return undefined;
  }
}
