import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadSync, pull, push } from '../../../scripts/figma/sync.ts';
import { brandWith, removeBrandCopies } from '../brand-fixture.ts';
import type { FakeFigma } from './fake-figma-server.ts';
import { fakeFigmaPerTest } from './fake-figma-per-test.ts';
import { client, syncOptions } from './helpers.ts';
import { fakePluginApi } from './fake-plugin-api.ts';
import { applyBody } from '../../../scripts/figma/plugin/apply-body.ts';
import { exportVariables } from '../../../scripts/figma/plugin/export-variables.ts';

/** Extended collections (variableOverrides, parentModeId) and colours with a linked opacity. */
let fake: FakeFigma;
fakeFigmaPerTest((started) => (fake = started));
afterAll(removeBrandCopies);

const file = () => fake.files.get('FILE')!;
const collectionNamed = (name: string) => Object.values(file().variableCollections).find((c) => c.name === name)!;
const variableIn = (collection: string, name: string) =>
  Object.values(file().variables).find(
    (v) => v.name === name && v.variableCollectionId === collectionNamed(collection).id,
  )!;

async function withCampaignExtension(brand: { dir: string; resolver: string }) {
  await push(syncOptions(fake, brand.resolver));
  // The design team keeps the campaign as an extension of semantic instead of its own collection.
  const campaign = collectionNamed('brands/campaign');
  const semantic = collectionNamed('semantic');
  await client(fake).postVariables('FILE', {
    variableCollections: [
      { action: 'DELETE', id: campaign.id },
      { action: 'CREATE', id: 'ext', name: 'brands/campaign', parentVariableCollectionId: semantic.id },
    ],
  });
  const extension = collectionNamed('brands/campaign');
  const coral = variableIn('primitives', 'palette/coral');
  await client(fake).postVariables('FILE', {
    variableModeValues: extension.modes.map((m) => ({
      variableId: variableIn('semantic', 'color/action').id,
      modeId: m.modeId,
      value: { type: 'VARIABLE_ALIAS' as const, id: coral.id },
    })),
  });
  rmSync(join(brand.dir, 'figma-sync.json'));
  return { extension: collectionNamed('brands/campaign'), semantic };
}

it("reads an extension's overrides as the brand context's collection, and pushes overrides into it", async () => {
  const brand = brandWith();
  const { extension } = await withCampaignExtension(brand);
  expect(extension.isExtension).toBe(true);
  expect(extension.modes.every((m) => m.parentModeId)).toBe(true);
  const before = await loadSync(syncOptions(fake, brand.resolver));
  expect(before.figma.problems).toEqual([]);
  expect(before.entries.filter((e) => e.collection === 'brands/campaign' && e.status !== 'same')).toEqual([]);
  // A pull records the agreement as the base (the state was started afresh).
  expect((await pull(syncOptions(fake, brand.resolver))).written).toEqual([]);

  const campaignFile = join(brand.dir, 'brands/campaign.tokens.json');
  writeFileSync(campaignFile, readFileSync(campaignFile, 'utf8').replace('{palette.coral}', '{palette.sky}'));
  const posts = fake.posts.length;
  const outcome = await push(syncOptions(fake, brand.resolver));
  expect(outcome.plan?.errors).toEqual([]);
  const sent = fake.posts.slice(posts);
  expect(sent.flatMap((b) => b.variables ?? [])).toEqual([]);
  const action = variableIn('semantic', 'color/action');
  const sky = variableIn('primitives', 'palette/sky');
  expect(sent.flatMap((b) => b.variableModeValues ?? [])).toEqual(
    extension.modes.map((m) => ({
      variableId: action.id,
      modeId: m.modeId,
      value: { type: 'VARIABLE_ALIAS', id: sky.id },
    })),
  );
  expect(collectionNamed('brands/campaign').variableOverrides![action.id]).toEqual(
    Object.fromEntries(extension.modes.map((m) => [m.modeId, { type: 'VARIABLE_ALIAS', id: sky.id }])),
  );
  expect((await loadSync(syncOptions(fake, brand.resolver))).entries.filter((e) => e.status !== 'same')).toEqual([]);
});

it('an override that differs by mode, and a colour with a linked opacity, are reported, not dropped', async () => {
  const brand = brandWith();
  const { extension } = await withCampaignExtension(brand);
  const action = variableIn('semantic', 'color/action');
  const dark = extension.modes.find((m) => m.name === 'dark')!;
  await client(fake).postVariables('FILE', {
    variableModeValues: [{ variableId: action.id, modeId: dark.modeId, value: { r: 1, g: 0, b: 0, a: 1 } }],
  });
  // color.surface: palette.white's colour with its opacity linked to a number variable.
  const opacity = await client(fake).postVariables('FILE', {
    variables: [
      {
        action: 'CREATE',
        id: 'o',
        name: 'opacity/half',
        variableCollectionId: collectionNamed('primitives').id,
        resolvedType: 'FLOAT',
      },
    ],
    variableModeValues: [{ variableId: 'o', modeId: collectionNamed('primitives').defaultModeId, value: 0.5 }],
  });
  const white = variableIn('primitives', 'palette/white');
  const surface = variableIn('semantic', 'color/surface');
  file().variables[surface.id]!.valuesByMode[collectionNamed('semantic').defaultModeId] = {
    color: { r: 1, g: 1, b: 1, a: 1 },
    opacity: { type: 'VARIABLE_ALIAS', id: opacity.meta!.tempIdToRealId!.o! },
  } as never;
  void white;
  const context = await loadSync(syncOptions(fake, brand.resolver));
  expect(context.figma.problems).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        severity: 'error',
        at: 'brands/campaign › color.action',
        message: expect.stringMatching(/override differs by mode \(dark differ/),
      }),
      expect.objectContaining({
        severity: 'warning',
        at: 'semantic › color.surface [light]',
        message: expect.stringMatching(/linked opacity/),
      }),
    ]),
  );
  expect(context.figma.sync.collections.get('semantic')!.variables.get('color.surface')!.values.get('light')).toEqual({
    r: 1,
    g: 1,
    b: 1,
    a: 0.5,
  });
});

it('the plugin route writes the same overrides into the extension', async () => {
  const brand = brandWith();
  const { extension } = await withCampaignExtension(brand);
  await pull(syncOptions(fake, brand.resolver));
  const campaignFile = join(brand.dir, 'brands/campaign.tokens.json');
  writeFileSync(campaignFile, readFileSync(campaignFile, 'utf8').replace('{palette.coral}', '{palette.sky}'));
  const api = fakePluginApi(fake.store, 'FILE');
  const exportFile = join(brand.dir, 'export.json');
  writeFileSync(exportFile, JSON.stringify(await exportVariables(api)));
  const bodyFile = join(brand.dir, 'body.json');
  const planned = await push({ ...syncOptions(fake, brand.resolver), fromExport: exportFile, toFile: bodyFile });
  expect(planned.plan?.errors).toEqual([]);
  const report = await applyBody(api, JSON.parse(readFileSync(bodyFile, 'utf8')));
  expect(report.problems).toEqual([]);
  const action = variableIn('semantic', 'color/action');
  const sky = variableIn('primitives', 'palette/sky');
  expect(collectionNamed('brands/campaign').variableOverrides![action.id]).toEqual(
    Object.fromEntries(extension.modes.map((m) => [m.modeId, { type: 'VARIABLE_ALIAS', id: sky.id }])),
  );
});
