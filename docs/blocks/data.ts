/**
 * The generated data (docs/generate → docs/generated/*.json) as typed imports for the blocks.
 * Nothing here is written by hand: re-run `npm run build:docs` after changing tokens/.
 */
import assetsJson from '../generated/assets.json';
import changelogJson from '../generated/changelog.json';
import tokensJson from '../generated/tokens.json';
import { measureOfCss } from '../../scripts/catalogue/units.ts';
import type { AssetsData, ChangelogData, DocsMode, DocsToken, TokenPage, TokensData } from '../generate/types.ts';

export const tokens = tokensJson as unknown as TokensData;
export const assets = assetsJson as unknown as AssetsData;
export const changelog = changelogJson as unknown as ChangelogData;
export { site } from './site-data.ts';

export const byName = new Map(tokens.tokens.map((t) => [t.name, t]));

export function tokensOn(page: TokenPage): DocsToken[] {
  return tokens.tokens.filter((t) => t.page === page);
}

/** Tokens grouped by the first `depth` path segments, in catalogue order. */
export function groupBy(list: DocsToken[], depth: number): [string, DocsToken[]][] {
  const groups = new Map<string, DocsToken[]>();
  for (const token of list) {
    const key = token.path.slice(0, Math.min(depth, token.path.length - 1)).join('.');
    groups.set(key, [...(groups.get(key) ?? []), token]);
  }
  return [...groups];
}

export const defaultMode = (): DocsMode | undefined => tokens.modes[0];

/** The CSS of a token in a mode (the data keeps only the modes that differ from the default). */
export function cssIn(token: DocsToken, mode: string): string {
  return token.modes[mode] ?? token.css;
}

/** For a mode with a non-default brand, the same theme with the default brand. */
export function baseModeOf(mode: DocsMode): DocsMode | undefined {
  const [first, ...rest] = tokens.modifiers;
  if (!first) return undefined;
  return tokens.modes.find(
    (m) =>
      m.selection[first.name] === mode.selection[first.name] && rest.every((r) => m.selection[r.name] === r.default),
  );
}

export const anchorOf = (name: string) => `token-${name.replace(/[^a-z0-9]+/gi, '-')}`;

/** Plain numbers of a dimension/duration CSS value, for drawing to scale (`1.5rem` → 24 px, `0.2s` → 200 ms). */
export function toPx(css: string): number {
  return measureOfCss(css)?.magnitude ?? Number.NaN;
}
