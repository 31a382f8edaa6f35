import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { MINI } from './brand-fixture.ts';

/** A throwaway git repository in the temp folder holding the mini brand under tokens/. */
export interface TempRepo {
  dir: string;
  git(...args: string[]): string;
  /** Writes files (objects become JSON) relative to the repository; `null` deletes. */
  write(files: Record<string, unknown>): void;
  commit(message: string, files?: Record<string, unknown>): string;
}

const created: string[] = [];

/** Removes every temp folder made by tempRepo() and tempDir(); call it from afterAll. */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** An empty temp folder that removeTempDirs() cleans up. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export function tempRepo(options: { packageName?: string } = {}): TempRepo {
  const dir = tempDir('livery-repo-');
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
      },
    }).trim();
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'commit.gpgsign', 'false');
  cpSync(MINI, join(dir, 'tokens'), { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: options.packageName ?? 'liverykit', version: '1.0.0', type: 'module' }, null, 2),
  );
  mkdirSync(join(dir, '.changeset'));
  writeFileSync(join(dir, '.changeset', 'config.json'), JSON.stringify({ baseBranch: 'main' }));
  writeFileSync(join(dir, '.changeset', 'README.md'), '# Changesets\n');
  const write = (files: Record<string, unknown>) => {
    for (const [file, content] of Object.entries(files)) {
      const path = join(dir, file);
      if (content === null) {
        rmSync(path, { force: true });
        continue;
      }
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
    }
  };
  const commit = (message: string, files: Record<string, unknown> = {}) => {
    write(files);
    git('add', '-A');
    git('commit', '--quiet', '--allow-empty', '-m', message);
    return git('rev-parse', 'HEAD');
  };
  commit('initial brand');
  return { dir, git, write, commit };
}
