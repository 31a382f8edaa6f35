import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pull, push } from '../../../scripts/figma/sync.ts';
import { TokenFiles, writeFilesAtomically } from '../../../scripts/figma/token-writer.ts';
import { brandWith, snapshotTree } from '../brand-fixture.ts';
import type { FakeFigma } from './fake-figma-server.ts';
import { fakeFigmaPerTest } from './fake-figma-per-test.ts';
import { syncOptions } from './helpers.ts';

describe('atomic writes', () => {
  it('writes every file or none: a failure leaves the others untouched and no temporaries behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'livery-atomic-'));
    writeFileSync(join(dir, 'a.tokens.json'), 'old a\n');
    writeFileSync(join(dir, 'blocker'), 'a file where a folder is needed');
    expect(() =>
      writeFilesAtomically(
        new Map([
          [join(dir, 'a.tokens.json'), 'new a\n'],
          [join(dir, 'blocker', 'b.tokens.json'), 'new b\n'],
        ]),
      ),
    ).toThrow();
    expect(readFileSync(join(dir, 'a.tokens.json'), 'utf8')).toBe('old a\n');
    expect(readdirSync(dir).sort()).toEqual(['a.tokens.json', 'blocker']);
  });

  it('leaves files whose content would not change alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'livery-atomic-'));
    writeFileSync(join(dir, 'same.json'), 'same\n');
    expect(
      writeFilesAtomically(
        new Map([
          [join(dir, 'same.json'), 'same\n'],
          [join(dir, 'new.json'), 'new\n'],
        ]),
      ),
    ).toEqual([join(dir, 'new.json')]);
  });

  it("edits keep key order and the file's indentation; unedited files are not rewritten", () => {
    const dir = mkdtempSync(join(tmpdir(), 'livery-atomic-'));
    const file = join(dir, 'x.tokens.json');
    const tokens = {
      b: { $type: 'number', one: { $value: 1, $description: 'One.' }, two: { $value: 2 } },
      a: { $type: 'string', s: { $value: 's' } },
    };
    const original = `${JSON.stringify(tokens, null, 4)}\n`;
    writeFileSync(file, original);
    const files = new TokenFiles();
    files.set(file, ['b', 'two'], { value: 2 });
    expect(files.changes().size).toBe(0);
    files.set(file, ['b', 'one'], { value: 10, description: '' });
    files.set(file, ['b', 'three'], { value: 3, type: 'number' });
    const text = files.changes().get(file)!;
    const edited = {
      b: { $type: 'number', one: { $value: 10 }, two: { $value: 2 }, three: { $value: 3 } },
      a: { $type: 'string', s: { $value: 's' } },
    };
    expect(text).toBe(`${JSON.stringify(edited, null, 4)}\n`);
  });
});

describe('pull writes', () => {
  let fake: FakeFigma;
  fakeFigmaPerTest((started) => (fake = started));

  it('changes only the lines of the token that changed in a canonically formatted file', async () => {
    const brand = brandWith();
    // Canonical formatting, as tokens/ has it.
    for (const f of [
      'primitives.tokens.json',
      'semantic.tokens.json',
      'themes/dark.tokens.json',
      'brands/campaign.tokens.json',
    ]) {
      writeFileSync(
        join(brand.dir, f),
        `${JSON.stringify(JSON.parse(readFileSync(join(brand.dir, f), 'utf8')), null, 2)}\n`,
      );
    }
    await push(syncOptions(fake, brand.resolver));
    const before = readFileSync(join(brand.dir, 'primitives.tokens.json'), 'utf8').split('\n');
    const file = fake.files.get('FILE')!;
    const v = Object.values(file.variables).find((x) => x.name === 'duration/fast')!;
    v.valuesByMode[file.variableCollections[v.variableCollectionId]!.defaultModeId] = 200;
    const outcome = await pull(syncOptions(fake, brand.resolver));
    expect(outcome.written).toEqual([join(brand.dir, 'primitives.tokens.json')]);
    const after = readFileSync(join(brand.dir, 'primitives.tokens.json'), 'utf8').split('\n');
    expect(after.length).toBe(before.length);
    const changed = after.flatMap((line, i) => (line === before[i] ? [] : [`${before[i]!.trim()} → ${line.trim()}`]));
    expect(changed).toEqual(['"value": 120, → "value": 200,']);
    expect(readdirSync(brand.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a --dry-run pull leaves every file and the state as they were', async () => {
    const brand = brandWith();
    await push(syncOptions(fake, brand.resolver));
    const file = fake.files.get('FILE')!;
    const v = Object.values(file.variables).find((x) => x.name === 'duration/fast')!;
    v.valuesByMode[file.variableCollections[v.variableCollectionId]!.defaultModeId] = 200;
    const before = snapshotTree(brand.dir);
    await pull(syncOptions(fake, brand.resolver, { dryRun: true }));
    expect(snapshotTree(brand.dir)).toEqual(before);
    expect(existsSync(join(brand.dir, 'figma-sync.json'))).toBe(true);
  });
});
