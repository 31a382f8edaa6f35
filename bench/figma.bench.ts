/**
 * `node bench/run.ts figma`: pull and push of 5,000 variables × 4 modes against the fake Figma
 * API (tests/node/figma/fake-figma-server.ts, on 127.0.0.1), timing each step and counting the
 * HTTP requests it made. Steps: first push (creates everything), no-op pull, pull of 500 edits
 * made in Figma, push of 500 edits made in code. Then the plugin route on the same brand: export of
 * the 5,000 × 4 file through the fake `figma` global, `push --to-file` planning, Apply of the full
 * body into an empty file; and the built plugin's size (dist/figma-plugin/, run npm run build first).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FigmaClient } from '../scripts/figma/api.ts';
import { pull, push } from '../scripts/figma/sync.ts';
import { existsSync } from 'node:fs';
import { applyBody } from '../scripts/figma/plugin/apply-body.ts';
import { exportVariables } from '../scripts/figma/plugin/export-variables.ts';
import { pluginSizes } from '../scripts/figma/plugin/plugin-build.ts';
import { startFakeFigma } from '../tests/node/figma/fake-figma-server.ts';
import { fakePluginApi } from '../tests/node/figma/fake-plugin-api.ts';

const FILES = 5;
const PER_FILE = 1_000;
const MODES = ['light', 'dark', 'high-contrast', 'dim'];

function writeBrand(): string {
  const dir = mkdtempSync(join(tmpdir(), 'livery-figma-bench-'));
  const write = (file: string, json: unknown) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), `${JSON.stringify(json, null, 2)}\n`);
  };
  const value = (kind: number, i: number, shift: number): [string, unknown] => {
    switch (kind) {
      case 0:
        return [
          'color',
          { colorSpace: 'srgb', components: [(i % 97) / 97, ((i + shift) % 89) / 89, ((shift * 7) % 83) / 83] },
        ];
      case 1:
        return ['dimension', { value: (i % 64) / 4 + shift, unit: 'rem' }];
      case 2:
        return ['number', (i % 100) / 100 + shift];
      default:
        return ['string', `value ${i} ${shift}`];
    }
  };
  const overrides: Record<string, Record<string, Record<string, unknown>>>[] = MODES.slice(1).map(() => ({}));
  for (let f = 0; f < FILES; f++) {
    const json: Record<string, Record<string, unknown>> = {};
    for (let i = 0; i < PER_FILE; i++) {
      const group = `g${f}-${Math.floor(i / 50)}`;
      const kind = i % 4;
      // Every tenth token is an alias to the token before it (same type), across groups.
      const [type, v] = value(kind, i, 0);
      const alias = i % 10 === 9 && i >= 4 ? `{g${f}-${Math.floor((i - 4) / 50)}.t${i - 4}}` : undefined;
      (json[group] ??= {})[`t${i}`] = { $type: type, $value: alias ?? v };
      overrides.forEach((o, m) => {
        if (alias) return;
        ((o[`file${f}`] ??= {})[group] ??= {})[`t${i}`] = { $type: type, $value: value(kind, i, m + 1)[1] };
      });
    }
    write(`file${f}.tokens.json`, json);
  }
  overrides.forEach((o, m) => {
    const merged: Record<string, unknown> = {};
    for (const groups of Object.values(o)) Object.assign(merged, groups);
    write(`themes/${MODES[m + 1]}.tokens.json`, merged);
  });
  write('livery.resolver.json', {
    version: '2025.10',
    sets: { base: { sources: Array.from({ length: FILES }, (_, f) => ({ $ref: `file${f}.tokens.json` })) } },
    modifiers: {
      theme: {
        contexts: Object.fromEntries(MODES.map((m, i) => [m, i === 0 ? [] : [{ $ref: `themes/${m}.tokens.json` }]])),
        default: 'light',
      },
    },
    resolutionOrder: [{ $ref: '#/sets/base' }, { $ref: '#/modifiers/theme' }],
  });
  return dir;
}

const fake = await startFakeFigma({ maxVariablesPerCollection: 5_000 });
fake.addFile('BENCH');
const dir = writeBrand();
const resolverFile = join(dir, 'livery.resolver.json');
const rows: {
  step: string;
  ms: number;
  serverMs: number;
  requests: number;
  posts: number;
  bytes: number;
  changes: string;
}[] = [];

async function step(name: string, run: (client: FigmaClient) => Promise<string>): Promise<void> {
  const client = new FigmaClient({ token: 'test-token', apiBase: fake.url });
  const before = fake.requests.length;
  const started = performance.now();
  const changes = await run(client);
  const ms = performance.now() - started;
  const made = fake.requests.slice(before);
  rows.push({
    step: name,
    ms,
    serverMs: made.reduce((n, r) => n + r.serverMs, 0),
    requests: client.requests,
    posts: made.filter((r) => r.method === 'POST').length,
    bytes: made.reduce((n, r) => n + r.bytes, 0),
    changes,
  });
}

try {
  await step('push (create all)', async (client) => {
    const r = await push({ fileKey: 'BENCH', resolverFile, client });
    if (r.error || r.plan?.errors.length) throw new Error(r.error?.message ?? r.plan!.errors.join('\n'));
    return `${r.plan!.body.variables?.length ?? 0} variables, ${r.plan!.body.variableModeValues?.length ?? 0} values`;
  });
  const file = fake.files.get('BENCH')!;
  const variableCount = Object.keys(file.variables).length;
  const valueCount = Object.values(file.variables).reduce((n, v) => n + Object.keys(v.valuesByMode).length, 0);
  await step('pull (no change)', async (client) => {
    const r = await pull({ fileKey: 'BENCH', resolverFile, client });
    return `${r.written.length} files written`;
  });
  // 500 edits in Figma (FLOAT variables, default mode).
  let edited = 0;
  for (const v of Object.values(file.variables)) {
    if (edited === 500) break;
    const c = file.variableCollections[v.variableCollectionId]!;
    const current = v.valuesByMode[c.defaultModeId];
    if (v.resolvedType === 'FLOAT' && typeof current === 'number') {
      v.valuesByMode[c.defaultModeId] = current + 0.5;
      edited++;
    }
  }
  await step('pull (500 Figma edits)', async (client) => {
    const r = await pull({ fileKey: 'BENCH', resolverFile, client });
    return `${r.plan!.applied.length} changes, ${r.written.length} files written`;
  });
  // 500 edits in code (strings in file0's dark context).
  const darkFile = join(dir, 'themes/dark.tokens.json');
  const dark = JSON.parse(readFileSync(darkFile, 'utf8')) as Record<string, Record<string, { $value: unknown }>>;
  let codeEdits = 0;
  for (const group of Object.values(dark))
    for (const token of Object.values(group))
      if (codeEdits < 500 && typeof token.$value === 'string') {
        token.$value = `${token.$value} edited`;
        codeEdits++;
      }
  writeFileSync(darkFile, `${JSON.stringify(dark, null, 2)}\n`);
  await step('push (500 code edits)', async (client) => {
    const r = await push({ fileKey: 'BENCH', resolverFile, client });
    return `${r.plan!.body.variableModeValues?.length ?? 0} values`;
  });

  // The plugin route: export, plan a body against an empty file's export, apply it.
  const api = fakePluginApi(fake.store, 'BENCH');
  let exported: Awaited<ReturnType<typeof exportVariables>> | undefined;
  await step('plugin export', async () => {
    exported = await exportVariables(api);
    return `${Object.keys(exported.meta.variables).length} variables, ${(JSON.stringify(exported).length / 1024 / 1024).toFixed(1)} MB JSON`;
  });
  fake.addFile('EMPTY');
  const emptyExport = join(dir, 'empty.export.json');
  writeFileSync(emptyExport, JSON.stringify(await exportVariables(fakePluginApi(fake.store, 'EMPTY'))));
  const bodyFile = join(dir, 'body.json');
  await step('push --to-file (plan)', async (client) => {
    const r = await push({
      fileKey: 'EMPTY',
      resolverFile,
      client,
      fromExport: emptyExport,
      toFile: bodyFile,
      plan: 'professional',
      stateFile: join(dir, 'empty-state.json'),
    });
    if (r.plan?.errors.length) throw new Error(r.plan.errors.join('\n'));
    return `${r.plan!.body.variables?.length ?? 0} variables, ${r.plan!.body.variableModeValues?.length ?? 0} values`;
  });
  await step('plugin apply (validate + apply)', async () => {
    const report = await applyBody(fakePluginApi(fake.store, 'EMPTY'), JSON.parse(readFileSync(bodyFile, 'utf8')));
    if (!report.applied) throw new Error(report.problems.slice(0, 5).join('\n'));
    return `${report.changes.length} change lines, ${Object.keys(fake.store.file('EMPTY').variables).length} variables`;
  });

  process.stdout.write(
    `Livery figma sync: ${variableCount} variables × ${MODES.length} modes (${valueCount} values), fake Figma API on 127.0.0.1\n`,
  );
  process.stdout.write(
    'No peer is measured: the issue names none, and plugin-based sync tools (e.g. Tokens Studio) do not run outside Figma.\n\n',
  );
  process.stdout.write(
    "time: wall clock of the whole command; livery: time minus the fake server's own handling (same process)\n\n",
  );
  process.stdout.write(
    `${'step'.padEnd(24)}${'time'.padStart(10)}${'livery'.padStart(10)}${'requests'.padStart(10)}${'POSTs'.padStart(7)}${'sent'.padStart(11)}  changes\n`,
  );
  for (const r of rows) {
    process.stdout.write(
      `${r.step.padEnd(24)}${`${(r.ms / 1000).toFixed(2)} s`.padStart(10)}` +
        `${`${((r.ms - r.serverMs) / 1000).toFixed(2)} s`.padStart(10)}` +
        `${String(r.requests).padStart(10)}${String(r.posts).padStart(7)}` +
        `${`${(r.bytes / 1024 / 1024).toFixed(2)} MB`.padStart(11)}  ${r.changes}\n`,
    );
  }
  const root = join(import.meta.dirname, '..');
  if (existsSync(join(root, 'dist/figma-plugin/code.js'))) {
    const sizes = pluginSizes(root);
    process.stdout.write(
      `\nplugin (dist/figma-plugin/): ${Object.entries(sizes)
        .map(([f, n]) => `${f} ${(n / 1024).toFixed(1)} KB`)
        .join(', ')}\n`,
    );
  } else process.stdout.write('\nplugin size: dist/figma-plugin/ not built (npm run build)\n');
  process.stdout.write(`\npeak RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB\n`);
} finally {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
}
