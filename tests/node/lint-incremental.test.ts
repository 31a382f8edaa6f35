/**
 * Incremental runs as users start them (`node bin/livery.js lint`): `--cache` answers unchanged
 * files from the cache (shown by a cache entry edited by hand coming back), re-lints what changed,
 * starts over when the settings change, survives corruption, deletion and two runs at once; and
 * `--changed [--since <ref>]` lints what git says changed, with clear errors outside git and for
 * an unknown ref.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCacheFile } from '../../scripts/lint/cache.ts';
import { ROOT } from './brand-fixture.ts';
import { lintCliOverMiniBrand, lintFixtureRepo, writeFiles } from './lint-fixture-repo.ts';

const { catalogue, lint } = lintCliOverMiniBrand();
const repo = (files: Record<string, string>) => lintFixtureRepo(files, 'livery-lint-incremental-');

const messages = (run: { stdout: string }) =>
  JSON.parse(run.stdout).findings.map(
    (f: { file: string; line: number; message: string }) => `${f.file}:${f.line} ${f.message}`,
  );
const cacheFiles = (dir: string) => readdirSync(join(dir, '.liverykit-cache')).filter((f) => f.endsWith('.cache'));
const cached = (file: string) => readCacheFile(file)!;

describe('--cache', () => {
  it('reports exactly what a run without it reports, and answers unchanged files from the cache', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++)
      files[`src/f${i}.${i % 2 ? 'css' : 'tsx'}`] =
        i % 2 ? `.a { color: #2955d3; padding: ${i % 7}px; }\n` : `export const s = { color: '#c43b15' };\n`;
    const dir = repo(files);
    // Files edited within a second of a caching run are re-hashed by the next one (the racy case);
    // these were written a minute ago, so the warm runs below take the size-and-mtime path.
    const aMinuteAgo = new Date(Date.now() - 60_000);
    for (const name of Object.keys(files)) utimesSync(join(dir, name), aMinuteAgo, aMinuteAgo);
    const plain = lint(dir, '--format', 'json');
    const cold = lint(dir, '--format', 'json', '--cache');
    expect(cold.stdout).toBe(plain.stdout);
    expect(cacheFiles(dir)).toHaveLength(1);
    const warm = lint(dir, '--format', 'json', '--cache', '--threads', '2');
    expect(warm.stdout).toBe(plain.stdout);
    // a run where nothing changed leaves the cache file as it was (the warm run above refreshed the stats)
    const unchanged = readFileSync(join(dir, '.liverykit-cache', cacheFiles(dir)[0]!));
    expect(lint(dir, '--format', 'json', '--cache').stdout).toBe(plain.stdout);
    expect(readFileSync(join(dir, '.liverykit-cache', cacheFiles(dir)[0]!)).equals(unchanged)).toBe(true);
    // an entry edited by hand comes back: the file was not linted again (an edit of the same length
    // keeps the cache's index valid; it changes the message in the findings and in the report chunk)
    const cacheFile = join(dir, '.liverykit-cache', cacheFiles(dir)[0]!);
    const original = cached(cacheFile).get('src/f1.css')![0]!.message;
    const edited = 'FROM THE CACHE (no-raw-color)'.padEnd(original.length, '.');
    const bytes = readFileSync(cacheFile, 'latin1');
    expect(bytes).toContain(original);
    writeFileSync(cacheFile, bytes.split(original).join(edited), 'latin1');
    expect(messages(lint(dir, '--format', 'json', '--cache'))).toContain(`src/f1.css:1 ${edited}`);
    // in another format (the findings are read from the cache and rendered again)
    expect(lint(dir, '--format', 'github', '--cache').stdout).toContain(edited);
    // a changed file is linted again; the others stay cached
    writeFiles(dir, { 'src/f1.css': '.a { color: tomato; }\n' });
    const after = messages(lint(dir, '--format', 'json', '--cache'));
    expect(after.filter((m: string) => m.startsWith('src/f1.css:'))).toEqual([
      expect.stringContaining('tomato is an off-brand color'),
    ]);
  });

  it('starts over when the settings or the catalogue change, and keeps one cache file', () => {
    const dir = repo({ 'a.css': '.a { color: #2955d3; padding: 13px; }\n' });
    expect(messages(lint(dir, '--format', 'json', '--cache'))).toHaveLength(2);
    writeFiles(dir, { 'livery.config.json': JSON.stringify({ lint: { rules: { 'no-off-scale-value': 'off' } } }) });
    expect(messages(lint(dir, '--format', 'json', '--cache'))).toHaveLength(1);
    writeFiles(dir, {
      'livery.config.json': JSON.stringify({ lint: { roles: { properties: { color: ['interactive'] } } } }),
    });
    expect(messages(lint(dir, '--format', 'json', '--cache'))).toContain(
      'a.css:1 #2955d3 is the value of color.action (interactive): use var(--lv-color-action)',
    );
    expect(cacheFiles(dir)).toHaveLength(1);
  });

  it('ignores and rewrites a corrupt or foreign cache, and works after the folder is deleted', () => {
    const dir = repo({ 'a.css': '.a { color: tomato; }\n' });
    const expected = lint(dir, '--format', 'json').stdout;
    lint(dir, '--cache');
    const cacheFile = join(dir, '.liverykit-cache', cacheFiles(dir)[0]!);
    const whole = readFileSync(cacheFile);
    for (const junk of [
      '{"format":1,"key"',
      '\u0000\u0001binary',
      JSON.stringify({ format: 99, entries: {} }),
      JSON.stringify([1, 2]),
      // cut short (a disk full), and a head that points past the end of the file
      whole.subarray(0, whole.length - 20),
      `liverykit lint cache 2 64 99999`.padEnd(63) + '\n',
    ]) {
      writeFileSync(cacheFile, junk);
      const run = lint(dir, '--format', 'json', '--cache');
      expect(run.stdout).toBe(expected);
      expect(cached(cacheFile).get('a.css')).toHaveLength(1);
    }
    rmSync(join(dir, '.liverykit-cache'), { recursive: true });
    expect(lint(dir, '--format', 'json', '--cache').stdout).toBe(expected);
    // --cache-location puts it elsewhere
    lint(dir, '--cache', '--cache-location', 'tmp/lint-cache');
    expect(readdirSync(join(dir, 'tmp', 'lint-cache')).filter((f) => f.endsWith('.cache'))).toHaveLength(1);
  });

  it('two runs at once both finish with the full report and leave a valid cache', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++)
      files[`src/f${i}.css`] = `.a { color: #${(i * 4099).toString(16).padStart(6, '0').slice(0, 6)}; }\n`;
    const dir = repo(files);
    const expected = lint(dir, '--format', 'json').stdout;
    const run = () =>
      new Promise<string>((done) => {
        const child = spawn(
          process.execPath,
          [join(ROOT, 'bin', 'livery.js'), 'lint', '--catalogue', catalogue(), '--format', 'json', '--cache'],
          { cwd: dir },
        );
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.on('close', () => done(out));
      });
    const [a, b] = await Promise.all([run(), run()]);
    expect(a).toBe(expected);
    expect(b).toBe(expected);
    expect(cacheFiles(dir)).toHaveLength(1);
    expect(cached(join(dir, '.liverykit-cache', cacheFiles(dir)[0]!)).size).toBe(400);
    expect(lint(dir, '--format', 'json', '--cache').stdout).toBe(expected);
  });
});

describe('--changed and --since', () => {
  const git = (cwd: string, ...args: string[]) => {
    const r = spawnSync(
      'git',
      ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'init.defaultBranch=main', ...args],
      { cwd, encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(r.stderr);
    return r.stdout;
  };
  const linted = (run: { stdout: string }) =>
    [...new Set(JSON.parse(run.stdout).findings.map((f: { file: string }) => f.file))].sort();

  it('lints uncommitted and untracked files, or everything changed since a ref’s merge base', () => {
    const dir = repo({
      'a.css': '.a { color: red; }\n',
      'b.css': '.b { color: red; }\n',
      '.gitignore': 'ignored.css\n',
    });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'one');
    git(dir, 'checkout', '-qb', 'feature');
    writeFiles(dir, { 'c.css': '.c { color: red; }\n' });
    git(dir, 'add', 'c.css');
    git(dir, 'commit', '-qm', 'two');
    writeFiles(dir, {
      'a.css': '.a { color: blue; }\n',
      'new.css': '.n { color: red; }\n',
      'ignored.css': '.i { color: red; }\n',
    });
    expect(linted(lint(dir, '--format', 'json', '--changed'))).toEqual(['a.css', 'new.css']);
    // a staged edit counts as much as an unstaged one; a deleted file is not there to lint
    writeFiles(dir, { 'c.css': '.c { color: green; }\n' });
    git(dir, 'add', 'c.css');
    git(dir, 'rm', '-q', 'b.css');
    expect(linted(lint(dir, '--format', 'json', '--changed'))).toEqual(['a.css', 'c.css', 'new.css']);
    expect(linted(lint(dir, '--format', 'json', '--since', 'main'))).toEqual(['a.css', 'c.css', 'new.css']);
    expect(linted(lint(dir, '--format', 'json', '--changed', '--since', 'main', 'c.css'))).toEqual(['c.css']);
    // from a subfolder, paths stay relative to it
    mkdirSync(join(dir, 'sub'));
    writeFiles(dir, { 'sub/d.css': '.d { color: red; }\n' });
    expect(linted(lint(join(dir, 'sub'), '--format', 'json', '--changed'))).toEqual(['d.css']);
  });

  it('an unknown ref exits 2 naming it; outside a git repository --changed says so', () => {
    const dir = repo({ 'a.css': '.a { color: red; }\n' });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'one');
    const unknown = lint(dir, '--since', 'no-such-branch');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--since no-such-branch: unknown git ref');
    const outside = repo({ 'a.css': '.a { color: red; }\n' });
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'bin', 'livery.js'), 'lint', '--catalogue', catalogue(), '--changed'],
      { cwd: outside, encoding: 'utf8', env: { ...process.env, GIT_CEILING_DIRECTORIES: dirname(outside) } },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--changed needs a git repository');
    expect(existsSync(join(outside, '.liverykit-cache'))).toBe(false);
    // no git on PATH at all: said as such, not as a crash of the process that was to run it
    const noGit = spawnSync(
      process.execPath,
      [join(ROOT, 'bin', 'livery.js'), 'lint', '--catalogue', catalogue(), '--changed'],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: mkdtempSync(join(tmpdir(), 'livery-no-git-')) } },
    );
    expect(noGit.status).toBe(2);
    expect(noGit.stderr).toContain('--changed needs git, which is not installed (or not on PATH)');
  });
});
