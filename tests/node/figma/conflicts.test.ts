import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSync, pull, push } from '../../../scripts/figma/sync.ts';
import { brandWith, readJson, snapshotTree } from '../brand-fixture.ts';
import type { FakeFigma } from './fake-figma-server.ts';
import { fakeFigmaPerTest } from './fake-figma-per-test.ts';
import { runCli, syncOptions, TOKEN } from './helpers.ts';

let fake: FakeFigma;
fakeFigmaPerTest((started) => (fake = started));

/** Sets a Figma variable's value in its default mode, as a designer would. */
function editInFigma(name: string, value: unknown): void {
  const file = fake.files.get('FILE')!;
  const variable = Object.values(file.variables).find((v) => v.name === name)!;
  const collection = file.variableCollections[variable.variableCollectionId]!;
  variable.valuesByMode[collection.defaultModeId] = value as never;
}

function editInCode(dir: string, file: string, edit: (json: Record<string, any>) => void): void {
  const json = readJson(join(dir, file)) as Record<string, any>;
  edit(json);
  writeFileSync(join(dir, file), `${JSON.stringify(json, null, 2)}\n`);
}

describe('three-way sync', () => {
  it('takes a Figma edit into code and a code edit into Figma, losing neither', async () => {
    const brand = brandWith();
    await push(syncOptions(fake, brand.resolver));
    editInFigma('space/4', 24);
    editInCode(brand.dir, 'primitives.tokens.json', (j) => {
      j.duration.fast.$value = { value: 150, unit: 'ms' };
    });

    const pulled = await pull(syncOptions(fake, brand.resolver));
    expect(pulled.context.conflicts).toEqual([]);
    const primitives = readJson(join(brand.dir, 'primitives.tokens.json')) as Record<string, any>;
    expect(primitives.space['4'].$value).toEqual({ value: 1.5, unit: 'rem' }); // the author's unit is kept
    expect(primitives.duration.fast.$value).toEqual({ value: 150, unit: 'ms' }); // the code edit survives the pull
    expect(pulled.plan!.notes.join('\n')).toMatch(/duration\.fast \[light\]: changed in code/);

    await push(syncOptions(fake, brand.resolver));
    const file = fake.files.get('FILE')!;
    const fast = Object.values(file.variables).find((v) => v.name === 'duration/fast')!;
    expect(Object.values(fast.valuesByMode)).toEqual([150]);
    const after = await loadSync(syncOptions(fake, brand.resolver));
    expect(after.entries.filter((e) => e.status !== 'same')).toEqual([]);
  });

  it('stops on a token changed on both sides, lists it and writes nothing', async () => {
    const brand = brandWith();
    await push(syncOptions(fake, brand.resolver));
    editInFigma('space/4', 24);
    editInCode(brand.dir, 'primitives.tokens.json', (j) => {
      j.space['4'].$value = { value: 2, unit: 'rem' };
    });
    const before = snapshotTree(brand.dir);
    const posts = fake.posts.length;

    const pulled = await pull(syncOptions(fake, brand.resolver));
    expect(pulled.context.conflicts.map((c) => `${c.name} ${c.mode}`)).toEqual(['space.4 light']);
    expect(pulled.plan).toBeUndefined();
    expect(snapshotTree(brand.dir)).toEqual(before);

    const pushed = await push(syncOptions(fake, brand.resolver));
    expect(pushed.context.conflicts).toHaveLength(1);
    expect(fake.posts.length).toBe(posts);

    const cli = await runCli(
      ['figma', 'pull', '--file', 'FILE', '--resolver', brand.resolver, '--api-base', fake.url],
      { FIGMA_TOKEN: TOKEN },
    );
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/1 conflict: changed in code and in Figma since the last sync/);
    expect(cli.stderr).toMatch(/primitives › space\.4 \[light\]: code 32, Figma 24/);
    expect(cli.stderr).toMatch(/--prefer figma or --prefer code/);
  });

  it("--prefer figma takes Figma's side of a conflict; --prefer code takes code's", async () => {
    const brand = brandWith();
    await push(syncOptions(fake, brand.resolver));
    editInFigma('space/4', 24);
    editInCode(brand.dir, 'primitives.tokens.json', (j) => {
      j.space['4'].$value = { value: 2, unit: 'rem' };
    });
    await pull(syncOptions(fake, brand.resolver, { prefer: 'figma' }));
    expect((readJson(join(brand.dir, 'primitives.tokens.json')) as any).space['4'].$value).toEqual({
      value: 1.5,
      unit: 'rem',
    });

    editInFigma('space/4', 40);
    editInCode(brand.dir, 'primitives.tokens.json', (j) => {
      j.space['4'].$value = { value: 3, unit: 'rem' };
    });
    await push(syncOptions(fake, brand.resolver, { prefer: 'code' }));
    const v = Object.values(fake.files.get('FILE')!.variables).find((x) => x.name === 'space/4')!;
    expect(Object.values(v.valuesByMode)).toEqual([48]);
  });

  it('--dry-run prints the drift and changes nothing on either side', async () => {
    const brand = brandWith();
    await push(syncOptions(fake, brand.resolver));
    editInFigma('space/4', 24);
    editInCode(brand.dir, 'primitives.tokens.json', (j) => {
      j.duration.fast.$value = { value: 150, unit: 'ms' };
    });
    const before = snapshotTree(brand.dir);
    const figmaBefore = JSON.stringify(fake.files.get('FILE'));
    const args = ['--file', 'FILE', '--resolver', brand.resolver, '--api-base', fake.url, '--dry-run'];
    const pulled = await runCli(['figma', 'pull', ...args], { FIGMA_TOKEN: TOKEN });
    expect(pulled.code).toBe(0);
    expect(pulled.stdout).toMatch(/< primitives › space\.4 \[light\]: code 16, Figma 24 \(changed in Figma\)/);
    expect(pulled.stdout).toMatch(/> primitives › duration\.fast \[light\]: code 150, Figma 120 \(changed in code\)/);
    expect(pulled.stdout).toMatch(/dry run: 1 change would be pulled into 1 file/);
    const pushed = await runCli(['figma', 'push', ...args], { FIGMA_TOKEN: TOKEN });
    expect(pushed.stdout).toMatch(/dry run: would send 1 variableModeValues in 1 request/);
    expect(pushed.stdout).toMatch(
      new RegExp(
        /note: 3 tokens stay in code only, having no Figma variable type /.source +
          /\(.*typography tokens have no Figma variable type.*\): easing\.standard, typography\.body, motion\.enter/
            .source,
      ),
    );
    expect(snapshotTree(brand.dir)).toEqual(before);
    expect(JSON.stringify(fake.files.get('FILE'))).toBe(figmaBefore);

    const diff = await runCli(
      ['figma', 'diff', '--file', 'FILE', '--resolver', brand.resolver, '--api-base', fake.url, '--format', 'json'],
      { FIGMA_TOKEN: TOKEN },
    );
    expect(diff.code).toBe(1);
    expect(
      JSON.parse(diff.stdout)
        .drift.map((d: { name: string; mode: string; status: string }) => `${d.name} ${d.mode} ${d.status}`)
        .sort(),
    ).toEqual(['duration.fast light code', 'space.4 light figma']);
  });

  it('keeps the state file stable: a second sync with no edits changes no byte', async () => {
    const brand = brandWith();
    await push(syncOptions(fake, brand.resolver));
    const state = readFileSync(join(brand.dir, 'figma-sync.json'), 'utf8');
    expect(JSON.parse(state).files.FILE.tokens['semantic::color.text']).toEqual({
      $id: expect.stringMatching(/^VariableID:/),
      $meta: expect.any(String),
      light: expect.any(String),
      dark: expect.any(String),
    });
    const before = snapshotTree(brand.dir);
    await pull(syncOptions(fake, brand.resolver));
    await push(syncOptions(fake, brand.resolver));
    expect(snapshotTree(brand.dir)).toEqual(before);
  });
});
