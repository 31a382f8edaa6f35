import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import StyleDictionary from 'style-dictionary';
import { buildAssets, normalizeHex } from '../assets/build-assets.ts';
import { colorToHex } from './native-value.ts';
import { Diagnostics, DiagnosticsError } from '../diagnostics.ts';
import { composeBrand, type Brand } from '../resolver/compose-brand.ts';
import { loadResolver } from '../resolver/load-resolver.ts';
import { checkUnlistedFiles } from '../resolver/unlisted-files.ts';
import { addTokenLines, TokenLines } from '../tokens/token-lines.ts';
import { cssNamesOf } from './css-declarations.ts';
import { registerLivery } from './register.ts';
import { styleDictionaryConfig } from './style-dictionary-config.ts';

export interface BuildOptions {
  resolverFile: string;
  outDir: string;
  assetsDir?: string;
}

export interface BuildResult {
  brand: Brand;
  diagnostics: Diagnostics;
  files: string[];
}

/** Output folders the build owns inside dist/ (dist/lib and dist/components belong to other steps). */
const OWNED = ['css', 'scss', 'js', 'react-native', 'ios', 'android', 'email', 'assets', 'tokens.json'];

/** Reads and validates the brand; throws DiagnosticsError listing every problem. Writes nothing. */
export function loadBrand(resolverFile: string, diagnostics = new Diagnostics()): Brand {
  const resolver = loadResolver(resolverFile, diagnostics);
  // A broken resolver leaves nothing sound to read tokens from; an unlisted file does not, so the
  // token files are still checked and every error of the run is reported together.
  const structural = diagnostics.hasErrors();
  if (resolver) checkUnlistedFiles(resolver, diagnostics);
  const lines = new TokenLines();
  const brand = resolver && !structural ? composeBrand(resolver, diagnostics, lines) : undefined;
  if (brand) checkCssNameCollisions(brand, diagnostics);
  addTokenLines(diagnostics.items, lines);
  if (!brand || diagnostics.hasErrors()) throw new DiagnosticsError(diagnostics.items);
  return brand;
}

/**
 * Validates everything, generates every output into a staging folder, then swaps it into place:
 * a failing build leaves dist/ exactly as it was.
 */
export async function runBuild(options: BuildOptions): Promise<BuildResult> {
  const diagnostics = new Diagnostics();
  const brand = loadBrand(options.resolverFile, diagnostics);
  const assets = buildAssets(options.assetsDir ?? join(dirname(options.resolverFile), 'assets'), diagnostics, brandColors(brand));
  if (diagnostics.hasErrors()) throw new DiagnosticsError(diagnostics.items);

  const staging = join(options.outDir, `.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    const sd = new StyleDictionary(styleDictionaryConfig(brand, staging));
    registerLivery(sd, brand);
    await sd.hasInitialized;
    await sd.buildAllPlatforms();
    for (const [file, content] of assets.files) {
      mkdirSync(dirname(join(staging, file)), { recursive: true });
      writeFileSync(join(staging, file), content);
    }
    swapIntoPlace(staging, options.outDir);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return { brand, diagnostics, files: [...assets.files.keys()] };
}

function swapIntoPlace(staging: string, outDir: string): void {
  const trash = join(outDir, `.previous-${process.pid}`);
  rmSync(trash, { recursive: true, force: true });
  mkdirSync(trash, { recursive: true });
  for (const entry of OWNED) {
    try {
      renameSync(join(outDir, entry), join(trash, entry));
    } catch {
      // first build: nothing to move aside
    }
    try {
      renameSync(join(staging, entry), join(outDir, entry));
    } catch {
      // an output this brand does not produce (e.g. no assets)
    }
  }
  rmSync(trash, { recursive: true, force: true });
}

/** sRGB hex of every color token in every permutation: what an SVG asset may paint with. */
function brandColors(brand: Brand): Set<string> {
  const colors = new Set<string>();
  for (const selection of brand.selections) {
    for (const [name, value] of brand.resolve(selection)) {
      if (brand.tokens.get(name)!.type === 'color') colors.add(normalizeHex(colorToHex(value)));
    }
  }
  return colors;
}

/** Two tokens whose paths collapse to one custom property would silently shadow each other. */
function checkCssNameCollisions(brand: Brand, diagnostics: Diagnostics): void {
  const owners = new Map<string, { name: string; file: string }>();
  for (const token of brand.tokens.values()) {
    for (const cssName of cssNamesOf(token)) {
      const owner = owners.get(cssName);
      if (owner && owner.name !== token.name) {
        diagnostics.error({ group: 'tokens', file: token.file, at: token.name, message: `maps to the CSS variable ${cssName}, which ${owner.name} (${owner.file}) already uses`, fix: `rename one of the two tokens so their paths differ after kebab-casing` });
      } else {
        owners.set(cssName, { name: token.name, file: token.file });
      }
    }
  }
}
