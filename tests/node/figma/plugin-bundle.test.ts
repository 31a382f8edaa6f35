import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { rollup } from 'rollup';
import { beforeAll, expect, it } from 'vitest';
import { figmaPluginBuild } from '../../../scripts/figma/plugin/plugin-build.ts';
import type { CodeMessage, UiMessage } from '../../../scripts/figma/plugin/messages.ts';
import { ROOT } from '../brand-fixture.ts';
import { FakeFigmaStore } from './fake-figma-store.ts';
import { fakePluginApi } from './fake-plugin-api.ts';

/**
 * The plugin as built into dist/figma-plugin/, run in a bare V8 context (no Node, no DOM: like
 * Figma's sandbox) with the fake `figma` global: its messages do what the sources do.
 */
const out = join(ROOT, 'dist/figma-plugin');
beforeAll(async () => {
  const options = figmaPluginBuild(ROOT);
  const bundle = await rollup(options);
  await bundle.write(options.output as never);
  await bundle.close();
}, 120_000);

it('builds manifest.json, code.js and ui.html, with no network access', () => {
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  expect(manifest).toMatchObject({
    name: 'Livery',
    main: 'code.js',
    ui: 'ui.html',
    editorType: ['figma'],
    networkAccess: { allowedDomains: ['none'] },
  });
  expect(readFileSync(join(out, 'ui.html'), 'utf8')).toMatch(
    /^<!doctype html>[\s\S]*<script>[\s\S]*Lint selection[\s\S]*<\/script><\/body><\/html>\n$/,
  );
  // ES2017 for Figma's sandbox: no optional chaining or nullish coalescing left.
  expect(readFileSync(join(out, 'code.js'), 'utf8')).not.toMatch(/\?\.[a-zA-Z_$[(]|\?\?/);
});

it('code.js answers Export and Lint in a bare context', async () => {
  const store = new FakeFigmaStore();
  store.addFile('KEY', { name: 'Brand file' });
  const api = fakePluginApi(store, 'KEY');
  const semantic = api.variables.createVariableCollection('semantic');
  api.variables
    .createVariable('color/text', semantic, 'COLOR')
    .setValueForMode(semantic.defaultModeId, { r: 0.1, g: 0.2, b: 0.3, a: 1 });
  const sent: CodeMessage[] = [];
  let onmessage: ((m: UiMessage) => Promise<void>) | undefined;
  const raw = {
    id: '1:1',
    name: 'Raw',
    type: 'RECTANGLE',
    fills: [{ type: 'SOLID', visible: true, opacity: 1, color: { r: 0.9, g: 0.1, b: 0.6 } }],
    strokes: [],
    effects: [],
    cornerRadius: 6,
  };
  const figma = {
    ...api,
    variables: api.variables,
    showUI() {},
    notify() {},
    ui: {
      postMessage: (m: CodeMessage) => void sent.push(m),
      set onmessage(f: typeof onmessage) {
        onmessage = f;
      },
    },
    currentPage: { selection: [], children: [raw] },
    getStyleByIdAsync: async () => null,
  };
  runInNewContext(readFileSync(join(out, 'code.js'), 'utf8'), {
    figma,
    __html__: '<html></html>',
    structuredClone,
    console,
  });
  await onmessage!({ type: 'export' });
  const exported = sent.at(-1) as Extract<CodeMessage, { type: 'export-result' }>;
  expect(exported.type).toBe('export-result');
  expect(exported.fileName).toBe('Brand file');
  expect(Object.values(exported.json.meta.variables).map((v) => v.name)).toEqual(['color/text']);
  await onmessage!({ type: 'lint', scope: 'selection' });
  const linted = sent.at(-1) as Extract<CodeMessage, { type: 'lint-result' }>;
  expect(linted.scope).toBe('page');
  expect(linted.report.counts).toMatchObject({ fill: 1, radius: 1 });
  expect(linted.report.findings[0]!.message).toMatch(/^fill #e61a99 matches no token \(nearest: .*ΔE OK/);
});
