// Runs the `livery` binary exactly as users do (bin/livery.js → dist/lib, bundled by
// `npm run build:cli`, which `npm test` runs first) in a child process, so tests exercise real argv
// parsing, stdout/stderr and exit codes in any working directory.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './brand-fixture.ts';

const BIN = join(ROOT, 'bin', 'livery.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function livery(args: string[], cwd: string, env: Record<string, string | undefined> = {}): CliResult {
  if (!existsSync(join(ROOT, 'dist', 'lib', 'livery.js')))
    throw new Error('dist/lib is missing: run `npm run build:cli` (npm test runs it) before the CLI tests');
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_BASE_REF: '', ...env },
    timeout: 120_000,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
