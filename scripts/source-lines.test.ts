/**
 * No tracked source line (.ts, .mjs, .js) is longer than 160 characters. Prettier wraps code at
 * 120 but cannot break a string, template or regex literal: a message that long is split into
 * concatenated pieces (same text), a regex into `new RegExp(a.source + b.source)`. The brand's
 * tokens/ and the byte-exact inputs under tests/fixtures/ are not source.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LIMIT = 160;
const NOT_SOURCE = ['tokens/', 'tests/fixtures/'];

/** The tracked source files, as git lists them (so build output and temp folders never count). */
function trackedSources(): string[] {
  return execFileSync('git', ['ls-files', '-z', '--', '*.ts', '*.mjs', '*.js'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && !NOT_SOURCE.some((prefix) => file.startsWith(prefix)));
}

describe('source lines', () => {
  it(`are at most ${LIMIT} characters in every tracked .ts, .mjs and .js file outside tokens/ and tests/fixtures/`, () => {
    const files = trackedSources();
    expect(files.length).toBeGreaterThan(100);
    const long: string[] = [];
    for (const file of files) {
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (line.length > LIMIT) long.push(`${file}:${i + 1}: ${line.length} characters`);
        });
    }
    expect(long, `split these lines (Prettier cannot):\n${long.join('\n')}`).toEqual([]);
  });
});
