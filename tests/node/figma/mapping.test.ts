import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Color from 'colorjs.io';
import { describe, expect, it } from 'vitest';
import type { LocalVariable, LocalVariableCollection } from '@figma/rest-api-spec';
import { loadSync, pull, push } from '../../../scripts/figma/sync.ts';
import { brandWith, readJson, snapshotTree } from '../brand-fixture.ts';
import type { FakeFigma, FakeFile } from './fake-figma-server.ts';
import { fakeFigmaPerTest } from './fake-figma-per-test.ts';
import { syncOptions } from './helpers.ts';

let fake: FakeFigma;
fakeFigmaPerTest((started) => (fake = started));

const byName = (file: FakeFile) => {
  const collections = Object.values(file.variableCollections);
  const variable = (collection: string, name: string) => {
    const c = collections.find((col) => col.name === collection)!;
    return Object.values(file.variables).find((v) => v.variableCollectionId === c.id && v.name === name)!;
  };
  const mode = (collection: string, name: string) =>
    collections.find((c) => c.name === collection)!.modes.find((m) => m.name === name)!.modeId;
  return { collections, variable, mode };
};

describe('push: tokens → Figma Variables', () => {
  it('maps files to collections, theme contexts to modes and paths to a/b/c names', async () => {
    const brand = brandWith();
    const outcome = await push(syncOptions(fake, brand.resolver));
    expect(outcome.plan?.errors).toEqual([]);
    const file = fake.files.get('FILE')!;
    const { collections, variable, mode } = byName(file);
    expect(collections.map((c) => c.name).sort()).toEqual(['brands/campaign', 'primitives', 'semantic']);
    expect(collections.find((c) => c.name === 'semantic')!.modes.map((m) => m.name)).toEqual(['light', 'dark']);
    // Nothing in primitives differs by theme: one mode.
    expect(collections.find((c) => c.name === 'primitives')!.modes.map((m) => m.name)).toEqual(['light']);
    const text = variable('semantic', 'color/text');
    const ink = variable('primitives', 'palette/ink');
    const white = variable('primitives', 'palette/white');
    // Aliases across collections, per mode.
    expect(text.valuesByMode[mode('semantic', 'light')]).toEqual({ type: 'VARIABLE_ALIAS', id: ink.id });
    expect(text.valuesByMode[mode('semantic', 'dark')]).toEqual({ type: 'VARIABLE_ALIAS', id: white.id });
    expect(text.description).toBe('Body text.');
    expect(text.codeSyntax).toEqual({ WEB: 'var(--lv-color-text)' });
    // oklch → sRGB floats (Figma's space), stored as Figma stores them: 32-bit floats.
    const expected = new Color('oklch', [0.2, 0.02, 265]).to('srgb');
    const value = ink.valuesByMode[mode('primitives', 'light')] as { r: number; g: number; b: number; a: number };
    expect(value.r).toBe(Math.fround(Number(expected.coords[0])));
    expect(value.a).toBe(1);
    // rem → px; ms; font stacks; weights.
    expect(variable('primitives', 'space/4').valuesByMode[mode('primitives', 'light')]).toBe(16);
    expect(variable('primitives', 'space/4').scopes).toEqual(['GAP', 'WIDTH_HEIGHT']);
    expect(variable('primitives', 'duration/fast').valuesByMode[mode('primitives', 'light')]).toBe(120);
    expect(variable('primitives', 'font/family/sans').valuesByMode[mode('primitives', 'light')]).toBe(
      'Inter, system-ui, sans-serif',
    );
    expect(variable('primitives', 'font/weight/regular').resolvedType).toBe('FLOAT');
    // The campaign context's override lives in its own collection.
    expect(variable('brands/campaign', 'color/action').valuesByMode[mode('brands/campaign', 'light')]).toEqual({
      type: 'VARIABLE_ALIAS',
      id: variable('primitives', 'palette/coral').id,
    });
    // Composites and cubic-bezier curves stay in code, and the push says so.
    expect(
      Object.values(file.variables).some((v) => v.name.startsWith('typography') || v.name.startsWith('easing')),
    ).toBe(false);
    expect(outcome.context.code.skipped.map((s) => s.name)).toEqual(
      expect.arrayContaining(['typography.body', 'motion.enter', 'easing.standard']),
    );
  });

  it('sends one logical request, mode values after the variables they alias', async () => {
    const brand = brandWith();
    await push(syncOptions(fake, brand.resolver));
    expect(fake.posts).toHaveLength(1);
    const body = fake.posts[0]!;
    const position = new Map(body.variableModeValues!.map((v, i) => [`${v.variableId}@${v.modeId}`, i]));
    const created = new Map(body.variables!.map((v) => [v.id, v]));
    let aliases = 0;
    for (const [i, entry] of body.variableModeValues!.entries()) {
      const value = entry.value as { type?: string; id?: string };
      if (value && typeof value === 'object' && value.type === 'VARIABLE_ALIAS') {
        aliases++;
        // The target's value (in some mode) was set earlier in the request.
        const targetFirst = [...position].find(([key]) => key.startsWith(`${value.id}@`));
        expect(targetFirst![1]).toBeLessThan(i);
      }
      expect(created.has(entry.variableId)).toBe(true);
    }
    expect(aliases).toBeGreaterThan(5);
    expect(body.variables!.every((v) => v.action === 'CREATE')).toBe(true);
  });

  it('splits a push larger than the payload limit into requests that each resolve', async () => {
    const brand = brandWith();
    await push(syncOptions(fake, brand.resolver, { maxRequestBytes: 2_000 }));
    expect(fake.posts.length).toBeGreaterThan(2);
    for (const r of fake.requests.filter((q) => q.method === 'POST')) {
      expect(r.bytes).toBeLessThanOrEqual(2_000);
      expect(r.status).toBe(200);
    }
    const { variable } = byName(fake.files.get('FILE')!);
    expect(variable('semantic', 'color/link').valuesByMode).toBeDefined();
  });

  it('updates only what changed in code, and deletes only with --prune', async () => {
    const brand = brandWith();
    await push(syncOptions(fake, brand.resolver));
    const primitives = readJson(join(brand.dir, 'primitives.tokens.json')) as {
      palette: Record<string, unknown>;
      space: Record<string, unknown>;
    };
    delete primitives.palette.sky;
    const dark = readJson(join(brand.dir, 'themes/dark.tokens.json')) as { color: Record<string, { $value: string }> };
    dark.color.action!.$value = '{palette.blue}';
    primitives.space['4'] = { $value: { value: 2, unit: 'rem' } };
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(brand.dir, 'primitives.tokens.json'), JSON.stringify(primitives, null, 2));
    writeFileSync(join(brand.dir, 'themes/dark.tokens.json'), JSON.stringify(dark, null, 2));
    const first = await push(syncOptions(fake, brand.resolver));
    const body = fake.posts.at(-1)!;
    expect(body.variables ?? []).toEqual([]);
    expect(body.variableModeValues).toHaveLength(2);
    expect(first.plan?.notes.join('\n')).toMatch(/palette\.sky: deleted in code; kept in Figma \(pass --prune/);
    expect(Object.values(fake.files.get('FILE')!.variables).some((v) => v.name === 'palette/sky')).toBe(true);
    await push(syncOptions(fake, brand.resolver, { prune: true }));
    expect(fake.posts.at(-1)!.variables).toEqual([expect.objectContaining({ action: 'DELETE' })]);
    expect(Object.values(fake.files.get('FILE')!.variables).some((v) => v.name === 'palette/sky')).toBe(false);
  });
});

