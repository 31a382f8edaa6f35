import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import terserPlugin from '@rollup/plugin-terser';
import { rollup, type RollupOptions } from 'rollup';
import ts from 'typescript';
import { transpileTypeScript } from '../../bundling/transpile-typescript.ts';
import { readCatalogue } from '../../catalogue/read-catalogue.ts';
import { readConfig } from '../../config/read-config.ts';
import { candidatesFrom } from '../brand-candidates.ts';
import { PLUGIN_MANIFEST } from './manifest.ts';

/**
 * The rollup entry that builds dist/figma-plugin/ (manifest.json, code.js, ui.html) from
 * scripts/figma/plugin/: code.js is one IIFE for Figma's sandbox (ES2017, no modules, no Node), the
 * brand's lint candidates from dist/tokens.json embedded; ui.html inlines its own IIFE.
 * rollup.config.mjs lists it, so `npm run build:components` (part of `npm run build`) builds it.
 */
const here = import.meta.dirname;

// the plugin's types are CommonJS-shaped under nodenext resolution; the ESM default is the function itself
const terser = terserPlugin as unknown as (typeof terserPlugin)['default'];

/** Minified as ES2017 too: the plugin ships in the package, and its size counts against the tarball. */
const minify = () => terser({ ecma: 2017, format: { comments: false } });

/** Figma's sandbox runs ES2017. */
const transpile = () =>
  transpileTypeScript('livery:figma-plugin-transpile', {
    target: ts.ScriptTarget.ES2017,
    verbatimModuleSyntax: false,
  });

export function figmaPluginBuild(root: string): RollupOptions {
  return {
    input: join(here, 'code.ts'),
    plugins: [
      {
        name: 'livery:figma-plugin-brand',
        transform(code, id) {
          if (!id.endsWith('code.ts')) return null;
          // The brand library's published style keys (livery.config.json › figma.styleKeys) travel too.
          const brand = candidatesFrom(
            readCatalogue(join(root, 'dist/tokens.json')),
            readConfig(root).figma.styleKeys ?? [],
          );
          return {
            code: code
              .replace(/declare const __LIVERY_BRAND__[^;]*;/, '')
              .replace(/__LIVERY_BRAND__/g, JSON.stringify(brand)),
            map: null,
          };
        },
      },
      transpile(),
      minify(),
      {
        name: 'livery:figma-plugin-files',
        async generateBundle() {
          const ui = await rollup({
            input: join(here, 'ui-entry.ts'),
            plugins: [transpile(), minify()],
            onwarn: (w, warn) => (w.code === 'CIRCULAR_DEPENDENCY' ? undefined : warn(w)),
          });
          const { output } = await ui.generate({ format: 'iife' });
          await ui.close();
          const script = output[0].code.replace(/<\/script/gi, '<\\/script');
          this.emitFile({
            type: 'asset',
            fileName: 'ui.html',
            source:
              `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Livery</title></head>` +
              `<body><script>\n${script}</script></body></html>\n`,
          });
          this.emitFile({
            type: 'asset',
            fileName: 'manifest.json',
            source: `${JSON.stringify(PLUGIN_MANIFEST, null, 2)}\n`,
          });
        },
      },
    ],
    output: { file: join(root, 'dist/figma-plugin/code.js'), format: 'iife' },
  };
}

/** For the bench and tests: the built files' sizes in bytes. */
export function pluginSizes(root: string): Record<string, number> {
  return Object.fromEntries(
    ['manifest.json', 'code.js', 'ui.html'].map((f) => [f, readFileSync(join(root, 'dist/figma-plugin', f)).length]),
  );
}
