import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Catalogue } from '../catalogue/catalogue.ts';
import type { CatalogueFile, CatalogueToken } from '../catalogue/catalogue-schema.ts';
import { packagedCataloguePath, readCatalogue } from '../catalogue/read-catalogue.ts';
import { colorToHex } from '../build/native-value.ts';
import type { Oklch } from './color-input.ts';
import { lockupManifest, logoFiles } from './logo-placeholders.ts';
import { generateRamp, type Ramp } from './palette-solver.ts';
import { rampGroup, stepToken } from './palette-tokens.ts';
import { LIVERY_STEP_NAMES } from './ramp-scale.ts';
import { brandReadme } from './readme.ts';
import { surfacesOf } from './surfaces.ts';
import { templateTokensDir } from './template.ts';
import type { PlannedFile } from './write-plan.ts';

/**
 * `livery init`: a new brand with Livery's structure (so every component and command works on it)
 * and its own colors. The brand and accent ramps are generated from the given colors and checked
 * against the new brand's own surfaces: surfaces that use the ramps (the brand band, dark raised
 * surfaces) change with them, so generation repeats until the surfaces are stable.
 */
export interface InitOptions {
  dir: string;
  name: string;
  color: Oklch;
  accent: Oklch;
  colorText: string;
  accentText: string;
}

const GENERATED_RAMPS = ['brand', 'accent'] as const;
/** Template files not carried over: the campaign brand context belongs to Livery. */
const SKIPPED = new Set(['brands/campaign.tokens.json', 'README.md']);
const MAX_ROUNDS = 4;

function templateFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? templateFiles(path, base) : [relative(base, path).replaceAll('\\', '/')];
  });
}

/** The template's catalogue with the generated ramps in place and only the default brand context. */
function catalogueWith(template: CatalogueFile, ramps: Ramp[]): Catalogue {
  const tokens: Record<string, CatalogueToken> = {};
  const replaced = new Map<string, unknown>();
  for (const ramp of ramps)
    for (const step of ramp.steps) replaced.set(`palette.${ramp.name}.${step.name}`, stepToken(step).$value as object);
  for (const [name, token] of Object.entries(template.tokens)) {
    const contexts = Object.fromEntries(
      Object.entries(token.contexts).filter(([key]) => !key.startsWith('brand:') || key === 'brand:default'),
    );
    const value = replaced.get(name);
    tokens[name] = value ? { ...token, raw: value, value, contexts } : { ...token, contexts };
  }
  const modifiers = template.modifiers.map((m) => (m.name === 'brand' ? { ...m, contexts: [m.default] } : m));
  return new Catalogue('(new brand)', { ...template, modifiers, tokens });
}

export function generateBrandRamps(options: Pick<InitOptions, 'color' | 'accent'>): { ramps: Ramp[]; rounds: number } {
  const template = readCatalogue(packagedCataloguePath()).data;
  const inputs = { brand: options.color, accent: options.accent };
  let catalogue = catalogueWith(template, []);
  let ramps: Ramp[] = [];
  let previous = '';
  let rounds = 0;
  while (rounds < MAX_ROUNDS) {
    rounds++;
    const surfaces = surfacesOf(catalogue);
    ramps = GENERATED_RAMPS.map((name) =>
      generateRamp(inputs[name], { name, steps: LIVERY_STEP_NAMES.length, gamut: 'srgb', surfaces }),
    );
    const signature = ramps.flatMap((r) => r.steps.map((s) => s.hex)).join();
    if (signature === previous) break;
    previous = signature;
    catalogue = catalogueWith(template, ramps);
  }
  return { ramps, rounds };
}

export function planBrand(options: InitOptions): { plan: PlannedFile[]; ramps: Ramp[] } {
  const template = templateTokensDir();
  const { ramps } = generateBrandRamps(options);
  const command = `liverykit init --color ${JSON.stringify(options.colorText)} --accent ${JSON.stringify(options.accentText)}`;
  const plan: PlannedFile[] = [];
  const add = (file: string, content: string) =>
    plan.push({ path: join(options.dir, file), content, action: 'create' });

  for (const file of templateFiles(template).sort()) {
    if (SKIPPED.has(file) || file.startsWith('assets/logo/')) continue;
    const text = readFileSync(join(template, file), 'utf8');
    if (file === 'livery.resolver.json') add(file, resolverFor(text, options.name));
    else if (file === 'primitives/palette.tokens.json') add(file, paletteWith(text, ramps, command));
    else add(file, text);
  }
  const hex = (ramp: string, step: string) =>
    colorToHex(stepToken(ramps.find((r) => r.name === ramp)!.steps.find((s) => s.name === step)!).$value);
  const logos = logoFiles(options.name, {
    brand: hex('brand', '700'),
    ink: '#ffffff',
    accent: hex('accent', '300'),
    text: hex('brand', '900'),
  });
  for (const [file, svg] of Object.entries(logos)) add(`assets/logo/${file}`, svg);
  add('assets/logo/lockups.json', lockupManifest(options.name));
  add('README.md', brandReadme(options.name, ramps, command));
  return { plan, ramps };
}

function resolverFor(text: string, name: string): string {
  const resolver = JSON.parse(text) as Record<string, any>;
  resolver.name = name;
  resolver.description =
    `The ${name} brand: primitives, then semantic roles (light is the default ` +
    `context), then the theme, then the brand expression. Made with liverykit init.`;
  const brand = resolver.modifiers?.brand;
  if (brand) {
    brand.contexts = { [brand.default]: [] };
    brand.description = 'Brand expression: add one with `liverykit brand add <name>`; it applies on top of any theme.';
  }
  return `${JSON.stringify(resolver, null, 2)}\n`;
}

function paletteWith(text: string, ramps: Ramp[], command: string): string {
  const file = JSON.parse(text) as { palette: Record<string, unknown> };
  for (const ramp of ramps) file.palette[ramp.name] = rampGroup(ramp, command);
  return `${JSON.stringify(file, null, 2)}\n`;
}
