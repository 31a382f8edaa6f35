/**
 * The costly part of lint's token index: the CSS of every color and scale token in every
 * permutation, and the parse of each distinct color. Computing it resolves every permutation and
 * parses each color with colorjs.io — about 60 ms, a third of a one-file run. It depends on the
 * catalogue's bytes alone, so `livery build` writes it beside dist/tokens.json and lint reads it
 * back when it was made from those same bytes by this same version; otherwise (a hand-edited
 * catalogue, an older build, a missing file) it is computed again, so the file is only ever a shortcut.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { toCss } from '../build/css-value.ts';
import type { Catalogue } from '../catalogue/read-catalogue.ts';
import type { CatalogueToken } from '../catalogue/catalogue-schema.ts';
import { tokenScale } from '../catalogue/category.ts';
import { permutationName, permutationsOf } from '../catalogue/permutations.ts';
import { packageVersion } from '../package-identity.ts';
import { parseColor, type ParsedColor } from './color.ts';

/** Beside the catalogue it was made from: dist/lint-values.json. */
export const TOKEN_VALUES_FILE = 'lint-values.json';

export interface TokenValues {
  /** Permutation names, the default first ("exact in the default theme" is the first question asked). */
  permutations: string[];
  /** Token name → its CSS in each permutation, in the order of `permutations` (color and scale tokens only). */
  css: Map<string, string[]>;
  /** A color's CSS → its parse (null when it does not parse). */
  colors: Map<string, ParsedColor | null>;
}

/** The file's shape: a token the same in every permutation keeps one string instead of an array. */
interface TokenValuesFile {
  catalogueHash: string;
  version: string;
  permutations: string[];
  css: Record<string, string | string[]>;
  colors: Record<string, Omit<ParsedColor, 'lab'> | null>;
}

/** Whether the index needs a token's value in every permutation. */
function needsValues(token: CatalogueToken): boolean {
  return token.type === 'color' || (token.type !== 'fontFamily' && tokenScale(token) !== undefined);
}

export function resolveTokenValues(catalogue: Catalogue): TokenValues {
  const defaultName = permutationName(catalogue, catalogue.defaultSelection());
  const permutations = permutationsOf(catalogue).sort(
    (a, b) => Number(b.name === defaultName) - Number(a.name === defaultName),
  );
  const resolved = permutations.map((p) => catalogue.resolve(p.selection));
  const css = new Map<string, string[]>();
  const colors = new Map<string, ParsedColor | null>();
  for (const token of catalogue.tokens.values()) {
    if (!needsValues(token)) continue;
    const values = resolved.map((values) => {
      try {
        return toCss(token.type, values.get(token.name));
      } catch {
        return token.css;
      }
    });
    css.set(token.name, values);
    if (token.type !== 'color') continue;
    for (const value of values) if (!colors.has(value)) colors.set(value, parseColor(value) ?? null);
  }
  return { permutations: permutations.map((p) => p.name), css, colors };
}

function hashOf(catalogueFile: string): string {
  return createHash('sha1').update(readFileSync(catalogueFile)).digest('hex');
}

/** Written by `livery build` into the folder that receives the catalogue. */
export function writeTokenValues(catalogue: Catalogue, dir: string): void {
  const values = resolveTokenValues(catalogue);
  const file: TokenValuesFile = {
    catalogueHash: hashOf(catalogue.file),
    version: packageVersion(),
    permutations: values.permutations,
    css: Object.fromEntries(
      [...values.css].map(([name, list]) => [name, list.every((v) => v === list[0]) ? list[0]! : list]),
    ),
    colors: Object.fromEntries(
      [...values.colors].map(([css, color]) => [
        css,
        color && { oklab: color.oklab, alpha: color.alpha, key: color.key },
      ]),
    ),
  };
  writeFileSync(join(dir, TOKEN_VALUES_FILE), `${JSON.stringify(file)}\n`);
}

/** The values written beside the catalogue when they were made from it by this version; else computed now. */
export function tokenValuesOf(catalogue: Catalogue): TokenValues {
  return readTokenValues(catalogue) ?? resolveTokenValues(catalogue);
}

function readTokenValues(catalogue: Catalogue): TokenValues | undefined {
  try {
    const file = JSON.parse(readFileSync(join(dirname(catalogue.file), TOKEN_VALUES_FILE), 'utf8')) as TokenValuesFile;
    if (file.version !== packageVersion() || file.catalogueHash !== hashOf(catalogue.file)) return undefined;
    if (!Array.isArray(file.permutations) || !file.css || !file.colors) return undefined;
    const count = file.permutations.length;
    return {
      permutations: file.permutations,
      css: new Map(
        Object.entries(file.css).map(([name, css]) => [name, typeof css === 'string' ? Array(count).fill(css) : css]),
      ),
      colors: new Map(Object.entries(file.colors)),
    };
  } catch {
    // missing, unreadable or not ours: computed again, as if it were not there
    return undefined;
  }
}
