import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import StyleDictionary from 'style-dictionary';
import { buildAssets, normalizeHex } from '../assets/build-assets.ts';
import { colorToHex } from './native-value.ts';
import { clearFailure, recordFailure, sourceRecord } from '../catalogue/build-record.ts';
import { Catalogue } from '../catalogue/catalogue.ts';
import { TOKEN_VALUES_FILE, writeTokenValues } from '../lint/token-values.ts';
import type { CatalogueFile } from '../catalogue/catalogue-schema.ts';
import { Diagnostics, DiagnosticsError } from '../diagnostics.ts';
import type { Brand } from '../resolver/compose-brand.ts';
import { loadBrand } from './load-brand.ts';
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

export { loadBrand };

/** Output folders the build owns inside dist/ (dist/lib and dist/components belong to other steps). */
const OWNED = [
  'css',
  'scss',
  'js',
  'react-native',
  'ios',
  'android',
  'email',
  'assets',
  'tokens.json',
  TOKEN_VALUES_FILE,
];

/**
 * Validates everything, generates every output into a staging folder, then swaps it into place:
 * a failing build leaves dist/ exactly as it was.
 */
export async function runBuild(options: BuildOptions): Promise<BuildResult> {
  // A failed build writes nothing into dist/; it leaves a marker beside it instead, so commands
  // reading the older dist/tokens.json can say that the last build failed (build-record.ts).
  try {
    const result = await buildOnce(options);
    clearFailure(options.outDir);
    return result;
  } catch (error) {
    if (error instanceof DiagnosticsError) recordFailure(options.outDir, options.resolverFile, error.diagnostics);
    throw error;
  }
}

async function buildOnce(options: BuildOptions): Promise<BuildResult> {
  const diagnostics = new Diagnostics();
  const brand = loadBrand(options.resolverFile, diagnostics);
  const assets = buildAssets(
    options.assetsDir ?? join(dirname(options.resolverFile), 'assets'),
    diagnostics,
    brandColors(brand),
  );
  if (diagnostics.hasErrors()) throw new DiagnosticsError(diagnostics.items);

  const staging = join(options.outDir, `.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    const sd = new StyleDictionary(styleDictionaryConfig(brand, staging));
    registerLivery(sd, brand);
    await sd.hasInitialized;
    await sd.buildAllPlatforms();
    const catalogue = recordSources(join(staging, 'tokens.json'), brand, options.outDir);
    // what lint would otherwise compute from the catalogue on every start (token-values.ts)
    if (catalogue) writeTokenValues(catalogue, staging);
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

/** The catalogue records the hash of every source it was built from (build-record.ts reads it back); returned as written. */
function recordSources(catalogueFile: string, brand: Brand, outDir: string): Catalogue | undefined {
  if (!existsSync(catalogueFile)) return undefined;
  const data = JSON.parse(readFileSync(catalogueFile, 'utf8')) as CatalogueFile;
  data.sources = sourceRecord(brand.resolver, outDir);
  writeFileSync(catalogueFile, `${JSON.stringify(data, null, 2)}\n`);
  return new Catalogue(catalogueFile, data);
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
