import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffRefs } from '../../scripts/diff/run-diff.ts';
import { subject, type TokenChange, type TokenDiff } from '../../scripts/diff/diff-tokens.ts';
import { MINI } from './brand-fixture.ts';
import { removeTempDirs, tempDir, tempRepo, type TempRepo } from './git-fixture.ts';
import { livery } from './livery-cli.ts';

afterAll(removeTempDirs);

const semantic = JSON.parse(readFileSync(join(MINI, 'semantic.tokens.json'), 'utf8'));
const dark = JSON.parse(readFileSync(join(MINI, 'themes', 'dark.tokens.json'), 'utf8'));
const primitives = JSON.parse(readFileSync(join(MINI, 'primitives.tokens.json'), 'utf8'));

/** The mini brand's semantic file with a patch applied. */
const withSemantic = (patch: (s: any) => void) => {
  const copy = structuredClone(semantic);
  patch(copy);
  return { 'tokens/semantic.tokens.json': copy };
};

const kinds = (diff: TokenDiff) =>
  diff.changes.map((c) => `${c.bump} ${c.kind} ${subject(c).replace(' → ', '→')}`).sort();

function diffWorkingTree(files: Record<string, unknown>): { repo: TempRepo; diff: TokenDiff } {
  const repo = tempRepo();
  repo.write(files);
  return { repo, diff: diffRefs({ cwd: repo.dir }) };
}

describe('livery diff: what changed between two states of the brand', () => {
  it('reports nothing when the tokens are unchanged', () => {
    const { diff } = diffWorkingTree({});
    expect(diff.changes).toEqual([]);
    expect(diff.bump).toBe('none');
    expect(diff.from.tokens).toBe(19);
  });

  const cases: { description: string; files: Record<string, unknown>; expect: string[] }[] = [
    {
      description: 'a new token is added (minor)',
      files: withSemantic((s) => {
        s.color.muted = { $value: '{palette.sky}' };
      }),
      expect: ['minor added color.muted'],
    },
    {
      description: 'a removed token is breaking, even when it was deprecated',
      files: withSemantic((s) => {
        delete s.color['old-link'];
      }),
      expect: ['major removed color.old-link'],
    },
    {
      description: 'a token moved to a new path with the same value is a rename, not a removal plus an addition',
      files: {
        ...withSemantic((s) => {
          s.color.background = s.color.surface;
          delete s.color.surface;
        }),
        'tokens/themes/dark.tokens.json': {
          color: { background: dark.color.surface, text: dark.color.text, action: dark.color.action },
        },
      },
      expect: ['major renamed color.surface→color.background'],
    },
    {
      description: 'a rename that keeps the old name as a deprecated alias of the new one is minor',
      files: withSemantic((s) => {
        s.color.hyperlink = s.color.link;
        s.color.link = { $value: '{color.hyperlink}', $deprecated: 'Use {color.hyperlink}.' };
        s.color['old-link'].$value = '{color.hyperlink}';
      }),
      expect: ['minor renamed color.link→color.hyperlink', 'patch changed color.old-link'],
    },
    {
      description: 'a removal and an unrelated addition with the same value stay separate',
      files: withSemantic((s) => {
        delete s.color['old-link'];
        s.motion.spotlight = { $type: 'color', $value: '{palette.blue}' };
      }),
      expect: ['major removed color.old-link', 'minor added motion.spotlight'],
    },
    {
      description: 'a type change is breaking',
      files: { 'tokens/primitives.tokens.json': { ...primitives, space: { '4': { $type: 'number', $value: 16 } } } },
      expect: ['major retyped space.4'],
    },
    {
      description: 'a value change in one theme is reported for that context only',
      files: { 'tokens/themes/dark.tokens.json': { color: { ...dark.color, text: { $value: '{palette.sky}' } } } },
      expect: ['patch changed color.text'],
    },
    {
      description: 'a deprecation without a new token is minor',
      files: withSemantic((s) => {
        s.color.action.$deprecated = 'Use {color.link}.';
      }),
      expect: ['minor deprecated color.action'],
    },
    {
      description: 'a new theme context is minor',
      files: {
        'tokens/livery.resolver.json': (() => {
          const r = JSON.parse(readFileSync(join(MINI, 'livery.resolver.json'), 'utf8'));
          r.modifiers.theme.contexts['high-contrast'] = [{ $ref: 'themes/dark.tokens.json' }];
          return r;
        })(),
      },
      expect: ['minor mode-added theme:high-contrast'],
    },
  ];
  for (const c of cases) {
    it(c.description, () => {
      expect(kinds(diffWorkingTree(c.files).diff)).toEqual([...c.expect].sort());
    });
  }

  it('shows each context a value changed in, with CSS values before and after', () => {
    const { diff } = diffWorkingTree({
      'tokens/themes/dark.tokens.json': { color: { ...dark.color, text: { $value: '{palette.sky}' } } },
    });
    const change = diff.changes[0] as Extract<TokenChange, { kind: 'changed' }>;
    expect(change.modes).toEqual([{ mode: 'theme:dark', from: 'oklch(100% 0 0)', to: 'oklch(80% 0.1 240)' }]);
  });

  it('a changed primitive shows up on every alias that resolves through it, per context', () => {
    const { diff } = diffWorkingTree({
      'tokens/primitives.tokens.json': {
        ...primitives,
        palette: { ...primitives.palette, blue: { $value: { colorSpace: 'oklch', components: [0.45, 0.2, 265] } } },
      },
    });
    const changed = diff.changes.filter((c): c is Extract<TokenChange, { kind: 'changed' }> => c.kind === 'changed');
    expect(changed.map((c) => c.name).sort()).toEqual(['color.action', 'color.link', 'color.old-link', 'palette.blue']);
    // Dark uses sky and the campaign brand coral for color.action, so only the default context changes.
    expect(changed.find((c) => c.name === 'color.action')!.modes.map((m) => m.mode)).toEqual(['default']);
  });

  it('compares two commits with --from and --to, leaving the working tree out', () => {
    const repo = tempRepo();
    const first = repo.git('rev-parse', 'HEAD');
    repo.commit(
      'add muted',
      withSemantic((s) => {
        s.color.muted = { $value: '{palette.sky}' };
      }),
    );
    repo.write(
      withSemantic((s) => {
        delete s.color.link;
      }),
    ); // uncommitted, must not count
    const diff = diffRefs({ cwd: repo.dir, from: first, to: 'HEAD' });
    expect(kinds(diff)).toEqual(['minor added color.muted']);
    expect(diff.to.label).toBe('HEAD');
  });

  it('treats a ref that predates tokens/ as an empty brand: everything is added', () => {
    const repo = tempRepo();
    const withTokens = repo.git('rev-parse', 'HEAD');
    repo.git('rm', '-r', '--quiet', 'tokens');
    repo.commit('drop tokens');
    const diff = diffRefs({ cwd: repo.dir, from: 'HEAD', to: withTokens });
    expect(diff.counts.added).toBe(19);
    expect(diff.changes.every((c) => c.kind === 'added')).toBe(true);
  });

  it('prints text, JSON and release-notes markdown from the CLI', () => {
    const repo = tempRepo();
    repo.write(
      withSemantic((s) => {
        delete s.color['old-link'];
        s.color.muted = { $value: '{palette.sky}' };
        s.color.action.$deprecated = 'Use {color.link}.';
      }),
    );
    const text = livery(['diff'], repo.dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /tokens HEAD \([0-9a-f]{7}\) → working tree: 1 removed, 1 added, 1 deprecated \(needs a major release\)/,
    );
    expect(text.stdout).toContain('major  removed color.old-link (color, was deprecated)');

    const json = livery(['diff', '--format', 'json'], repo.dir);
    const parsed = JSON.parse(json.stdout) as TokenDiff;
    expect(parsed.bump).toBe('major');
    expect(parsed.counts).toMatchObject({ removed: 1, added: 1, deprecated: 1 });

    const md = livery(['diff', '--format', 'markdown'], repo.dir).stdout;
    expect(md).toContain('### Breaking changes');
    expect(md).toContain('| Removed | `color.old-link` | Stop using `--lv-color-old-link` (it was deprecated) |');
    expect(md).toContain('### Added');
    expect(md).toContain('| `color.muted` | color | `oklch(80% 0.1 240)` |');
    expect(md).toContain('| `color.action` | `color.link` | Use {color.link}. |');
  });
});

