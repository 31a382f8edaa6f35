import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import type { Diagnostic } from './diagnostics.ts';
import { printDiagnostics } from './logger.ts';

function printed(diagnostics: Diagnostic[]): string[] {
  let text = '';
  const stream = new Writable({ write: (chunk, _encoding, done) => ((text += String(chunk)), done()) });
  printDiagnostics(diagnostics, stream);
  return text.trimEnd().split('\n');
}

const d = (severity: Diagnostic['severity'], group: string, message: string): Diagnostic => ({
  severity,
  group,
  file: 'tokens/a.tokens.json',
  message,
});

it('groups diagnostics by group, errors first, with counts per group and in total', () => {
  expect(
    printed([
      d('warning', 'tokens', 'w1'),
      d('error', 'build', 'e1'),
      d('error', 'tokens', 'e2'),
      d('warning', 'build', 'w2'),
    ]),
  ).toEqual([
    'error [tokens] tokens/a.tokens.json: e2',
    'warning [tokens] tokens/a.tokens.json: w1',
    'error [build] tokens/a.tokens.json: e1',
    'warning [build] tokens/a.tokens.json: w2',
    '2 errors, 2 warnings (tokens: 1 error, 1 warning; build: 1 error, 1 warning)',
  ]);
});

it('summarises repeated warnings of one kind, never errors', () => {
  const lines = printed([
    ...Array.from({ length: 8 }, (_, i) => d('warning', 'tokens', `"t${i}" has no description`)),
    ...Array.from({ length: 7 }, () => d('error', 'tokens', 'broken')),
  ]);
  expect(lines.filter((l) => l.startsWith('warning'))).toHaveLength(5);
  expect(lines.filter((l) => l.startsWith('error'))).toHaveLength(7);
  expect(lines).toContain('… and 3 more warnings [tokens] of the kinds above');
  expect(lines.at(-1)).toBe('7 errors, 8 warnings');
});

it('prints nothing for no diagnostics', () => {
  expect(printed([])).toEqual(['']);
});
