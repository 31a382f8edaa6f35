import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagedCataloguePath, readCatalogue } from '../catalogue/read-catalogue.ts';
import { miniCatalogue } from '../../tests/node/lint-helpers.ts';
import { DEFAULT_ROLE_MAP } from './roles.ts';
import { buildTokenIndex } from './token-index.ts';
import { resolveTokenValues, TOKEN_VALUES_FILE, tokenValuesOf } from './token-values.ts';

/** The index without its catalogue (the same either way) and with plain data only, for a deep comparison. */
const comparable = (catalogueFile: string, fromFile: boolean) => {
  const catalogue = readCatalogue(catalogueFile, { warn: false });
  const values = fromFile ? tokenValuesOf(catalogue) : resolveTokenValues(catalogue);
  const { catalogue: _, ...index } = buildTokenIndex(catalogue, DEFAULT_ROLE_MAP, values);
  return JSON.parse(JSON.stringify(index, (_key, value) => (value instanceof Map ? [...value] : value)));
};

/** A copy of a built catalogue and its values file in a folder of its own. */
function copyOf(catalogueFile: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'livery-token-values-'));
  copyFileSync(catalogueFile, join(dir, 'tokens.json'));
  copyFileSync(join(dirname(catalogueFile), TOKEN_VALUES_FILE), join(dir, TOKEN_VALUES_FILE));
  return join(dir, 'tokens.json');
}

describe('token values written by the build', () => {
  it('give the same index as resolving the catalogue, for the mini brand and the packaged one', async () => {
    for (const file of [await miniCatalogue(), packagedCataloguePath()]) {
      expect(existsSync(join(dirname(file), TOKEN_VALUES_FILE)), `the build wrote ${TOKEN_VALUES_FILE}`).toBe(true);
      expect(comparable(file, true)).toEqual(comparable(file, false));
    }
  });

  it('are read back, not recomputed, while the catalogue is unchanged', async () => {
    const file = copyOf(await miniCatalogue());
    const valuesFile = join(dirname(file), TOKEN_VALUES_FILE);
    const written = JSON.parse(readFileSync(valuesFile, 'utf8'));
    const [css] = Object.keys(written.colors);
    written.colors[css!] = { oklab: [0.5, 0, 0], alpha: 1, key: '#777777ff' };
    writeFileSync(valuesFile, JSON.stringify(written));
    expect(tokenValuesOf(readCatalogue(file, { warn: false })).colors.get(css!)?.key).toBe('#777777ff');
  });

  it('are used only for the catalogue bytes they were made from', async () => {
    const file = copyOf(await miniCatalogue());
    const before = readFileSync(file, 'utf8');
    const token = Object.values(JSON.parse(before).tokens as Record<string, { type: string; css: string }>).find(
      (t) => t.type === 'color',
    )!;
    // an edit of the catalogue after the build (by hand, or another tool) is followed, not the stale file
    const edited = before.replace(JSON.stringify(token.css), JSON.stringify('#010203'));
    expect(edited).not.toBe(before);
    writeFileSync(file, edited);
    expect(comparable(file, true)).toEqual(comparable(file, false));
  });

  it('are computed again when the file is corrupt, foreign or from another version', async () => {
    const file = copyOf(await miniCatalogue());
    const valuesFile = join(dirname(file), TOKEN_VALUES_FILE);
    const written = JSON.parse(readFileSync(valuesFile, 'utf8'));
    const expected = comparable(file, false);
    for (const content of [
      '{"catalogueHash": tru',
      '[]',
      'null',
      JSON.stringify({ ...written, version: '0.0.0-other' }),
      JSON.stringify({ ...written, permutations: 'light' }),
    ]) {
      writeFileSync(valuesFile, content);
      expect(comparable(file, true)).toEqual(expected);
    }
  });
});