describe('pull: Figma Variables → tokens', () => {
  function seed(): void {
    const c = (id: string, name: string, modes: string[], variableIds: string[]): LocalVariableCollection => ({
      id,
      name,
      key: id,
      modes: modes.map((m, i) => ({ modeId: `${id}:${i}`, name: m })),
      defaultModeId: `${id}:0`,
      remote: false,
      hiddenFromPublishing: false,
      variableIds,
    });
    const v = (
      id: string,
      name: string,
      collection: string,
      resolvedType: LocalVariable['resolvedType'],
      valuesByMode: LocalVariable['valuesByMode'],
      extra: Partial<LocalVariable> = {},
    ): LocalVariable => ({
      id,
      name,
      key: id,
      variableCollectionId: collection,
      resolvedType,
      valuesByMode,
      remote: false,
      description: '',
      hiddenFromPublishing: false,
      scopes: ['ALL_SCOPES'],
      codeSyntax: {},
      ...extra,
    });
    fake.addFile('FILE', {
      variableCollections: {
        C1: c('C1', 'figma/base', ['Light'], ['V1', 'V2', 'V3', 'V4', 'V5', 'V6']),
        C2: c('C2', 'figma/roles', ['Light', 'Dark'], ['V7', 'V8', 'V9', 'V10']),
        LIB: { ...c('LIB', 'Library', ['Mode 1'], ['R1']), remote: true },
      },
      variables: {
        V1: v(
          'V1',
          'brand/teal',
          'C1',
          'COLOR',
          { 'C1:0': { r: Math.fround(0.1234567890123), g: 0.5, b: 0.75, a: 0.5 } },
          { description: 'Teal, half transparent.' },
        ),
        V2: v('V2', 'radius/card', 'C1', 'FLOAT', { 'C1:0': 12 }, { scopes: ['CORNER_RADIUS'] }),
        V3: v('V3', 'ratio/golden', 'C1', 'FLOAT', { 'C1:0': Math.fround(1.618) }),
        V4: v('V4', 'label/cta', 'C1', 'STRING', { 'C1:0': 'Buy now' }, { hiddenFromPublishing: true }),
        V5: v('V5', 'feature/beta', 'C1', 'BOOLEAN', { 'C1:0': true }),
        V6: v('V6', 'gap/odd', 'C1', 'FLOAT', { 'C1:0': 3 }, { scopes: ['GAP'], codeSyntax: { WEB: 'var(--odd)' } }),
        V7: v('V7', 'surface/card', 'C2', 'COLOR', {
          'C2:0': { type: 'VARIABLE_ALIAS', id: 'V1' },
          'C2:1': { r: 0, g: 0, b: 0, a: 1 },
        }),
        V8: v('V8', 'surface/lib', 'C2', 'COLOR', {
          'C2:0': { type: 'VARIABLE_ALIAS', id: 'R1' },
          'C2:1': { type: 'VARIABLE_ALIAS', id: 'R1' },
        }),
        V9: v('V9', 'surface/gone', 'C2', 'COLOR', {
          'C2:0': { type: 'VARIABLE_ALIAS', id: 'VariableID:missing' },
          'C2:1': { r: 1, g: 1, b: 1, a: 1 },
        }),
        V10: v('V10', 'surface/page', 'C2', 'COLOR', {
          'C2:0': { type: 'VARIABLE_ALIAS', id: 'V11' },
          'C2:1': { r: 0, g: 0, b: 0, a: 1 },
        }),
        V11: { ...v('V11', 'palette/white', 'C3', 'COLOR', {}), remote: true },
        R1: { ...v('R1', 'lib/blue', 'LIB', 'COLOR', { 'LIB:0': { r: 0, g: 0, b: 1, a: 1 } }), remote: true },
      },
    });
  }

  it('writes collections as files, modes as theme files, a/b/c as groups, with exact values', async () => {
    seed();
    const brand = brandWith();
    const outcome = await pull(syncOptions(fake, brand.resolver));
    const base = readJson(join(brand.dir, 'figma/base.tokens.json'));
    expect(base).toEqual({
      // Figma's float32 0.12345679104328156 is written as the shortest decimal of the same float.
      brand: {
        teal: {
          $type: 'color',
          $value: { colorSpace: 'srgb', components: [0.12345679, 0.5, 0.75], alpha: 0.5 },
          $description: 'Teal, half transparent.',
        },
      },
      // Scopes equal to what push would send by default (radius → CORNER_RADIUS) are not written.
      radius: { card: { $type: 'dimension', $value: { value: 12, unit: 'px' } } },
      ratio: { golden: { $type: 'number', $value: 1.618 } },
      label: {
        cta: { $type: 'string', $value: 'Buy now', $extensions: { 'com.figma': { hiddenFromPublishing: true } } },
      },
      feature: { beta: { $type: 'boolean', $value: true } },
      gap: {
        odd: {
          $type: 'dimension',
          $value: { value: 3, unit: 'px' },
          $extensions: { 'com.figma': { scopes: ['GAP'], codeSyntax: { WEB: 'var(--odd)' } } },
        },
      },
    });
    const roles = readJson(join(brand.dir, 'figma/roles.tokens.json')) as Record<
      string,
      Record<string, { $value: unknown }>
    >;
    expect(roles.surface!.card!.$value).toBe('{brand.teal}');
    // An alias to a library variable code does not have: resolved to its value, with a warning.
    expect(roles.surface!.lib!.$value).toEqual({ colorSpace: 'srgb', components: [0, 0, 1] });
    // An alias to a library variable code has (palette.white): kept as an alias.
    expect(roles.surface!.page!.$value).toBe('{palette.white}');
    // An alias that cannot be resolved is reported, and that value is not invented.
    expect(roles.surface!.gone).toBeUndefined();
    expect(outcome.context.figma.problems.map((p) => `${p.severity} ${p.at}`)).toEqual(
      expect.arrayContaining(['error figma/roles › surface.gone [light]', 'warning figma/roles › surface.lib [light]']),
    );
    // The Dark mode went to the dark theme file.
    const dark = readJson(join(brand.dir, 'themes/dark.tokens.json')) as Record<
      string,
      Record<string, Record<string, { $value: unknown }>>
    >;
    expect(dark.surface!.card!.$value).toEqual({ colorSpace: 'srgb', components: [0, 0, 0] });
    expect(outcome.plan?.notes.join('\n')).toMatch(/figma\/base\.tokens\.json: new collection in Figma/);
    // Afterwards code and Figma agree on everything that was pulled.
    const after = await loadSync(syncOptions(fake, brand.resolver));
    expect(
      after.entries.filter(
        (e) => e.status !== 'same' && e.collection.startsWith('figma/') && e.name !== 'surface.gone',
      ),
    ).toEqual([]);
  });

  it('reports a Figma mode that matches no theme context instead of dropping it', async () => {
    const brand = brandWith();
    fake.addFile('FILE', {
      variableCollections: {
        C: {
          id: 'C',
          name: 'semantic',
          key: 'C',
          modes: [
            { modeId: 'm0', name: 'Light' },
            { modeId: 'm1', name: 'Sepia' },
          ],
          defaultModeId: 'm0',
          remote: false,
          hiddenFromPublishing: false,
          variableIds: [],
        },
      },
      variables: {},
    });
    const outcome = await pull(syncOptions(fake, brand.resolver));
    expect(outcome.context.figma.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        at: 'semantic [Sepia]',
        message: expect.stringMatching(/matches no context/),
      }),
    ]);
  });

  it('a no-op pull writes no byte', async () => {
    const brand = brandWith();
    await push(syncOptions(fake, brand.resolver));
    const before = readFileSync(join(brand.dir, 'semantic.tokens.json'), 'utf8');
    const outcome = await pull(syncOptions(fake, brand.resolver));
    expect(outcome.written).toEqual([]);
    expect(readFileSync(join(brand.dir, 'semantic.tokens.json'), 'utf8')).toBe(before);
  });

  it('does not pull a variable whose type changed in Figma, and says why', async () => {
    const brand = brandWith();
    await push(syncOptions(fake, brand.resolver));
    const file = fake.files.get('FILE')!;
    const v = Object.values(file.variables).find((x) => x.name === 'space/4')!;
    v.resolvedType = 'STRING';
    v.valuesByMode = Object.fromEntries(Object.keys(v.valuesByMode).map((m) => [m, 'wide']));
    const before = snapshotTree(brand.dir);
    const outcome = await pull(syncOptions(fake, brand.resolver, { prefer: 'figma' }));
    expect(outcome.plan!.errors.join('\n')).toMatch(
      /space\.4 \[light\]: is a STRING variable in Figma but a dimension token \(FLOAT\) in code/,
    );
    const after = snapshotTree(brand.dir);
    for (const f of Object.keys(before).filter((k) => k.endsWith('.tokens.json'))) expect(after[f]).toBe(before[f]);
  });

  it('puts every file back when the pulled values would break the brand', async () => {
    const brand = brandWith();
    await push(syncOptions(fake, brand.resolver));
    // "color/old/link" and the existing color.old-link both become --lv-color-old-link.
    const file = fake.files.get('FILE')!;
    const semantic = Object.values(file.variableCollections).find((c) => c.name === 'semantic')!;
    file.variables['VariableID:new:1'] = {
      id: 'VariableID:new:1',
      name: 'color/old/link',
      key: 'k',
      variableCollectionId: semantic.id,
      resolvedType: 'COLOR',
      valuesByMode: Object.fromEntries(semantic.modes.map((m) => [m.modeId, { r: 1, g: 0, b: 0, a: 1 }])),
      remote: false,
      description: '',
      hiddenFromPublishing: false,
      scopes: ['ALL_SCOPES'],
      codeSyntax: {},
    };
    semantic.variableIds.push('VariableID:new:1');
    const before = snapshotTree(brand.dir);
    await expect(pull(syncOptions(fake, brand.resolver))).rejects.toThrow(
      /would leave the brand invalid[\s\S]*--lv-color-old-link/,
    );
    expect(snapshotTree(brand.dir)).toEqual(before);
  });

  it('never writes outside the brand folder, whatever a collection is called', async () => {
    const brand = brandWith();
    fake.addFile('FILE', {
      variableCollections: {
        C: {
          id: 'C',
          name: '../../escape',
          key: 'C',
          modes: [{ modeId: 'm0', name: 'Mode 1' }],
          defaultModeId: 'm0',
          remote: false,
          hiddenFromPublishing: false,
          variableIds: ['V'],
        },
      },
      variables: {
        V: {
          id: 'V',
          name: 'x',
          key: 'V',
          variableCollectionId: 'C',
          resolvedType: 'BOOLEAN',
          valuesByMode: { m0: true },
          remote: false,
          description: '',
          hiddenFromPublishing: false,
          scopes: ['ALL_SCOPES'],
          codeSyntax: {},
        },
      },
    });
    const outcome = await pull(syncOptions(fake, brand.resolver));
    expect(outcome.written).toEqual([]);
    expect(outcome.plan!.errors).toEqual([
      expect.stringMatching(/^\.\.\/\.\.\/escape: the collection name points outside/),
    ]);
  });

  it('a literal from Figma replacing an alias in a theme file brings its $type', async () => {
    const brand = brandWith();
    await push(syncOptions(fake, brand.resolver));
    const file = fake.files.get('FILE')!;
    const v = Object.values(file.variables).find((x) => x.name === 'color/text')!;
    const dark = file.variableCollections[v.variableCollectionId]!.modes.find((m) => m.name === 'dark')!;
    v.valuesByMode[dark.modeId] = { r: 0.95, g: 0.95, b: 0.9, a: 1 };
    const outcome = await pull(syncOptions(fake, brand.resolver));
    expect(outcome.written).toEqual([join(brand.dir, 'themes/dark.tokens.json')]);
    expect((readJson(join(brand.dir, 'themes/dark.tokens.json')) as any).color.text).toEqual({
      $type: 'color',
      $value: { colorSpace: 'srgb', components: [0.95, 0.95, 0.9] },
    });
  });
});
