import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'rollup';

/** The package a specifier or a path inside node_modules names: `@scope/name/lib/x.js` → `@scope/name`. */
export function packageOf(specifier: string): string {
  return specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
}

/**
 * A rollup plugin for the bundles that inline packages from node_modules and minify away their
 * comments (the CLI in dist/lib, the CDN build of the components): MIT, BSD and their kin ask that
 * a copy carries the notice, so the license of every inlined package is written beside the bundle.
 */
export function bundledLicenses(root: string, fileName: string): Plugin {
  return {
    name: 'livery:bundled-licenses',
    generateBundle(_options, bundle) {
      const inlined = new Set<string>();
      for (const chunk of Object.values(bundle))
        for (const id of chunk.type === 'chunk' ? Object.keys(chunk.modules) : []) {
          const at = id.lastIndexOf('/node_modules/');
          if (at < 0) continue;
          inlined.add(packageOf(id.slice(at + '/node_modules/'.length)));
        }
      const sections = [...inlined].sort().map((name) => {
        const dir = join(root, 'node_modules', name);
        const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
          name: string;
          version: string;
          license?: string;
        };
        const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f));
        if (!file)
          this.error(`${name} is inlined into ${fileName}'s bundle but ships no license file to carry with it`);
        const text = readFileSync(join(dir, file), 'utf8').trim();
        return `${manifest.name} ${manifest.version} (${manifest.license ?? 'see below'})\n\n${text}\n`;
      });
      this.emitFile({
        type: 'asset',
        fileName,
        source: `Packages inlined into this bundle, with their licenses.\n\n${sections.join('\n---\n\n')}`,
      });
    },
  };
}
