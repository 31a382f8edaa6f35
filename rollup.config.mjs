/**
 * `npm run build:components` (rollup -c, then cem analyze and tsc for the .d.ts files) builds
 * dist/components/:
 *   index.js                 every component (`liverykit/components`)
 *   <name>/<name>.js         one ESM entry per component (`liverykit/components/<name>`)
 *   chunks/*.js              code the entries share (the base classes)
 *   livery.cdn.js            one self-contained, minified file with lit inlined, for a <script type=module>
 *   livery.cdn.js.LICENSE.txt  the licenses of what it inlines (lit's packages)
 * `lit` stays an import in the ESM entries (one copy per app); the brand's icons and logos are
 * read from tokens/assets at build time by expanding the components' `import.meta.glob` calls.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { bundledLicenses } from './scripts/bundling/bundled-licenses.ts';
import { figmaPluginBuild } from './scripts/figma/plugin/plugin-build.ts';

const root = dirname(fileURLToPath(import.meta.url));
const componentsDir = join(root, 'components');

/** `{ 'button/button': 'components/button/button.ts', … }`: every folder with a same-named file. */
export function componentEntries() {
  const entries = {};
  for (const name of readdirSync(componentsDir).sort()) {
    const file = join(componentsDir, name, `${name}.ts`);
    if (existsSync(file)) entries[`${name}/${name}`] = file;
  }
  return entries;
}

/**
 * Expands Vite's eager `import.meta.glob('…', { query: '?raw' | import JSON, eager: true })` into an
 * object literal of file contents, so the same component source builds in Vite (tests,
 * Storybook) and here. Only the eager forms the components use are supported.
 */
export function importMetaGlob() {
  const call = /import\.meta\.glob(?:<[^>]*>)?\(\s*(['"])([^'"]+)\1\s*,\s*\{([^}]*)\}\s*\)/g;
  return {
    name: 'livery:import-meta-glob',
    transform(code, id) {
      if (!code.includes('import.meta.glob')) return null;
      const output = code.replace(call, (_match, _quote, pattern, options) => {
        if (!/eager:\s*true/.test(options))
          this.error(`${relative(root, id)}: only eager import.meta.glob is supported`);
        const raw = /query:\s*['"]\?raw['"]/.test(options);
        const absolute = resolve(dirname(id), pattern);
        const dir = dirname(absolute);
        const matcher = new RegExp(
          `^${basename(absolute)
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '[^/]*')}$`,
        );
        const files = existsSync(dir)
          ? readdirSync(dir)
              .filter((f) => matcher.test(f))
              .sort()
          : [];
        this.addWatchFile(dir);
        const entries = files.map((file) => {
          const path = join(dir, file);
          this.addWatchFile(path);
          const text = readFileSync(path, 'utf8');
          const key = `${dirname(pattern)}/${file}`;
          return `${JSON.stringify(key)}: ${raw ? JSON.stringify(text) : JSON.stringify(JSON.parse(text))}`;
        });
        return `{${entries.join(',')}}`;
      });
      return { code: output, map: null };
    },
  };
}

/** The TypeScript half of the build, shared with bench/components.bench.ts. */
export function compile() {
  return [
    importMetaGlob(),
    typescript({
      tsconfig: join(root, 'tsconfig.components.json'),
      compilerOptions: {
        module: 'esnext',
        moduleResolution: 'bundler',
        declaration: false,
        emitDeclarationOnly: false,
        outDir: undefined,
        rootDir: undefined,
        noEmitOnError: true,
      },
      include: ['components/**/*.ts'],
      exclude: ['components/**/*.test.ts', 'components/**/*.stories.ts', 'components/base/test-utils.ts'],
    }),
  ];
}

/**
 * Emits the .d.ts files beside the entries (tsc, tsconfig.components.json) and points their
 * relative imports at .js (tsc keeps the sources' .ts extensions in declarations).
 */
export function declarations() {
  return {
    name: 'livery:declarations',
    buildStart() {
      rmSync(join(root, 'dist/components'), { recursive: true, force: true });
    },
    writeBundle() {
      const tsc = join(root, 'node_modules/typescript/bin/tsc');
      execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.components.json')], { stdio: 'inherit' });
      const out = join(root, 'dist/components');
      for (const file of readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.d.ts'))) {
        const path = join(out, file);
        writeFileSync(path, readFileSync(path, 'utf8').replace(/(from\s+['"]\.{1,2}\/[^'"]+)\.ts(['"])/g, '$1.js$2'));
      }
    },
  };
}

/** Minifier for the CDN bundle (and the bench's size figures). */
export const minify = () => terser({ ecma: 2022, module: true, format: { comments: false } });
/** Resolves (and so inlines) lit for the CDN bundle. */
export const inlineDependencies = () => nodeResolve({ exportConditions: ['production'] });

/** Builds as production: `process.env.NODE_ENV` (components/base/dev-mode.ts) becomes "production", as bundlers do. */
export const productionMode = () => ({
  name: 'livery:production-mode',
  transform: (code) =>
    code.includes('process.env.NODE_ENV')
      ? { code: code.replaceAll('process.env.NODE_ENV', '"production"'), map: null }
      : null,
});

const external = (id) =>
  id === 'lit' ||
  id.startsWith('lit/') ||
  id.startsWith('@lit/') ||
  id.startsWith('lit-html') ||
  id.startsWith('lit-element');

export default [
  figmaPluginBuild(root),
  {
    input: { index: join(componentsDir, 'index.ts'), ...componentEntries() },
    external,
    plugins: [...compile(), declarations()],
    output: {
      dir: join(root, 'dist/components'),
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
  },
  {
    input: join(componentsDir, 'index.ts'),
    plugins: [
      ...compile(),
      productionMode(),
      inlineDependencies(),
      minify(),
      bundledLicenses(root, 'livery.cdn.js.LICENSE.txt'),
    ],
    output: { file: join(root, 'dist/components/livery.cdn.js'), format: 'es' },
  },
];
