import { afterEach, describe, expect, it } from 'vitest';
import { FigmaApiError } from '../../../scripts/figma/api.ts';
import { loadSync, push } from '../../../scripts/figma/sync.ts';
import { brandWith, readJson } from '../brand-fixture.ts';
import { startFakeFigma, type FakeFigma } from './fake-figma-server.ts';
import { client, runCli, syncOptions, TOKEN } from './helpers.ts';

let fake: FakeFigma;
afterEach(() => fake?.close());

async function start(options: Parameters<typeof startFakeFigma>[0] = {}): Promise<FakeFigma> {
  fake = await startFakeFigma(options);
  fake.addFile('FILE');
  return fake;
}

describe('retries', () => {
  it('honours Retry-After on 429', async () => {
    await start();
    fake.fail({ kind: 'status', status: 429, retryAfter: 1 });
    const retries: number[] = [];
    const started = Date.now();
    const response = await client(fake, { onRetry: (r) => retries.push(r.waitMs) }).getLocalVariables('FILE');
    expect(response.status).toBe(200);
    expect(retries).toEqual([1000]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(fake.requests.map((r) => r.status)).toEqual([429, 200]);
  });

  it('retries 5xx, dropped connections and responses slower than the timeout', async () => {
    await start();
    fake.fail({ kind: 'status', status: 500 }, { kind: 'drop' }, { kind: 'slow', ms: 2_500 });
    const reasons: string[] = [];
    const c = client(fake, { timeoutMs: 1_000, maxRetries: 4, onRetry: (r) => reasons.push(r.reason) });
    await expect(c.getLocalVariables('FILE')).resolves.toMatchObject({ status: 200 });
    expect(reasons).toHaveLength(3);
    expect(reasons[0]).toMatch(/^500/);
    expect(reasons[1]).toMatch(/network error/);
    expect(reasons[2]).toMatch(/no response within 1000 ms/);
    expect(c.requests).toBe(4);
  });

  it('a slow response within the timeout is simply waited for', async () => {
    await start();
    fake.fail({ kind: 'slow', ms: 150 });
    const c = client(fake, { timeoutMs: 2_000 });
    await expect(c.getLocalVariables('FILE')).resolves.toMatchObject({ status: 200 });
    expect(c.requests).toBe(1);
  });

  it('gives up after a bounded number of attempts', async () => {
    await start();
    fake.fail(...Array.from({ length: 10 }, () => ({ kind: 'status' as const, status: 500 as const })));
    const c = client(fake, { maxRetries: 2 });
    await expect(c.getLocalVariables('FILE')).rejects.toThrow(/failed after 3 attempts.*500/);
    expect(c.requests).toBe(3);
  });

  it('gives up when Retry-After exceeds the time budget instead of hanging', async () => {
    await start();
    fake.fail({ kind: 'status', status: 429, retryAfter: 3600 });
    const started = Date.now();
    await expect(client(fake, { maxRetryMs: 5_000 }).getLocalVariables('FILE')).rejects.toThrow(
      /429 rate limited \(Retry-After 3600 s\)/,
    );
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

it('a push survives a dropped connection and a 429 on its POST', async () => {
  await start();
  const brand = brandWith();
  fake.fail({ kind: 'drop', method: 'POST' }, { kind: 'status', status: 429, retryAfter: 0, method: 'POST' });
  const outcome = await push(syncOptions(fake, brand.resolver));
  expect(outcome.error).toBeUndefined();
  expect(fake.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([-1, 429, 200]);
  const after = await loadSync(syncOptions(fake, brand.resolver));
  expect(after.entries.filter((e) => e.status !== 'same')).toEqual([]);
});

describe('errors that say what to do', () => {
  it('403 without the read scope names file_variables:read', async () => {
    await start({ scopes: ['file_content:read'] });
    await expect(client(fake).getLocalVariables('FILE')).rejects.toThrow(
      /lacks the file_variables:read scope.*personal access token with file_variables:read/,
    );
  });

  it('403 without the write scope names file_variables:write', async () => {
    await start({ scopes: ['file_variables:read'] });
    const brand = brandWith();
    const outcome = await push(syncOptions(fake, brand.resolver));
    expect(outcome.error?.message).toMatch(/lacks the file_variables:write scope/);
  });

  it('403 outside Enterprise explains the plan', async () => {
    await start({ plan: 'professional' });
    await expect(client(fake).getLocalVariables('FILE')).rejects.toThrow(
      /plan does not allow the Variables REST API.*Enterprise/,
    );
  });

  it('404 explains where the file key comes from', async () => {
    await start();
    await expect(client(fake).getLocalVariables('NOPE')).rejects.toThrow(
      /file "NOPE" not found \(404\).*key after \/design\//,
    );
  });

  it('400 from a rejected push says nothing was applied', async () => {
    await start({ maxModes: 1 });
    const brand = brandWith();
    const outcome = await push(syncOptions(fake, brand.resolver));
    expect(outcome.error?.message).toMatch(/rejected the POST request \(400\).*at most 1 modes/s);
    expect(outcome.error?.message).toMatch(/Applied: 0 of 1 request/);
    expect(Object.keys(fake.files.get('FILE')!.variables)).toEqual([]);
  });

  it('never prints the token, even when the server echoes it', async () => {
    await start({ token: 'right-token' });
    const secret = 'figd_SECRET_value_123';
    const brand = brandWith();
    const result = await runCli(
      ['figma', 'diff', '--file', 'FILE', '--resolver', brand.resolver, '--api-base', fake.url],
      { FIGMA_TOKEN: secret },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/refused the request \(403\)/);
    expect(result.stdout + result.stderr).not.toContain(secret);
    const missing = await runCli(['figma', 'diff', '--file', 'FILE', '--resolver', brand.resolver], {
      FIGMA_TOKEN: '',
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/FIGMA_TOKEN is not set/);
  });
});

describe('a push that fails half-way', () => {
  it('reports what was and was not applied, and the state records only what was', async () => {
    await start();
    const brand = brandWith();
    // Small requests, then the third POST fails for good.
    const options = syncOptions(fake, brand.resolver, { maxRequestBytes: 2_500 });
    const posts = () => fake.requests.filter((r) => r.method === 'POST');
    const original = fake.fail.bind(fake);
    const server = fake;
    // Let two POSTs succeed, then fail every further one.
    const watcher = setInterval(() => {
      if (posts().length >= 2) {
        clearInterval(watcher);
        original(
          ...Array.from({ length: 10 }, () => ({ kind: 'status' as const, status: 500 as const, method: 'POST' })),
        );
      }
    }, 1);
    const outcome = await push(options);
    clearInterval(watcher);
    expect(outcome.error).toBeDefined();
    // Each 500 may hide an applied request: the push re-read the file and re-planned, a bounded
    // number of times, before giving up.
    expect(fake.requests.filter((r) => r.method === 'GET').length).toBe(4);
    expect(outcome.error!.uncertain).toBe(true);
    expect(outcome.error!.message).toMatch(/Applied: \d+ of \d+ requests?/);
    expect(outcome.error!.message).toMatch(/Not applied: request \d+ onward/);
    const state = readJson(`${brand.dir}/figma-sync.json`) as { files: { FILE: { tokens: Record<string, unknown> } } };
    const recorded = Object.keys(state.files.FILE.tokens).length;
    expect(recorded).toBeGreaterThan(0);
    expect(recorded).toBeLessThan(outcome.context.code.sync.collections.size * 100);
    // A second push completes the rest: afterwards both sides agree.
    server.clearFaults();
    await push(syncOptions(server, brand.resolver, { maxRequestBytes: 2_500 }));
    const after = await loadSync(syncOptions(server, brand.resolver));
    expect(after.entries.filter((e) => e.status !== 'same')).toEqual([]);
  });
});

it('FigmaApiError carries the status', async () => {
  await start();
  const error = await client(fake)
    .getLocalVariables('NOPE')
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FigmaApiError);
  expect((error as FigmaApiError).status).toBe(404);
});

describe('the fake API validates like Figma, all or nothing', () => {
  const create = (extra: object[] = []) => ({
    variableCollections: [{ action: 'CREATE' as const, id: 'c', name: 'C', initialModeId: 'm' }],
    variables: [
      { action: 'CREATE' as const, id: 'a', name: 'a', variableCollectionId: 'c', resolvedType: 'COLOR' as const },
      { action: 'CREATE' as const, id: 'b', name: 'b', variableCollectionId: 'c', resolvedType: 'FLOAT' as const },
      ...extra,
    ],
  });

  it.each([
    [
      'a name with a dot',
      create([{ action: 'CREATE', id: 'x', name: 'x.y', variableCollectionId: 'c', resolvedType: 'FLOAT' }]),
      /cannot contain/,
    ],
    [
      'a duplicate name',
      create([{ action: 'CREATE', id: 'x', name: 'a', variableCollectionId: 'c', resolvedType: 'FLOAT' }]),
      /already exists/,
    ],
    [
      'an alias to another type',
      {
        ...create(),
        variableModeValues: [{ variableId: 'a', modeId: 'm', value: { type: 'VARIABLE_ALIAS', id: 'b' } }],
      },
      /Cannot alias a \(COLOR\) to b \(FLOAT\)/,
    ],
    [
      'a value of the wrong type',
      { ...create(), variableModeValues: [{ variableId: 'b', modeId: 'm', value: 'wide' }] },
      /Invalid value "wide" for FLOAT/,
    ],
    [
      'an alias cycle',
      {
        ...create([{ action: 'CREATE', id: 'a2', name: 'a2', variableCollectionId: 'c', resolvedType: 'COLOR' }]),
        variableModeValues: [
          { variableId: 'a', modeId: 'm', value: { type: 'VARIABLE_ALIAS', id: 'a2' } },
          { variableId: 'a2', modeId: 'm', value: { type: 'VARIABLE_ALIAS', id: 'a' } },
        ],
      },
      /Alias cycle/,
    ],
  ])('rejects %s with 400 and applies nothing', async (_, body, message) => {
    await start();
    await expect(client(fake).postVariables('FILE', body as never)).rejects.toThrow(message);
    expect(fake.files.get('FILE')!.variableCollections).toEqual({});
  });

  it('rejects a body over the payload limit with 413', async () => {
    await start({ maxBodyBytes: 100 });
    await expect(client(fake).postVariables('FILE', create() as never)).rejects.toThrow(
      /larger than Figma accepts \(413\).*--max-request-bytes/,
    );
  });
});
