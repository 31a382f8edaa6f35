/**
 * What rules need from the catalogue, computed once per process: every color token's value in
 * every permutation (so a fix never changes meaning in dark mode or the campaign brand), the
 * scales by category, registered font families, custom property names, deprecations and the
 * approved logo lockups from dist/assets/manifest.json beside the catalogue.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Catalogue } from '../catalogue/read-catalogue.ts';
import type { CatalogueToken } from '../catalogue/catalogue-schema.ts';
import { tokenScale, type TokenScale } from '../catalogue/category.ts';
import { measureOfCss } from '../catalogue/units.ts';
import { parseColor, type ParsedColor } from './color.ts';
import { DEFAULT_ROLE_MAP, rolesOfToken, type RoleMap } from './roles.ts';
import { tokenValuesOf, type TokenValues } from './token-values.ts';

/** The scales lint compares raw values with (letter spacing is audited on pages, not linted). */
export type ScaleCategory = Exclude<TokenScale, 'letter-spacing'>;

export interface ScaleEntry {
  token: CatalogueToken;
  css: string;
  /** Comparable magnitude: px for lengths, ms for durations, the number otherwise. */
  magnitude: number;
  unit: string;
  /** Same value in every permutation: replacing a raw value with it never changes meaning. */
  invariant: boolean;
}

export interface ColorEntry {
  token: CatalogueToken;
  color: ParsedColor;
  css: string;
  /** The permutation this value belongs to (`theme=dark,brand=default`). */
  permutation: string;
  invariant: boolean;
}

/** A color token with its value in every permutation and the roles it may fill. */
export interface ColorToken {
  token: CatalogueToken;
  /** Roles from the role map; none for primitives (and semantic tokens the map does not name). */
  roles: string[];
  /** Permutation name → its color there. */
  values: Map<string, ParsedColor>;
  /** Same color in every permutation. */
  invariant: boolean;
}

export interface LogoAsset {
  name: string;
  file: string;
  text: string;
}

export interface TokenIndex {
  catalogue: Catalogue;
  colors: ColorEntry[];
  colorsByKey: Map<string, ColorEntry[]>;
  scales: Map<ScaleCategory, ScaleEntry[]>;
  fontFamilies: Set<string>;
  fontStacks: { token: CatalogueToken; css: string; families: string[]; names: string[] }[];
  cssVariables: string[];
  /** `var(--name)` of every custom property a live (not deprecated) token emits: the declarations no rule needs to see. */
  liveReferences: Set<string>;
  logos: LogoAsset[];
  /** Lower-case words that name the brand (catalogue name), for logo look-alikes. */
  brandWords: string[];
  /** Name of the default permutation (`light`). */
  defaultPermutation: string;
  /** Permutation names, the default first. */
  permutations: string[];
  /** Every live (not deprecated) color token with its values and roles. */
  colorTokens: ColorToken[];
  /** Permutation name → color key → the live tokens with that color there. */
  colorsIn: Map<string, Map<string, ColorToken[]>>;
  roleMap: RoleMap;
}

/**
 * The order `localeCompare` gives. Names of lower-case letters, digits, dots and hyphens (nearly
 * every token name) sort that way by their characters, which is how they are compared; others go
 * to a collator made when first needed (making one loads ICU's collation data: 4.5 ms of a
 * one-file run, in the main thread and again in each worker; `localeCompare` per pair took 12 ms).
 */
