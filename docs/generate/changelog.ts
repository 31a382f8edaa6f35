import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readChangesets, releasedBump } from '../../scripts/diff/changesets.ts';
import type { ChangelogData, ChangelogEntry } from './types.ts';

/**
 * The changelog changesets writes (`changeset version` → CHANGELOG.md: `## 1.2.0`, `### Minor Changes`,
 * `- abc1234: summary`), or, before the first release, the pending changesets in .changeset/.
 */
export function changelogData(root: string): ChangelogData {
  const file = join(root, 'CHANGELOG.md');
  if (existsSync(file))
    return { source: 'CHANGELOG.md', notice: null, entries: parseChangelog(readFileSync(file, 'utf8')) };
  // Read as release-check reads them: a corrupt changeset is an error naming its file and line.
  const pending = readChangesets(join(root, '.changeset'), root).flatMap((changeset) => {
    const bump = releasedBump(changeset);
    return bump ? [{ bump, summary: changeset.summary.replace(/\s+/g, ' ') }] : [];
  });
  if (pending.length) {
    const sections = new Map<string, string[]>();
    for (const { bump, summary } of pending) {
      const title = `${bump.replace(/^./, (c) => c.toUpperCase())} Changes`;
      sections.set(title, [...(sections.get(title) ?? []), summary]);
    }
    return {
      source: '.changeset',
      notice:
        'No release has been cut yet (no CHANGELOG.md): these are the pending changesets that the next `changeset version` will publish.',
      entries: [{ version: 'Unreleased', sections: [...sections].map(([title, items]) => ({ title, items })) }],
    };
  }
  return {
    source: null,
    notice:
      'No CHANGELOG.md and no pending changesets yet: run `npx changeset` with your change, and `changeset version` writes CHANGELOG.md at release.',
    entries: [],
  };
}

export function parseChangelog(markdown: string): ChangelogEntry[] {
  const entries: ChangelogEntry[] = [];
  let entry: ChangelogEntry | undefined;
  let section: { title: string; items: string[] } | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    const version = /^##\s+(.+)$/.exec(line);
    const title = /^###\s+(.+)$/.exec(line);
    const item = /^[-*]\s+(.+)$/.exec(line);
    if (version) {
      entry = { version: version[1]!.trim(), sections: [] };
      entries.push(entry);
      section = undefined;
    } else if (title && entry) {
      section = { title: title[1]!.trim(), items: [] };
      entry.sections.push(section);
    } else if (item && entry) {
      if (!section) {
        section = { title: 'Changes', items: [] };
        entry.sections.push(section);
      }
      section.items.push(item[1]!.replace(/^[0-9a-f]{7,40}:\s*/, '').trim());
    } else if (/^\s+\S/.test(line) && section?.items.length) {
      section.items[section.items.length - 1] += ` ${line.trim()}`;
    }
  }
  return entries;
}
