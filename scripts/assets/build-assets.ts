import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Diagnostics } from '../diagnostics.ts';

/** Where one asset is: a stable path to import, and a content-hashed copy to cache forever. */
export interface AssetFiles {
  /** `assets/logo/full-default.svg` (relative to dist/; `liverykit/assets/logo/full-default.svg`). */
  file: string;
  /** `assets/logo/full-default.836e5dcf87.svg`: same bytes, its name changes when they do. */
  hashed: string;
  /** First 10 hex digits of the SHA-256 of the file. */
  hash: string;
}

export interface LogoEntry extends AssetFiles {
  name: string;
  lockup: string;
  variant: string;
  minWidthPx: number | null;
  clearSpaceRatio: number | null;
  rules: string;
}

export interface AssetManifest {
  logos: LogoEntry[];
  icons: ({ name: string } & AssetFiles)[];
}

export interface BuiltAssets {
  manifest: AssetManifest;
  /** Output path (relative to dist/) → sanitized SVG text. */
  files: Map<string, string>;
}

/**
 * Sanitizes the brand's SVGs (scripts, event handlers, foreignObject and external references
 * are removed, each removal reported) and writes each twice: at a stable path to import
 * (`assets/logo/full-default.svg`) and as a content-hashed copy for long-cache delivery
 * (`assets/logo/full-default.<hash>.svg`), both listed in the manifest that lint and docs read.
 */
export function buildAssets(
  assetsDir: string,
  diagnostics: Diagnostics,
  brandColors: Set<string> = new Set(),
): BuiltAssets {
  const files = new Map<string, string>();
  const manifest: AssetManifest = { logos: [], icons: [] };
  if (!existsSync(assetsDir)) return { manifest, files };
  const lockupsFile = join(assetsDir, 'logo', 'lockups.json');
  let lockups: Record<string, { minWidthPx?: number; clearSpaceRatio?: number; rules?: string; description?: string }> =
    {};
  if (existsSync(lockupsFile)) {
    try {
      lockups = JSON.parse(readFileSync(lockupsFile, 'utf8'));
    } catch (error) {
      diagnostics.error({
        group: 'assets',
        file: relative(process.cwd(), lockupsFile),
        message: `invalid JSON: ${(error as Error).message}`,
        fix: 'fix the syntax',
      });
    }
  }
  for (const kind of ['logo', 'icons'] as const) {
    const dir = join(assetsDir, kind);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir)
      .filter((f) => f.endsWith('.svg'))
      .sort()) {
      const file = relative(process.cwd(), join(dir, entry));
      const svg = sanitizeSvg(readFileSync(join(dir, entry), 'utf8'), file, diagnostics);
      if (svg === undefined) continue;
      if (brandColors.size > 0) checkColors(svg, file, brandColors, diagnostics);
      const hash = createHash('sha256').update(svg).digest('hex').slice(0, 10);
      const name = basename(entry, '.svg');
      const paths: AssetFiles = {
        file: `assets/${kind}/${name}.svg`,
        hashed: `assets/${kind}/${name}.${hash}.svg`,
        hash,
      };
      files.set(paths.file, svg);
      files.set(paths.hashed, svg);
      if (kind === 'icons') {
        manifest.icons.push({ name, ...paths });
        continue;
      }
      const [lockup = name, variant = 'default'] = name.split('-');
      const rules = lockups[lockup];
      if (!rules)
        diagnostics.warn({
          group: 'assets',
          file,
          message: `lockup "${lockup}" has no entry in logo/lockups.json`,
          fix: `add "${lockup}": { "minWidthPx": …, "clearSpaceRatio": … }`,
        });
      manifest.logos.push({
        name,
        lockup,
        variant,
        ...paths,
        minWidthPx: rules?.minWidthPx ?? null,
        clearSpaceRatio: rules?.clearSpaceRatio ?? null,
        rules: rules?.rules ?? rules?.description ?? '',
      });
    }
  }
  files.set('assets/manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, files };
}

const UNSAFE: { pattern: RegExp; what: string }[] = [
  { pattern: /<script\b[\s\S]*?<\/script\s*>|<script\b[^>]*\/>/gi, what: 'a <script> element' },
  { pattern: /<foreignObject\b[\s\S]*?<\/foreignObject\s*>/gi, what: 'a <foreignObject> element' },
  { pattern: /\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*')/gi, what: 'an event handler attribute' },
  { pattern: /\s+(?:xlink:)?href\s*=\s*("(?!#)[^"]*"|'(?!#)[^']*')/gi, what: 'an external reference' },
  { pattern: /url\(\s*['"]?(?!#)[^)]*\)/gi, what: 'an external url()' },
  { pattern: /<!--[\s\S]*?-->/g, what: '' },
];

export function sanitizeSvg(source: string, file: string, diagnostics: Diagnostics): string | undefined {
  if (!/<svg\b/i.test(source)) {
    diagnostics.error({ group: 'assets', file, message: 'is not an SVG document', fix: 'export the asset as SVG' });
    return undefined;
  }
  let svg = source;
  for (const { pattern, what } of UNSAFE) {
    svg = svg.replace(pattern, (match) => {
      if (what)
        diagnostics.warn({
          group: 'assets',
          file,
          message: `removed ${what}: ${match.trim().slice(0, 60)}`,
          fix: 'remove it from the source SVG',
        });
      return '';
    });
  }
  return `${svg
    .replace(/<\?xml[^>]*>\s*/g, '')
    .replace(/>\s+</g, '><')
    .trim()}\n`;
}

const PAINT = /(?:fill|stroke|stop-color|color)\s*[=:]\s*["']?\s*(#[0-9a-f]{3,8}\b|rgba?\([^)]*\)|hsla?\([^)]*\))/gi;

/** Expands #abc to #aabbcc and drops an opaque alpha, so hex spellings compare equal. */
export function normalizeHex(hex: string): string {
  let h = hex.toLowerCase().replace('#', '');
  if (h.length === 3 || h.length === 4) h = [...h].map((c) => c + c).join('');
  if (h.length === 8 && h.endsWith('ff')) h = h.slice(0, 6);
  return `#${h}`;
}

/** Logos and icons may only paint with currentColor or the exact sRGB value of a brand color token. */
function checkColors(svg: string, file: string, brandColors: Set<string>, diagnostics: Diagnostics): void {
  for (const match of svg.matchAll(PAINT)) {
    const color = match[1]!;
    if (color.startsWith('#') && brandColors.has(normalizeHex(color))) continue;
    diagnostics.error({
      group: 'assets',
      file,
      message: `paints with ${color}, which is not the value of any color token (an off-brand color)`,
      fix: 'use currentColor, or the hex value of a palette token (see dist/tokens.json)',
    });
  }
}