const PLAIN_NAME = /^[a-z0-9.-]*$/;
let collator: Intl.Collator | undefined;
export function compareNames(a: string, b: string): number {
  if (PLAIN_NAME.test(a) && PLAIN_NAME.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return (collator ??= new Intl.Collator()).compare(a, b);
}

export function normalizeEasing(css: string): string {
  return css
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/(^|[(,])0\./g, '$1.');
}

export function buildTokenIndex(
  catalogue: Catalogue,
  roleMap: RoleMap = DEFAULT_ROLE_MAP,
  values: TokenValues = tokenValuesOf(catalogue),
): TokenIndex {
  const { permutations } = values;
  const cssIn = (token: CatalogueToken) => values.css.get(token.name) ?? permutations.map(() => token.css);
  const parse = (css: string) => (values.colors.has(css) ? values.colors.get(css)! : parseColor(css)) ?? undefined;
  const colorTokens: ColorToken[] = [];
  const colorsIn = new Map<string, Map<string, ColorToken[]>>(permutations.map((name) => [name, new Map()]));
  const colors: ColorEntry[] = [];
  const scales = new Map<ScaleCategory, ScaleEntry[]>();
  const fontStacks: TokenIndex['fontStacks'] = [];
  const fontFamilies = new Set<string>();
  for (const token of catalogue.tokens.values()) {
    if (token.type === 'color') {
      const css = cssIn(token);
      const parsed = css.map(parse);
      const invariant = parsed.every((c) => c?.key === parsed[0]?.key);
      if (!token.deprecated && parsed.every(Boolean)) {
        const entry: ColorToken = {
          token,
          roles: rolesOfToken(token.path, roleMap),
          values: new Map(parsed.map((c, i) => [permutations[i]!, c!])),
          invariant,
        };
        colorTokens.push(entry);
        parsed.forEach((c, i) => {
          const byKey = colorsIn.get(permutations[i]!)!;
          if (!byKey.has(c!.key)) byKey.set(c!.key, []);
          byKey.get(c!.key)!.push(entry);
        });
      }
      const seen = new Set<string>();
      css.forEach((c, i) => {
        const color = parsed[i];
        if (!color || seen.has(color.key)) return;
        seen.add(color.key);
        colors.push({ token, color, css: c, permutation: permutations[i]!, invariant });
      });
      continue;
    }
    if (token.type === 'fontFamily') {
      const families = Array.isArray(token.value) ? (token.value as string[]) : [String(token.value)];
      for (const f of families) fontFamilies.add(f.toLowerCase());
      fontStacks.push({ token, css: token.css, families: families.map((f) => f.toLowerCase()), names: families });
      continue;
    }
    const cat = tokenScale(token);
    if (!cat || cat === 'letter-spacing') continue;
    const css = cssIn(token);
    const invariant = css.every((c) => c === css[0]);
    const first = css[0] ?? token.css;
    const entry: ScaleEntry = { token, css: first, magnitude: NaN, unit: '', invariant };
    if (cat === 'easing') entry.css = normalizeEasing(first);
    else if (cat === 'line-height' || cat === 'z-index' || cat === 'font-weight') entry.magnitude = Number(first);
    else {
      const m = measureOfCss(first);
      if (!m) continue;
      entry.magnitude = m.magnitude;
      entry.unit = m.unit;
    }
    if (!scales.has(cat)) scales.set(cat, []);
    scales.get(cat)!.push(entry);
  }
  // typography composites carry line heights (and sizes) even when no primitive does
  for (const token of catalogue.tokens.values()) {
    if (token.type !== 'typography' || !token.value || typeof token.value !== 'object') continue;
    const lh = (token.value as Record<string, unknown>).lineHeight;
    if (typeof lh === 'number' && !(scales.get('line-height') ?? []).some((e) => e.magnitude === lh)) {
      const fieldVar = token.cssVariables.find((v) => v.endsWith('-line-height'));
      if (fieldVar) {
        if (!scales.has('line-height')) scales.set('line-height', []);
        scales.get('line-height')!.push({
          token: { ...token, cssVariable: fieldVar },
          css: String(lh),
          magnitude: lh,
          unit: '',
          invariant: Object.keys(token.contexts).length === 0,
        });
      }
    }
  }
  // shortest paths first: primitives before aliases of the same value
  const byPreference = (a: { token: CatalogueToken }, b: { token: CatalogueToken }) =>
    Number(!!a.token.deprecated) - Number(!!b.token.deprecated) ||
    a.token.path.length - b.token.path.length ||
    compareNames(a.token.name, b.token.name);
  for (const list of scales.values()) list.sort(byPreference);
  colors.sort((a, b) => Number(b.invariant) - Number(a.invariant) || byPreference(a, b));
  const colorsByKey = new Map<string, ColorEntry[]>();
  for (const entry of colors) {
    if (!colorsByKey.has(entry.color.key)) colorsByKey.set(entry.color.key, []);
    colorsByKey.get(entry.color.key)!.push(entry);
  }
  const cssVariables = [...catalogue.tokens.values()].flatMap((t) => t.cssVariables);
  const liveReferences = new Set(
    [...catalogue.tokens.values()].filter((t) => !t.deprecated).flatMap((t) => t.cssVariables.map((v) => `var(${v})`)),
  );
  const brandWords = (catalogue.data.name ?? '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 2);
  return {
    catalogue,
    colors,
    colorsByKey,
    scales,
    fontFamilies,
    fontStacks,
    cssVariables,
    liveReferences,
    logos: readLogos(catalogue.file),
    brandWords,
    defaultPermutation: permutations[0]!,
    permutations,
    colorTokens,
    colorsIn,
    roleMap,
  };
}

/** Approved lockups: dist/assets/manifest.json next to the catalogue; none when the brand ships no logos. */
function readLogos(catalogueFile: string): LogoAsset[] {
  const dist = dirname(catalogueFile);
  const manifestFile = join(dist, 'assets', 'manifest.json');
  if (!existsSync(manifestFile)) return [];
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { logos?: { name: string; file: string }[] };
    return (manifest.logos ?? []).flatMap((logo) => {
      const file = join(dist, logo.file);
      return existsSync(file) ? [{ name: logo.name, file: logo.file, text: readFileSync(file, 'utf8') }] : [];
    });
  } catch {
    return [];
  }
}
