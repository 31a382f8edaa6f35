import { readFileSync } from 'node:fs';
import { Diagnostics, type Diagnostic } from '../diagnostics.ts';
import { escapePointer, parseLocatedJson, type LocatedJson } from '../resolver/located-json.ts';

/**
 * Line numbers for token paths. Token files are read with JSON.parse (fast, no positions); only
 * when something is reported is a file parsed again with positions, once per file.
 */
export class TokenLines {
  private readonly files = new Map<string, LocatedJson | undefined>();

  /** The line of a token or group (`color.text.primary`), or of one of its properties (`$type`). */
  lineOf(file: string, path: string, property?: string): number | undefined {
    let located = this.files.get(file);
    if (!this.files.has(file)) {
      try {
        located = parseLocatedJson(
          file,
          readFileSync(file, 'utf8').replace(/^\uFEFF/, ''),
          'tokens',
          new Diagnostics(),
        );
      } catch {
        located = undefined;
      }
      this.files.set(file, located);
    }
    if (!located) return undefined;
    const segments = path ? path.split('.').map(escapePointer) : [];
    const pointer = ['#', ...segments, ...(property ? [escapePointer(property)] : [])].join('/');
    return located.lineOf(pointer) ?? (property ? located.lineOf(['#', ...segments].join('/')) : undefined);
  }
}

/**
 * Fills in the line of every diagnostic that names a token path in a token file, so each error
 * points at file:line. `color.x ($deprecated)` style paths point at the token.
 */
export function addTokenLines(diagnostics: Diagnostic[], lines = new TokenLines()): void {
  for (const d of diagnostics) {
    if (d.line !== undefined || !d.at || d.at.startsWith('#') || !d.file.endsWith('.json')) continue;
    const path = d.at.replace(/ \(.*\)$/, '');
    if (path === '(root)') continue;
    const line = lines.lineOf(d.file, path);
    if (line !== undefined) d.line = line;
  }
}
