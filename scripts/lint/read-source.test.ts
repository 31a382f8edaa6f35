import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_LINE, readSource } from './read-source.ts';

const dir = mkdtempSync(join(tmpdir(), 'livery-read-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const read = (content: string | Uint8Array) => {
  const file = join(dir, `f${n++}.css`);
  writeFileSync(file, content);
  return readSource(file);
};

// the fast path (Node's native UTF-8 read) must answer exactly as the strict byte path does
describe('readSource', () => {
  it('reads plain and non-ASCII UTF-8 as it is', () => {
    expect(read('a { color: #fff; }\n')).toEqual({ text: 'a { color: #fff; }\n' });
    expect(read('/* ΔE2000 — ✓ 😀 */ a {}')).toEqual({ text: '/* ΔE2000 — ✓ 😀 */ a {}' });
  });

  it('keeps a U+FFFD that is really in the file', () => {
    expect(read('a { content: "\ufffd"; }')).toEqual({ text: 'a { content: "\ufffd"; }' });
  });

  it('skips invalid UTF-8 instead of reading replacement characters', () => {
    expect(read(Buffer.from([0x61, 0x7b, 0xff, 0xfe, 0x7d]))).toEqual({ skipped: 'invalid UTF-8' });
    // a lone continuation byte late in a file
    expect(read(Buffer.concat([Buffer.from('a {}\n'.repeat(5000)), Buffer.from([0x80])]))).toEqual({
      skipped: 'invalid UTF-8',
    });
  });

  it('calls a NUL in the first 8,000 bytes binary, and one after them text', () => {
    expect(read(Buffer.concat([Buffer.from('a {}'), Buffer.from([0]), Buffer.from('b {}')]))).toEqual({
      skipped: 'binary file',
    });
    const late = `${'a {}\n'.repeat(2000)}\u0000`;
    expect(read(late)).toEqual({ text: late });
  });

  it('drops a byte order mark, as the strict decoder does', () => {
    expect(read('\ufeffa { color: red; }')).toEqual({ text: 'a { color: red; }' });
  });

  it('skips a minified file by its line length', () => {
    expect(read(`a{}`.repeat(MAX_LINE))).toEqual({
      skipped: `minified or generated (a line of ${3 * MAX_LINE} characters)`,
    });
  });

  it('says why an unreadable path is skipped', () => {
    expect(readSource(join(dir, 'missing.css'))).toEqual({ skipped: 'does not exist' });
  });
});
