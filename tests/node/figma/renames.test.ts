import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSync, pull, push } from '../../../scripts/figma/sync.ts';
import { brandWith, readJson, removeBrandCopies } from '../brand-fixture.ts';
import type { FakeFigma } from './fake-figma-server.ts';
import { fakeFigmaPerTest } from './fake-figma-per-test.ts';
import { syncOptions } from './helpers.ts';

let fake: FakeFigma;
fakeFigmaPerTest((started) => (fake = started));
afterAll(removeBrandCopies);

const variableNamed = (name: string) => Object.values(fake.files.get('FILE')!.variables).find((v) => v.name === name);
const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(file, change(readFileSync(file, 'utf8')));
const driftOf = async (resolver: string) =>
  (await loadSync(syncOptions(fake, resolver))).entries.filter((e) => e.status !== 'same');

describe('renames keep the variable (and every layer bound to it)', () => {
  it('a token renamed in code is sent as an UPDATE of the name; --prune deletes nothing', async () => {
    const brand = brandWith();
    await push(syncOptions(fake, brand.resolver));
    const sky = variableNamed('palette/sky')!;
    const state = readJson(join(brand.dir, 'figma-sync.json')) as {
      files: { FILE: { tokens: Record<string, Record<string, string>> } };
    };
    expect(state.files.FILE.tokens['primitives::palette.sky']!.$id).toBe(sky.id);

    edit(join(brand.dir, 'primitives.tokens.json'), (t) => t.replace('"sky"', '"azure"'));
    edit(join(brand.dir, 'themes/dark.tokens.json'), (t) => t.replace('{palette.sky}', '{palette.azure}'));
    const posts = fake.posts.length;
    const outcome = await push(syncOptions(fake, brand.resolver, { prune: true }));
    expect(outcome.error).toBeUndefined();
    expect(outcome.context.renames).toEqual([
      { collection: 'primitives', from: 'palette.sky', to: 'palette.azure', id: sky.id, side: 'code' },
    ]);
    const sent = fake.posts.slice(posts);
    // The name, then the code syntax that follows it (var(--lv-palette-azure)): no delete, no create.
    expect(sent.flatMap((b) => b.variables ?? [])).toEqual([
      { action: 'UPDATE', id: sky.id, name: 'palette/azure' },
      expect.objectContaining({ action: 'UPDATE', id: sky.id, codeSyntax: { WEB: 'var(--lv-palette-azure)' } }),
    ]);
    expect(variableNamed('palette/azure')!.id).toBe(sky.id);
    expect(variableNamed('palette/sky')).toBeUndefined();
    expect(await driftOf(brand.resolver)).toEqual([]);
  });

  it('a variable renamed in Figma moves the token in code, with every reference to it', async () => {
    const brand = brandWith();
    await push(syncOptions(fake, brand.resolver));
    variableNamed('palette/blue')!.name = 'palette/cobalt';
    const before = (readJson(join(brand.dir, 'primitives.tokens.json')) as { palette: Record<string, unknown> }).palette
      .blue;
    const outcome = await pull(syncOptions(fake, brand.resolver));
    expect(outcome.context.renames).toEqual([
      expect.objectContaining({ from: 'palette.blue', to: 'palette.cobalt', side: 'figma' }),
    ]);
    const primitives = readJson(join(brand.dir, 'primitives.tokens.json')) as { palette: Record<string, unknown> };
    expect(primitives.palette.blue).toBeUndefined();
    expect(primitives.palette.cobalt).toEqual(before);
    expect(
      (readJson(join(brand.dir, 'semantic.tokens.json')) as { color: { action: { $value: string } } }).color.action
        .$value,
    ).toBe('{palette.cobalt}');
    // Only the code syntax Figma still has for the old name differs; a push with --prune sends it and deletes nothing.
    expect((await driftOf(brand.resolver)).map((e) => `${e.name} ${e.mode} ${e.status}`)).toEqual([
      'palette.cobalt $meta code',
    ]);
    const posts = fake.posts.length;
    await push(syncOptions(fake, brand.resolver, { prune: true }));
    expect(
      fake.posts
        .slice(posts)
        .flatMap((b) => b.variables ?? [])
        .filter((v) => v.action !== 'UPDATE'),
    ).toEqual([]);
    expect(await driftOf(brand.resolver)).toEqual([]);
  });
});

describe('a write whose reply was lost', () => {
  const names = () =>
    Object.values(fake.files.get('FILE')!.variables).map((v) => `${v.variableCollectionId} ${v.name}`);

  it('applied, then the connection dropped: the push re-reads the file and creates nothing twice', async () => {
    const brand = brandWith();
    fake.fail({ kind: 'apply-then-drop', method: 'POST' });
    const outcome = await push(syncOptions(fake, brand.resolver));
    expect(outcome.error).toBeUndefined();
    expect(new Set(names()).size).toBe(names().length);
    expect(Object.keys(fake.files.get('FILE')!.variableCollections)).toHaveLength(3);
    expect(fake.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200', 'POST -1', 'GET 200']);
    expect(await driftOf(brand.resolver)).toEqual([]);
  });

  it('applied, then a 502, in the middle of a split push: the rest is re-planned against the file', async () => {
    const brand = brandWith();
    fake.fail(
      { kind: 'status', status: 429, retryAfter: 0, method: 'POST' },
      { kind: 'apply-then-status', status: 502, method: 'POST' },
    );
    const outcome = await push(syncOptions(fake, brand.resolver, { maxRequestBytes: 2048 }));
    expect(outcome.error).toBeUndefined();
    expect(new Set(names()).size).toBe(names().length);
    expect(fake.requests.filter((r) => r.method === 'GET')).toHaveLength(2);
    expect(await driftOf(brand.resolver)).toEqual([]);
  });

  it('not applied (5xx before applying): the re-plan sends the same changes once', async () => {
    const brand = brandWith();
    fake.fail({ kind: 'status', status: 500, method: 'POST' });
    const outcome = await push(syncOptions(fake, brand.resolver));
    expect(outcome.error).toBeUndefined();
    expect(fake.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200', 'POST 500', 'GET 200', 'POST 200']);
    expect(await driftOf(brand.resolver)).toEqual([]);
  });
});
