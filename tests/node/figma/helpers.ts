import { main } from '../../../scripts/cli/livery.ts';
import { FigmaClient } from '../../../scripts/figma/api.ts';
import type { SyncOptions } from '../../../scripts/figma/sync.ts';
import type { FakeFigma } from './fake-figma-server.ts';

export const TOKEN = 'test-token';

/** A client for the fake server that retries fast (tests only wait where they measure waiting). */
export function client(
  fake: FakeFigma,
  overrides: Partial<ConstructorParameters<typeof FigmaClient>[0]> = {},
): FigmaClient {
  return new FigmaClient({ token: TOKEN, apiBase: fake.url, backoffMs: 5, maxRetries: 3, ...overrides });
}

export function syncOptions(fake: FakeFigma, resolverFile: string, extra: Partial<SyncOptions> = {}): SyncOptions {
  return { fileKey: 'FILE', resolverFile, client: client(fake), ...extra };
}

/** Runs `livery …` in-process, capturing what it prints. */
export async function runCli(
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => (
    (stdout += String(chunk)),
    true
  )) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => (
    (stderr += String(chunk)),
    true
  )) as typeof process.stderr.write;
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}
