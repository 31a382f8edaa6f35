import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXIT, UserError } from '../exit-codes.ts';
import { FigmaApiError } from '../figma/api.ts';
import { GitError } from '../diff/git.ts';
import { main, report } from './livery.ts';
import { UsageError } from './options.ts';

function capture(run: () => number | Promise<number>): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  return Promise.resolve(run()).then((code) => ({ code, stdout, stderr }));
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('exit codes: one meaning each', () => {
  it('a usage error is one line and 2; a user-facing error keeps its own code', async () => {
    expect(await capture(() => report('livery lint', new UsageError('unknown option --x')))).toMatchObject({
      code: EXIT.usage,
      stderr: 'livery lint: unknown option --x\nrun livery lint --help for its options\n',
    });
    expect(await capture(() => report('livery diff', new GitError('no such ref')))).toMatchObject({
      code: EXIT.usage,
      stderr: 'livery diff: no such ref\n',
    });
    expect((await capture(() => report('livery figma', new FigmaApiError('file not found (404)', 404)))).code).toBe(
      EXIT.usage,
    );
    expect((await capture(() => report('livery figma', new FigmaApiError('503 after retries', 503)))).code).toBe(
      EXIT.unavailable,
    );
    expect((await capture(() => report('livery figma', new FigmaApiError('unreachable')))).code).toBe(EXIT.unavailable);
    expect((await capture(() => report('livery check', new UserError('dist/tokens.json does not exist')))).code).toBe(
      EXIT.usage,
    );
  });

  it('any other error is internal: 70, named as a bug, with the stack only under LIVERY_DEBUG=1', async () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'x')");
    const quiet = await capture(() => report('livery lint', error));
    expect(quiet.code).toBe(70);
    expect(quiet.stderr).toMatch(
      /^livery lint: internal error: TypeError: Cannot read properties of undefined \(reading 'x'\)\n/,
    );
    expect(quiet.stderr).toMatch(
      /this is a bug in liverykit \d+\.\d+\.\d+; rerun with LIVERY_DEBUG=1 to print the stack/,
    );
    expect(quiet.stderr).not.toContain('    at ');
    vi.stubEnv('LIVERY_DEBUG', '1');
    const loud = await capture(() => report('livery lint', error));
    expect(loud.code).toBe(70);
    expect(loud.stderr).toContain('    at ');
  });

  it('--version, unknown commands and unknown flags at the top level', async () => {
    expect(await capture(() => main(['--version']))).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^liverykit \d+\.\d+\.\d+\n$/),
    });
    expect(await capture(() => main(['lint', '--version']))).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^liverykit /),
    });
    expect(await capture(() => main(['lnt']))).toMatchObject({
      code: 2,
      stderr: 'livery: unknown command "lnt" (did you mean lint?); run livery --help for the commands\n',
    });
    expect(await capture(() => main(['--verbose']))).toMatchObject({
      code: 2,
      stderr: 'livery: --verbose is not a command; run livery --help for the commands\n',
    });
    const none = await capture(() => main([]));
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^Usage: livery <command>/);
  });
});
