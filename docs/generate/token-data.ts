import type { Catalogue } from '../../scripts/catalogue/read-catalogue.ts';
import type { CatalogueToken } from '../../scripts/catalogue/catalogue-schema.ts';
import { tokenGroup, type TokenGroup } from '../../scripts/catalogue/category.ts';
import { permutationsOf } from '../../scripts/catalogue/permutations.ts';
import { SUB_PROPERTY_FIELDS } from '../../scripts/tokens/composite-fields.ts';
import { compositeFieldToCss, toCss } from '../../scripts/build/css-value.ts';
import { formatRatio } from '../../scripts/check/color.ts';
import type { CheckReport } from '../../scripts/check/run-check.ts';
import type { ContrastCheck, DocsMode, DocsToken, TokenPage, TokensData } from './types.ts';

/** The docs page of each token group (scripts/catalogue/category.ts decides a token's group). */
const PAGE_OF_GROUP: Record<TokenGroup, TokenPage> = {
  color: 'color',
  space: 'spacing',
  typography: 'typography',
  radius: 'radii',
  border: 'borders',
  shadow: 'elevation',
  motion: 'motion',
  opacity: 'opacity',
  'z-index': 'z-index',
  size: 'sizes',
  other: 'other',
};

/** The palette's primitives get a page of their own, apart from the semantic colors. */
function pageOf(token: CatalogueToken): TokenPage {
  const group = tokenGroup(token);
  return group === 'color' && token.path[0] === 'palette' ? 'palette' : PAGE_OF_GROUP[group];
}

const label = (context: string) => context.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** Every permutation (named as the catalogue names them), the default first: `light`, `dark`, `light · campaign`… */
function modesOf(catalogue: Catalogue): DocsMode[] {
  const defaults = catalogue.defaultSelection();
  // Default contexts first, then by the later modifiers, so every theme with the default brand comes before any brand variant.
  const contextRank = (s: Record<string, string>) =>
    catalogue.modifiers.map((m) => (s[m.name] === m.default ? 0 : 1 + m.contexts.indexOf(s[m.name]!)));
  const rank = (s: Record<string, string>) =>
    catalogue.modifiers.slice(1).filter((m) => s[m.name] !== defaults[m.name]).length;
  const permutations = permutationsOf(catalogue).sort(
    (a, b) =>
      rank(a.selection) - rank(b.selection) ||
      compareRanks(contextRank(a.selection).reverse(), contextRank(b.selection).reverse()),
  );
  const [first] = catalogue.modifiers;
  return permutations.map(({ name, selection }) => {
    const parts = catalogue.modifiers
      .filter((m) => m === first || selection[m.name] !== defaults[m.name])
      .map((m) => selection[m.name]!);
    return {
      id: name,
      label: parts.map(label).join(' · ') || 'Default',
      selection,
      attributes: Object.fromEntries(catalogue.modifiers.map((m) => [m.attribute, selection[m.name]!])),
    };
  });
}

const compareRanks = (a: number[], b: number[]) => a.reduce((order, x, i) => order || x - b[i]!, 0);

const refName = (ref: string) => ref.replace(/^\{|\}$/g, '');

/**
 * The contrast the docs show is `livery check`'s report: its pairs (token declarations and the
 * config's `*`/`$1` patterns), backdrop, levels (AAA in enhanced contexts) and colour maths.
 * Ratios are truncated as check prints them, so a failing 4.478 never reads as 4.48.
 */
function contrastByToken(check: CheckReport): Map<string, ContrastCheck[]> {
  const byToken = new Map<string, ContrastCheck[]>();
  for (const r of check.contrast.results) {
    const checks = byToken.get(r.pair.fg) ?? [];
    checks.push({
      mode: r.permutation.name,
      on: r.pair.bg,
      onCss: r.bg.shown.hex,
      usage: r.pair.usage,
      threshold: r.required,
      level: r.level,
      ratio: Number(formatRatio(r.ratio)),
      pass: r.pass,
    });
    byToken.set(r.pair.fg, checks);
  }
  return byToken;
}

function reducedMotionCss(token: CatalogueToken, values: ReadonlyMap<string, unknown>): string | undefined {
  const livery = token.extensions['org.livery'] as { reducedMotion?: unknown } | undefined;
  const reduced = livery?.reducedMotion;
  if (reduced === undefined) return undefined;
  const resolve = (v: unknown): unknown => {
    if (typeof v === 'string' && /^\{[^}]+\}$/.test(v)) return values.get(refName(v));
    if (v && typeof v === 'object' && !Array.isArray(v))
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x)]));
    return v;
  };
  try {
    return toCss(token.type, resolve(reduced));
  } catch {
    return undefined;
  }
}

/** The docs' view of the catalogue: every token with its CSS per mode, and check's contrast for foregrounds. */
export function tokensData(catalogue: Catalogue, source: string, check: CheckReport): TokensData {
  const modes = modesOf(catalogue);
  const contrastOf = contrastByToken(check);
  const modeIds = new Set(modes.map((m) => m.id));
  const resolved = new Map(modes.map((mode) => [mode.id, catalogue.resolve(mode.selection)]));
  const defaultValues = resolved.get(modes[0]!.id)!;
  const tokens: DocsToken[] = [];
  const problems: string[] = [];
  for (const token of catalogue.tokens.values()) {
    const css: Record<string, string> = {};
    for (const mode of modes) {
      const value = resolved.get(mode.id)!.get(token.name);
      try {
        css[mode.id] = toCss(token.type, value);
      } catch (error) {
        problems.push(`${token.name} in ${mode.label}: ${(error as Error).message}`);
        css[mode.id] = token.css;
      }
    }
    const fields = SUB_PROPERTY_FIELDS[token.type]
      ? Object.fromEntries(
          SUB_PROPERTY_FIELDS[token.type]!.map((field) => [
            field,
            compositeFieldToCss(token.type, field, token.value, 'forbid'),
          ]).filter((entry): entry is [string, string] => entry[1] !== undefined),
        )
      : undefined;
    const contrast = (contrastOf.get(token.name) ?? []).filter((c) => modeIds.has(c.mode));
    const replacement = token.deprecated?.replacement ? catalogue.get(token.deprecated.replacement) : undefined;
    tokens.push({
      name: token.name,
      path: token.path,
      type: token.type,
      page: pageOf(token),
      cssVariable: token.cssVariable,
      cssVariables: token.cssVariables,
      jsName: token.jsName,
      description: token.description,
      status: token.status,
      owner: token.owner ?? null,
      file: token.file,
      raw: typeof token.raw === 'string' ? token.raw : null,
      deprecated: token.deprecated
        ? {
            message: token.deprecated.message,
            replacement: token.deprecated.replacement,
            replacementCssVariable: replacement?.cssVariable ?? null,
          }
        : null,
      css: token.css,
      // Only the modes that differ from the default, to keep the data small.
      modes: Object.fromEntries(
        Object.entries(css).filter(([id, value]) => id === modes[0]!.id || value !== css[modes[0]!.id]),
      ),
      fields: fields ?? null,
      reducedMotion: reducedMotionCss(token, defaultValues) ?? null,
      contrast,
    });
  }
  for (const problem of check.contrast.problems)
    problems.push(`${problem.file} › ${problem.at}: ${problem.message}${problem.fix ? ` (${problem.fix})` : ''}`);
  return {
    available: true,
    source,
    notice: null,
    problems,
    modes,
    modifiers: catalogue.modifiers,
    contrastLevels: check.contrast.levels,
    tokens,
  };
}
