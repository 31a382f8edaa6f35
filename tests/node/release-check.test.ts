import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseChangeset } from '../../scripts/diff/changesets.ts';
import { MINI } from './brand-fixture.ts';
import { removeTempDirs, tempDir, tempRepo } from './git-fixture.ts';
import { livery } from './livery-cli.ts';

afterAll(removeTempDirs);

const semantic = JSON.parse(readFileSync(join(MINI, 'semantic.tokens.json'), 'utf8'));
const withSemantic = (patch: (s: any) => void) => {
  const copy = structuredClone(semantic);
  patch(copy);
  return { 'tokens/semantic.tokens.json': copy };
};
const changeset = (bump: string, pkg = 'liverykit') => `---\n"${pkg}": ${bump}\n---\n\nTokens changed.\n`;

const ADDED = withSemantic((s) => {
  s.color.muted = { $value: '{palette.sky}' };
});
const REMOVED = withSemantic((s) => {
  delete s.color['old-link'];
});
const ALIASED_RENAME = withSemantic((s) => {
  s.color.hyperlink = s.color.link;
  s.color.link = { $value: '{color.hyperlink}', $deprecated: 'Use {color.hyperlink}.' };
});
const RETYPED = withSemantic((s) => {
  s.typography.body = { $type: 'dimension', $value: { value: 1, unit: 'rem' } };
});

/** Working tree changed on a feature branch off main, with the given changesets. */
function check(files: Record<string, unknown>, changesets: Record<string, string> = {}, args: string[] = []) {
  const repo = tempRepo();
  repo.git('switch', '--quiet', '-c', 'feature');
  repo.write(files);
  repo.write(Object.fromEntries(Object.entries(changesets).map(([name, content]) => [`.changeset/${name}`, content])));
  return livery(['release-check', ...args], repo.dir);
}

