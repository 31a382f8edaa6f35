import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCatalogue, type Catalogue } from '../../catalogue/read-catalogue.ts';
import { runBuild } from '../../build/run-build.ts';
import type { CatalogueFile } from '../../catalogue/catalogue-schema.ts';

/**
 * Test helper (not used by the CLI): a temp copy of tests/fixtures/mini, edited as parsed JSON,
 * built with the real `livery build` into the temp dir, and read back through the catalogue reader.
 */
export const MINI = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'tests', 'fixtures', 'mini');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** The permutations of the mini brand once withContrast adds high-contrast: 3 themes × 2 brands, in catalogue order. */
export const CONTRAST_MINI_PERMUTATIONS = [
  'light',
  'light-campaign',
  'dark',
  'dark-campaign',
  'high-contrast',
  'high-contrast-campaign',
];

/** Contrast declarations and a high-contrast theme added to the mini brand. */
export function withContrast(files: Record<string, Json>): void {
  const semantic = files['semantic.tokens.json'];
  semantic.color.text.$extensions = { 'org.livery': { contrast: [{ on: ['{color.surface}'], usage: 'body' }] } };
  semantic.color.action.$extensions = { 'org.livery': { contrast: [{ on: ['{color.surface}'], usage: 'non-text' }] } };
  semantic.color.focus = {
    ring: {
      $value: '{palette.blue}',
      $description: 'Focus ring.',
      $extensions: { 'org.livery': { contrast: [{ on: ['{color.surface}'], usage: 'non-text' }] } },
    },
  };
  files['themes/high-contrast.tokens.json'] = {
    color: {
      surface: { $value: '{palette.white}' },
      text: { $value: '{palette.ink}' },
      action: { $value: '{palette.ink}' },
    },
  };
  files['livery.resolver.json'].modifiers.theme.contexts['high-contrast'] = [
    { $ref: 'themes/high-contrast.tokens.json' },
  ];
}

/**
 * `editCatalogue` changes dist/tokens.json after the build: for catalogues the build itself would
 * refuse (hand-written or stale ones), which `livery check` must still judge.
 */
export async function buildMini(
  edit: (files: Record<string, Json>) => void = () => {},
  editCatalogue?: (data: CatalogueFile) => void,
): Promise<{ dir: string; catalogue: Catalogue }> {
  const dir = mkdtempSync(join(tmpdir(), 'livery-check-'));
  cpSync(MINI, dir, { recursive: true });
  const files: Record<string, Json> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d)) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.json')) files[relative(dir, path)] = JSON.parse(readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  edit(files);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), JSON.stringify(content, null, 2));
  }
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    await runBuild({ resolverFile: join(dir, 'livery.resolver.json'), outDir: join(dir, 'dist') });
  } finally {
    process.chdir(cwd);
  }
  const file = join(dir, 'dist', 'tokens.json');
  if (editCatalogue) {
    const data = JSON.parse(readFileSync(file, 'utf8')) as CatalogueFile;
    editCatalogue(data);
    writeFileSync(file, JSON.stringify(data));
  }
  return { dir, catalogue: readCatalogue(file) };
}

/** The mini brand with contrast declarations, a high-contrast theme and every policy rule satisfied. */
export function cleanMini(files: Record<string, Json>): void {
  withContrast(files);
  const primitives = files['primitives.tokens.json'];
  primitives.font['line-height'] = { $type: 'number', normal: { $value: 1.5 } };
  primitives.font.tracking = { $type: 'dimension', normal: { $value: { value: 0, unit: 'rem' } } };
  const body = files['semantic.tokens.json'].typography.body.$value;
  body.lineHeight = '{font.line-height.normal}';
  body.letterSpacing = '{font.tracking.normal}';
  files['themes/dark.tokens.json'].color.focus = { ring: { $value: '{palette.sky}' } };
  files['themes/high-contrast.tokens.json'].color.focus = { ring: { $value: '{palette.ink}' } };
}
