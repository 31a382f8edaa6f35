import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { AssetsData } from './types.ts';

interface Manifest {
  logos?: {
    name: string;
    lockup: string;
    variant: string;
    file: string;
    minWidthPx: number | null;
    clearSpaceRatio: number | null;
    rules?: string;
  }[];
  icons?: { name: string; file: string }[];
}

function aspectRatio(svg: string): number | null {
  const viewBox = /viewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(svg);
  if (viewBox) return Number(viewBox[1]) / Number(viewBox[2]);
  const width = /<svg[^>]*\swidth\s*=\s*["']([\d.]+)/i.exec(svg);
  const height = /<svg[^>]*\sheight\s*=\s*["']([\d.]+)/i.exec(svg);
  return width && height ? Number(width[1]) / Number(height[1]) : null;
}

/**
 * The logos and icons of dist/assets/manifest.json (written by `livery build` from tokens/assets),
 * copied into the docs' static folder so every lockup can be downloaded from the Logo page.
 */
export function assetsData(distDir: string, staticDir: string, baseUrl: string): AssetsData {
  const manifestFile = join(distDir, 'assets', 'manifest.json');
  if (!existsSync(manifestFile)) {
    return {
      available: false,
      notice:
        'dist/assets/manifest.json was not found: add the logo SVGs and lockups.json under tokens/assets/ and run `npm run build`.',
      logos: [],
      icons: [],
    };
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  const copy = (file: string) => {
    const target = join(staticDir, file);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(distDir, file), target);
    return { href: `${baseUrl}/${file}`, fileName: basename(file).replace(/\.[0-9a-f]{6,}\.svg$/, '.svg') };
  };
  const logos = (manifest.logos ?? []).map((logo) => ({
    name: logo.name,
    lockup: logo.lockup,
    variant: logo.variant,
    ...copy(logo.file),
    minWidthPx: logo.minWidthPx,
    clearSpaceRatio: logo.clearSpaceRatio,
    rules: logo.rules ?? '',
    aspectRatio: aspectRatio(readFileSync(join(distDir, logo.file), 'utf8')),
  }));
  const icons = (manifest.icons ?? []).map((icon) => ({ name: icon.name, ...copy(icon.file) }));
  return {
    available: true,
    notice: logos.length
      ? null
      : 'dist/assets/manifest.json lists no logos yet: add tokens/assets/logo/<lockup>-<variant>.svg and rebuild.',
    logos,
    icons,
  };
}
