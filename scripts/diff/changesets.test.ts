import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changelogData } from '../../docs/generate/changelog.ts';
import { ChangesetError, parseChangeset, releasedBump } from './changesets.ts';

describe('releasedBump', () => {
  it('is the largest bump a changeset releases, and none when it releases nothing', () => {
    expect(releasedBump(parseChangeset('a.md', '---\n"a": patch\n"b": minor\n---\n\nx'))).toBe('minor');
    expect(releasedBump(parseChangeset('a.md', '---\n"a": none\n---\n\nx'))).toBeUndefined();
    expect(releasedBump(parseChangeset('a.md', '---\n---\n\nx'))).toBeUndefined();
  });
});

describe("the docs' changelog reads pending changesets with the release-check parser", () => {
  let root: string | undefined;
  afterEach(() => root && rmSync(root, { recursive: true, force: true }));

  const repoWith = (files: Record<string, string>) => {
    root = mkdtempSync(join(tmpdir(), 'livery-changesets-'));
    mkdirSync(join(root, '.changeset'));
    writeFileSync(join(root, '.changeset', 'README.md'), '# Changesets\n');
    for (const [name, text] of Object.entries(files)) writeFileSync(join(root, '.changeset', name), text);
    return root;
  };

  it('groups summaries by bump; a `none` changeset is not released, so not listed', () => {
    const data = changelogData(
      repoWith({
        'a.md': "---\n'liverykit': minor\n---\n\nAdd `color.focus.ring`\nand its dark value.\n",
        'b.md': '---\n"liverykit": none\n---\n\nInternal tidy-up.\n',
        'c.md': '---\r\n"liverykit": patch\r\n---\r\n\r\nFix contrast\r\n',
      }),
    );
    expect(data.source).toBe('.changeset');
    expect(data.entries).toEqual([
      {
        version: 'Unreleased',
        sections: [
          { title: 'Minor Changes', items: ['Add `color.focus.ring` and its dark value.'] },
          { title: 'Patch Changes', items: ['Fix contrast'] },
        ],
      },
    ]);
  });

  it('stops at a corrupt changeset with its file and line, as release-check does (it was shown as a patch)', () => {
    const dir = repoWith({ 'a.md': '---\n"liverykit": huge\n---\n\nx\n' });
    expect(() => changelogData(dir)).toThrow(ChangesetError);
    expect(() => changelogData(dir)).toThrow(/\.changeset\/a\.md:2: corrupt changeset: "huge" is not a bump type/);
  });
});
