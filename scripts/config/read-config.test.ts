import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { readConfig } from './read-config.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function repo(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'livery-config-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files))
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

describe('one config file, a section per command', () => {
  test('a check section does not make lint fail, and each command gets its own section (the bug: lint exited 2 "unknown key")', () => {
    const config = readConfig(
      repo({
        'livery.config.json': {
          check: { rules: { contrast: 'warning' }, backdrop: 'color.surface.raised' },
          lint: { exclude: ['legacy/**'] },
        },
      }),
    );
    expect(config.file).toBe('livery.config.json');
    expect(config.lint.exclude).toEqual(['legacy/**']);
    expect(config.check.rules).toEqual({ contrast: 'warning' });
    expect(config.check.backdrop).toBe('color.surface.raised');
  });

  test('lint keys at the top level (the older form) are still the lint section, beside other sections', () => {
    const config = readConfig(
      repo({ 'livery.config.json': { rules: { 'no-raw-color': 'warn' }, check: { rules: { contrast: 'off' } } } }),
    );
    expect(config.lint.rules.get('no-raw-color')?.severity).toBe('warning');
    expect(config.check.rules).toEqual({ contrast: 'off' });
  });

  test('package.json#livery is read when there is no livery.config.json', () => {
    const config = readConfig(
      repo({ 'package.json': { name: 'x', livery: { figma: { file: 'abc123' }, usage: { repos: ['../web'] } } } }),
    );
    expect(config.file).toBe('package.json#livery');
    expect(config.figma).toEqual({ file: 'abc123' });
    expect(config.usage.repos).toEqual(['../web']);
  });

  test('no file: every section has its defaults', () => {
    const config = readConfig(repo({ 'package.json': { name: 'x' } }));
    expect(config.file).toBeUndefined();
    expect(config.check.backdrop).toBe('color.surface.page');
    expect(config.lint.rules.size).toBe(0);
  });
});

describe('errors name the file, the key path and a did-you-mean', () => {
  const fails =
    (content: unknown, name = 'livery.config.json') =>
    () =>
      readConfig(repo({ [name]: content }));

  test.each([
    [
      { chek: {} },
      'livery.config.json › chek: unknown section (did you mean check?); sections: lint, check, figma, usage',
    ],
    [
      { lint: { rules: { 'no-raw-colr': 'error' } } },
      'livery.config.json › lint.rules.no-raw-colr: unknown rule (did you mean no-raw-color?)',
    ],
    [
      { check: { rules: { contrast: 'eror' } } },
      'livery.config.json › check.rules.contrast: severity must be one of error, warning, off (got "eror")',
    ],
    [
      { lint: { rules: { 'no-raw-color': 'fatal' } } },
      'livery.config.json › lint.rules.no-raw-color: severity must be one of error, warning, off (got "fatal")',
    ],
    [{ check: { backdrp: 'x' } }, 'livery.config.json › check.backdrp: unknown key (did you mean backdrop?)'],
    [{ figma: { fiel: 'x' } }, 'livery.config.json › figma.fiel: unknown key (did you mean file?)'],
    [{ usage: { repos: 'web' } }, 'livery.config.json › usage.repos: must be an array of folder paths'],
    [
      { rules: {}, lint: {} },
      'livery.config.json › rules: lint settings are both here and in "lint": move "rules" into the "lint" section',
    ],
    [[], 'livery.config.json: must be an object with a section per command'],
  ])('%j', (content, message) => {
    expect(fails(content)).toThrow(message);
  });

  test('bad JSON and a missing explicit file', () => {
    expect(fails('{ "lint": ')).toThrow(/^livery\.config\.json: is not valid JSON/);
    expect(() => readConfig(repo({}), 'other.json')).toThrow('other.json: does not exist');
  });

  test('a config error in one section is reported by every command (nothing is silently ignored)', () => {
    expect(fails({ 'package.json': 1 })).toThrow(/unknown section/);
    expect(fails({ name: 'x', livery: { check: { pairs: {} } } }, 'package.json')).toThrow(
      'package.json#livery › check.pairs: must be an array',
    );
  });
});