describe('livery release-check: token changes need a matching changeset', () => {
  it('passes with no token changes and no changeset', () => {
    const r = check({});
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ok: no token changes');
  });

  const table: {
    description: string;
    files: Record<string, unknown>;
    changesets: Record<string, string>;
    code: number;
    output: RegExp[];
  }[] = [
    {
      description: 'an added token without a changeset fails and asks for minor',
      files: ADDED,
      changesets: {},
      code: 1,
      output: [
        /needs minor {2}added color\.muted/,
        /no changeset names liverykit: run `npm run changeset` and choose minor/,
      ],
    },
    {
      description: 'an added token with a patch changeset is not enough',
      files: ADDED,
      changesets: { 'a.md': changeset('patch') },
      code: 1,
      output: [/the changesets declare patch, but the token changes need minor/],
    },
    {
      description: 'an added token with a minor changeset passes',
      files: ADDED,
      changesets: { 'a.md': changeset('minor') },
      code: 0,
      output: [/ok: the minor changeset covers the token changes/],
    },
    {
      description: 'a removal with a minor changeset fails and names the breaking change',
      files: REMOVED,
      changesets: { 'a.md': changeset('minor') },
      code: 1,
      output: [
        /needs major {2}removed color\.old-link .*removal is only allowed in a major release/,
        /choose major, or keep the old names as deprecated aliases/,
      ],
    },
    {
      description: 'a removal with a major changeset passes',
      files: REMOVED,
      changesets: { 'a.md': changeset('minor'), 'b.md': changeset('major') },
      code: 0,
      output: [/ok: the major changeset covers/],
    },
    {
      description: 'a rename that keeps a deprecated alias only needs minor',
      files: ALIASED_RENAME,
      changesets: { 'a.md': changeset('minor') },
      code: 0,
      output: [/1 renamed/],
    },
    {
      description: 'a type change with a minor changeset fails',
      files: RETYPED,
      changesets: { 'a.md': changeset('minor') },
      code: 1,
      output: [/needs major {2}retyped typography\.body: typography → dimension/],
    },
    {
      description: 'a value change without a changeset fails and asks for patch',
      files: withSemantic((s) => {
        s.color.text.$value = '{palette.blue}';
      }),
      changesets: {},
      code: 1,
      output: [/needs patch {2}changed color\.text: default: oklch\(20% 0\.02 265\) → oklch\(50% 0\.2 265\)/],
    },
  ];
  for (const c of table) {
    it(c.description, () => {
      const r = check(c.files, c.changesets);
      expect(r.code, r.stdout + r.stderr).toBe(c.code);
      for (const pattern of c.output) expect(r.stdout + r.stderr).toMatch(pattern);
    });
  }

  it('compares with where the branch left main, so changes landed on main since do not count', () => {
    const repo = tempRepo();
    repo.git('switch', '--quiet', '-c', 'feature');
    repo.git('switch', '--quiet', 'main');
    repo.commit('main moves on', REMOVED);
    repo.git('switch', '--quiet', 'feature');
    const r = livery(['release-check'], repo.dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('release-check against main');
  });

  it('uses origin/$GITHUB_BASE_REF in pull requests, and --base when given', () => {
    const repo = tempRepo();
    repo.git('branch', 'release');
    repo.commit('main gains a token', ADDED);
    repo.git('update-ref', 'refs/remotes/origin/release', 'release');
    const viaEnv = livery(['release-check', '--format', 'json'], repo.dir, { GITHUB_BASE_REF: 'release' });
    expect(viaEnv.code).toBe(1);
    expect(JSON.parse(viaEnv.stdout)).toMatchObject({ ok: false, base: 'origin/release', required: 'minor' });
    const viaFlag = livery(['release-check', '--base', 'main'], repo.dir);
    expect(viaFlag.code).toBe(0);
  });
});

describe('livery release-check: bad input', () => {
  const corrupt: { description: string; content: string; message: RegExp }[] = [
    {
      description: 'no frontmatter',
      content: 'Just some notes\n',
      message: /\.changeset\/a\.md:1: corrupt changeset: expected the frontmatter to open with "---"/,
    },
    {
      description: 'an unclosed frontmatter',
      content: '---\n"liverykit": minor\n\nsummary\n',
      message: /\.changeset\/a\.md:1: corrupt changeset: the frontmatter is never closed/,
    },
    {
      description: 'an unknown bump',
      content: '---\n"liverykit": huge\n---\n',
      message: /\.changeset\/a\.md:2: corrupt changeset: "huge" is not a bump type for liverykit/,
    },
    {
      description: 'a line that is not package: bump',
      content: '---\n- livery\n---\n',
      message: /\.changeset\/a\.md:2: corrupt changeset: expected `"package-name": major\|minor\|patch`/,
    },
    {
      description: 'an empty file',
      content: '\n\n',
      message: /\.changeset\/a\.md: corrupt changeset: the file is empty/,
    },
    {
      description: 'another package',
      content: changeset('minor', 'livery-old'),
      message:
        /\.changeset\/a\.md: corrupt changeset: it names the package "livery-old", but this repository publishes "liverykit"/,
    },
  ];
  for (const c of corrupt) {
    it(`a corrupt changeset (${c.description}) exits 2 naming the file and line`, () => {
      const r = check(ADDED, { 'a.md': c.content });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(c.message);
    });
  }

  it('parses what `changeset add` writes, including quotes and blank lines', () => {
    const parsed = parseChangeset('x.md', "\n---\n'liverykit': major\n---\n\nBreaking: removed color.old-link.\n");
    expect([...parsed.releases]).toEqual([['liverykit', 'major']]);
    expect(parsed.summary).toBe('Breaking: removed color.old-link.');
  });

  it('an unknown --base exits 2 with a suggestion', () => {
    const r = check(ADDED, {}, ['--base', 'mainn']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown git ref "mainn" (did you mean main?)');
  });

  it('a shallow clone without the base branch exits 2 and says how to fetch it', () => {
    const repo = tempRepo();
    repo.git('switch', '--quiet', '-c', 'feature');
    repo.commit('one', ADDED);
    repo.commit('two', { '.changeset/a.md': changeset('minor') });
    const clone = join(tempDir('livery-shallow-'), 'clone');
    execFileSync('git', ['clone', '--quiet', '--depth', '1', '--branch', 'feature', `file://${repo.dir}`, clone]);
    const r = livery(['release-check'], clone);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown git ref "main": this is a shallow clone.*fetch-depth: 0/);
  });

  it('a repository without package.json exits 2', () => {
    const repo = tempRepo();
    repo.write({ 'package.json': null });
    const r = livery(['release-check'], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/has no package\.json/);
  });
});
