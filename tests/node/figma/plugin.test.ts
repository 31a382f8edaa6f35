import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GetLocalVariablesResponse } from '@figma/rest-api-spec';
import { applyBody } from '../../../scripts/figma/plugin/apply-body.ts';
import { exportVariables } from '../../../scripts/figma/plugin/export-variables.ts';
import { brandWith, readJson, removeBrandCopies } from '../brand-fixture.ts';
import { FakeFigmaStore } from './fake-figma-store.ts';
import { startFakeFigma, type FakeFigma } from './fake-figma-server.ts';
import { fakePluginApi } from './fake-plugin-api.ts';
import { client, runCli, TOKEN } from './helpers.ts';
import { responseProblems } from './openapi.ts';

/**
 * The plugin route (any Figma plan): export → liverykit plans a body → the plugin applies it. One
 * store sits behind the REST fake and the plugin fake, so both routes are compared on the same data.
 */
let store: FakeFigmaStore;
let fake: FakeFigma;
beforeEach(async () => {
  store = new FakeFigmaStore();
  fake = await startFakeFigma({ store });
});
afterEach(() => fake.close());
afterAll(removeBrandCopies);

const save = (dir: string, name: string, json: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(json, null, 2));
  return file;
};

/** The file's variables with ids replaced by names, so two files built the same way compare equal. */
function byName(response: GetLocalVariablesResponse): unknown {
  const { variables, variableCollections } = response.meta;
  const modeName = new Map(
    Object.values(variableCollections).flatMap((c) =>
      c.modes.map((m) => [m.modeId, `${c.name}/${m.name}`] as [string, string]),
    ),
  );
  const name = (id: string) =>
    variables[id] ? `${variableCollections[variables[id]!.variableCollectionId]?.name}:${variables[id]!.name}` : id;
  const swap = (value: unknown): unknown =>
    value && typeof value === 'object' && (value as { type?: string }).type === 'VARIABLE_ALIAS'
      ? { alias: name((value as { id: string }).id) }
      : value;
  return {
    collections: Object.values(variableCollections)
      .map((c) => ({
        name: c.name,
        modes: c.modes.map((m) => m.name),
        default: modeName.get(c.defaultModeId),
        hidden: c.hiddenFromPublishing,
        variables: c.variableIds.map(name),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    variables: Object.values(variables)
      .map((v) => ({
        name: name(v.id),
        type: v.resolvedType,
        description: v.description,
        scopes: v.scopes,
        codeSyntax: v.codeSyntax,
        hidden: v.hiddenFromPublishing,
        values: Object.fromEntries(Object.entries(v.valuesByMode).map(([m, value]) => [modeName.get(m), swap(value)])),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

async function planBody(brand: { dir: string; resolver: string }, key: string, extra: string[] = []) {
  const exported = save(brand.dir, `${key}.export.json`, await exportVariables(fakePluginApi(store, key)));
  const bodyFile = join(brand.dir, `${key}.body.json`);
  const result = await runCli(
    ['figma', 'push', '--resolver', brand.resolver, '--from-export', exported, '--to-file', bodyFile, ...extra],
    { FIGMA_TOKEN: undefined },
  );
  return { result, bodyFile, exported };
}

describe('export, plan, apply', () => {
  it('apply then export equals POST then GET, and the export is a valid GET reply', async () => {
    const brand = brandWith();
    store.addFile('PLUGIN');
    store.addFile('REST');
    const { result, bodyFile } = await planBody(brand, 'PLUGIN');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/wrote .*PLUGIN\.body\.json: 3 variableCollections, .* variables/);
    const planned = readJson(bodyFile) as {
      body: Parameters<typeof client>[0] extends never ? never : Record<string, unknown[]>;
    };
    const report = await applyBody(fakePluginApi(store, 'PLUGIN'), planned);
    expect(report.problems).toEqual([]);
    expect(report.applied).toBe(true);
    expect(report.changes).toEqual(
      expect.arrayContaining([
        'created collection primitives',
        'created palette/blue',
        expect.stringMatching(/^set \d+ values$/),
      ]),
    );
    await client(fake).postVariables('REST', planned.body as never);
    const exported = await exportVariables(fakePluginApi(store, 'PLUGIN'));
    const rest = await client(fake).getLocalVariables('REST');
    expect(byName(exported)).toEqual(byName(rest));
    expect(responseProblems('GetLocalVariablesResponse', exported)).toEqual([]);
  });

  it('pull and diff --from-export: the same three-way state and conflicts as the REST route', async () => {
    const brand = brandWith();
    store.addFile('PLUGIN');
    const { bodyFile } = await planBody(brand, 'PLUGIN');
    await applyBody(fakePluginApi(store, 'PLUGIN'), readJson(bodyFile));
    const api = fakePluginApi(store, 'PLUGIN');
    const exportFile = save(brand.dir, 'after.json', await exportVariables(api));
    const pulled = await runCli(['figma', 'pull', '--resolver', brand.resolver, '--from-export', exportFile], {
      FIGMA_TOKEN: undefined,
    });
    expect(pulled.code).toBe(0);
    expect(pulled.stdout).toMatch(/pulled 0 changes; 0 files written/);
    const state = readJson(join(brand.dir, 'figma-sync.json')) as {
      files: Record<string, { tokens: Record<string, Record<string, string>> }>;
    };
    expect(Object.keys(state.files)).toEqual(['PLUGIN']);
    expect(state.files.PLUGIN!.tokens['semantic::color.text']!.$id).toMatch(/^VariableID:/);

    // Both sides edit color.action: the plugin export shows the same conflict the REST API would.
    const semantic = (await api.variables.getLocalVariableCollectionsAsync()).find((c) => c.name === 'semantic')!;
    const action = (await api.variables.getLocalVariablesAsync()).find(
      (v) => v.name === 'color/action' && v.variableCollectionId === semantic.id,
    )!;
    const coral = (await api.variables.getLocalVariablesAsync()).find((v) => v.name === 'palette/coral')!;
    action.setValueForMode(semantic.defaultModeId, { type: 'VARIABLE_ALIAS', id: coral.id });
    const semanticFile = join(brand.dir, 'semantic.tokens.json');
    writeFileSync(
      semanticFile,
      readFileSync(semanticFile, 'utf8').replace(
        '"action": { "$value": "{palette.blue}"',
        '"action": { "$value": "{palette.sky}"',
      ),
    );
    const edited = save(brand.dir, 'edited.json', await exportVariables(api));
    const viaExport = await runCli(
      ['figma', 'diff', '--resolver', brand.resolver, '--from-export', edited, '--format', 'json'],
      { FIGMA_TOKEN: undefined },
    );
    const viaRest = await runCli(
      ['figma', 'diff', '--resolver', brand.resolver, '--file', 'PLUGIN', '--api-base', fake.url, '--format', 'json'],
      { FIGMA_TOKEN: TOKEN },
    );
    expect(viaExport.code).toBe(1);
    expect(JSON.parse(viaExport.stdout).drift).toEqual([
      expect.objectContaining({ name: 'color.action', mode: 'light', status: 'conflict' }),
    ]);
    expect(JSON.parse(viaExport.stdout)).toEqual(JSON.parse(viaRest.stdout));
  });
});

describe('bad input: a clear message, nothing applied', () => {
  it('an export from another tool, an older plugin, or cut off', async () => {
    const brand = brandWith();
    store.addFile('PLUGIN');
    const good = await exportVariables(fakePluginApi(store, 'PLUGIN'));
    const run = (file: string) =>
      runCli(['figma', 'diff', '--resolver', brand.resolver, '--from-export', file], { FIGMA_TOKEN: undefined });
    const raw = await run(save(brand.dir, 'raw.json', { status: 200, error: false, meta: good.meta }));
    expect(raw.code).toBe(2);
    expect(raw.stderr).toMatch(
      /raw\.json: is not a Livery export: no "livery" stamp \(it looks like a raw REST reply or another tool's export\)/,
    );
    const older = await run(save(brand.dir, 'older.json', { ...good, livery: { ...good.livery, version: 0 } }));
    expect(older.stderr).toMatch(
      /older\.json: was written by an older plugin \(format version 0; this liverykit reads 1\)/,
    );
    const cut = join(brand.dir, 'cut.json');
    writeFileSync(cut, JSON.stringify(good).slice(0, 60));
    const truncated = await run(cut);
    expect(truncated.code).toBe(2);
    expect(truncated.stderr).toMatch(/cut\.json: is not valid JSON .*it looks truncated/);
    expect(readJson(join(brand.dir, 'semantic.tokens.json'))).toEqual(
      readJson(join(brand.dir, 'semantic.tokens.json')),
    );
  });

  it("a body planned against another file, a body from another tool, or over the plan's mode limit", async () => {
    const brand = brandWith();
    store.addFile('PLUGIN');
    store.addFile('OTHER');
    const { bodyFile } = await planBody(brand, 'PLUGIN');
    const body = readJson(bodyFile) as { livery: Record<string, unknown>; body: unknown };
    const before = structuredClone(store.file('OTHER'));
    const elsewhere = await applyBody(fakePluginApi(store, 'OTHER'), body);
    expect(elsewhere).toEqual({
      applied: false,
      changes: [],
      problems: [expect.stringMatching(/planned against file PLUGIN .*not this file \(OTHER\)/)],
    });
    expect((await applyBody(fakePluginApi(store, 'OTHER'), body.body)).problems).toEqual([
      expect.stringMatching(/not a body planned by `liverykit figma push --to-file`/),
    ]);
    // Starter allows one mode: planning refuses, and a body edited to claim more is refused on apply.
    const starter = await planBody(brand, 'PLUGIN', ['--plan', 'starter']);
    expect(starter.result.code).toBe(1);
    expect(starter.result.stderr).toMatch(
      /semantic: would have 2 modes \(light, dark\); the Figma plan allows 1 per collection/,
    );
    const tight = fakePluginApi(store, 'OTHER', { maxModes: 1 });
    const claimed = await applyBody(tight, {
      ...body,
      livery: { ...body.livery, fileKey: 'OTHER', modesPerCollection: 1 },
    });
    expect(claimed.applied).toBe(false);
    expect(claimed.problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/"semantic" would have 2 modes; this plan allows 1/)]),
    );
    expect(store.file('OTHER')).toEqual(before);
  });
});
