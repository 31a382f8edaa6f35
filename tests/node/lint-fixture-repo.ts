/**
 * The set-up the `livery lint` CLI tests share: a throwaway repository written from a table of
 * files, and the CLI run in it as users start it (`node bin/livery.js lint`, through livery()),
 * against the mini brand's catalogue that a beforeAll of the calling test file builds.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll } from 'vitest';
import { livery } from './livery-cli.ts';
import { miniCatalogue } from './lint-helpers.ts';

export interface LintRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Writes `files` (paths relative to `dir`), making the folders they need. */
export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
}

/** A fresh folder in the temp dir holding `files`; its name starts with `prefix`. */
export function lintFixtureRepo(files: Record<string, string | Buffer>, prefix = 'livery-lint-repo-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  writeFiles(dir, files);
  return dir;
}

/**
 * Registers a beforeAll that builds the mini brand's catalogue (once per test file), and returns
 * `lint(cwd, ...args)`, which runs `livery lint --catalogue <it> ...args` in `cwd`, and
 * `catalogue()`, its path, for the tests that start the CLI or the engine some other way.
 */
export function lintCliOverMiniBrand(): {
  lint(cwd: string, ...args: string[]): LintRun;
  catalogue(): string;
} {
  let built: string | undefined;
  beforeAll(async () => {
    built = await miniCatalogue();
  });
  const catalogue = () => {
    if (!built) throw new Error('the mini catalogue is built in beforeAll: use it inside a test');
    return built;
  };
  return {
    catalogue,
    lint(cwd, ...args) {
      const run = livery(['lint', '--catalogue', catalogue(), ...args], cwd);
      return { status: run.code, stdout: run.stdout, stderr: run.stderr };
    },
  };
}