describe('livery diff: bad input', () => {
  it('an unknown ref exits 2 and suggests the closest branch', () => {
    const repo = tempRepo();
    const r = livery(['diff', '--from', 'mian'], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown git ref "mian" (did you mean main?)');
  });

  it('a ref missing from a shallow clone exits 2 and says how to fetch the history', () => {
    const repo = tempRepo();
    repo.commit(
      'second',
      withSemantic((s) => {
        s.color.muted = { $value: '{palette.sky}' };
      }),
    );
    const clone = join(tempDir('livery-shallow-'), 'clone');
    execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${repo.dir}`, clone]);
    const r = livery(['diff', '--from', 'HEAD~1'], clone);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /unknown git ref "HEAD~1": this is a shallow clone.*git fetch --unshallow.*fetch-depth: 0/,
    );
  });

  it('outside a git repository exits 2', () => {
    const r = livery(['diff'], tempDir('livery-nogit-'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not inside a git repository/);
  });

  it('an unknown format exits 2', () => {
    const r = livery(['diff', '--format', 'html'], tempRepo().dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format must be one of text, json, markdown; got "html"');
  });

  it('broken tokens at a ref exit 1 and name the file as <ref>:path', () => {
    const repo = tempRepo();
    repo.commit('break', { 'tokens/semantic.tokens.json': '{ "color": { "x": } }' });
    repo.write({ 'tokens/semantic.tokens.json': semantic });
    const r = livery(['diff', '--from', 'HEAD'], repo.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('HEAD:tokens/semantic.tokens.json');
    expect(r.stderr).toContain('the tokens do not load');
  });
});
