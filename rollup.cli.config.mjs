/**
 * `npm run build:cli` bundles the CLI (scripts/, TypeScript) into dist/lib/, every file in that one
 * folder:
 *   livery.js             the CLI (`bin/livery.js` imports it and calls `main`)
 *   worker.js             lint's worker thread (engine.ts starts `./worker.js` beside its own chunk)
 *   stylelint-plugin.js   `liverykit/stylelint`   (+ .d.ts)
 *   eslint-plugin.js      `liverykit/eslint`      (+ .d.ts)
 *   *-[hash].js           chunks: one per command (scripts/cli/livery.ts imports each one only when
 *                         it runs) and the code they share
 * Why a bundle: a product install should not carry 200 compiled files, or the 17 MB colorjs.io
 * package (every build of it, sources and types) for the code the CLI calls. colorjs.io is inlined,
 * tree-shaken and minified with the CLI, so it is a devDependency. The small dependencies
 * (momoa, ignore, picomatch: 0.5 MB installed) stay dependencies: inlined they would add ~20 kB to
 * the tarball, and a product tree usually holds them already (npm dedupes them). Packages a
 * consumer brings itself stay imports: Style Dictionary (the brand repo's build tool), stylelint
 * and ESLint (the plugins' hosts), playwright-core and axe-core (the audit). The build fails if the
 * bundle imports any other package, so the installed CLI never needs what package.json does not install.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import commonjs from '@rollup/plugin-commonjs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import ts from 'typescript';
import { bundledLicenses, packageOf } from './scripts/bundling/bundled-licenses.ts';
import { transpileTypeScript } from './scripts/bundling/transpile-typescript.ts';

const root = dirname(fileURLToPath(import.meta.url));
const out = join(root, 'dist/lib');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * Packages inlined into the bundle (devDependencies, tree-shaken): colorjs.io for its trimmed
 * color spaces; picomatch and ignore (CommonJS) because the CLI starts faster with them inside its
 * own chunks than loaded from node_modules (9 ms of a 140 ms one-file lint).
 */
const BUNDLED = ['colorjs.io', 'picomatch', 'ignore'];
/** Packages the installed CLI may import: what package.json installs or asks the consumer for. */
const INSTALLED = new Set([
  ...Object.keys(manifest.dependencies ?? {}),
  ...Object.keys(manifest.peerDependencies ?? {}),
]);

const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');
const isBuiltin = (id) => id.startsWith('node:') || builtinModules.includes(id);

/** The exported entries beside the CLI; their declarations are the only ones that ship. */
const PLUGINS = {
  'stylelint-plugin': 'scripts/lint/stylelint-plugin.ts',
  'eslint-plugin': 'scripts/lint/eslint-plugin.ts',
};

/**
 * The plugins' declarations, from tsc (into a scratch folder: the CLI's internal types do not
 * ship), copied beside their entries; each must name only packages, never an internal module.
 */
function pluginDeclarations() {
  return {
    name: 'livery:plugin-declarations',
    writeBundle() {
      const scratch = join(root, '.livery-cache', 'cli-declarations');
      rmSync(scratch, { recursive: true, force: true });
      const tsc = join(root, 'node_modules/typescript/bin/tsc');
      execFileSync(
        process.execPath,
        [tsc, '-p', join(root, 'tsconfig.build.json'), '--emitDeclarationOnly', '--outDir', scratch],
        { stdio: 'inherit' },
      );
      for (const [name, source] of Object.entries(PLUGINS)) {
        const declaration = join(scratch, source.replace(/^scripts\//, '').replace(/\.ts$/, '.d.ts'));
        const text = readFileSync(declaration, 'utf8');
        const internal = /from\s+['"]\.{1,2}\//.exec(text);
        if (internal)
          this.error(`${source}: its declaration imports an internal module (${internal[0]}); it would not ship`);
        copyFileSync(declaration, join(out, `${name}.d.ts`));
      }
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/**
 * scripts/tokens/colorjs.ts registers color spaces into colorjs.io's registry as its side effect.
 * colorjs.io declares its modules free of side effects, so rollup judges that registration to have
 * none and drops the import from chunks that only need it run first (`livery palette` then failed
 * with 'No color space found with id = "srgb"'). Marked so it always runs before its importers.
 */
function keepColorSpaceRegistration() {
  return {
    name: 'livery:keep-color-space-registration',
    async resolveId(source, importer, options) {
      if (!source.endsWith('/tokens/colorjs.ts')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && { ...resolved, moduleSideEffects: 'no-treeshake' };
    },
  };
}

export default {
  input: {
    livery: join(root, 'scripts/cli/livery.ts'),
    worker: join(root, 'scripts/lint/worker.ts'),
    ...Object.fromEntries(Object.entries(PLUGINS).map(([name, source]) => [name, join(root, source)])),
  },
  external(id) {
    if (!isBare(id)) return false;
    if (isBuiltin(id)) return true;
    const name = packageOf(id);
    if (BUNDLED.includes(name)) return false;
    if (INSTALLED.has(name)) return true;
    throw new Error(
      `the CLI imports ${id}, which a product install does not have: ` +
        `add ${name} to BUNDLED in rollup.cli.config.mjs (inlined) or to package.json's dependencies or peerDependencies`,
    );
  },
  plugins: [
    {
      name: 'livery:clean',
      buildStart: () => {
        rmSync(out, { recursive: true, force: true });
        mkdirSync(out, { recursive: true });
      },
    },
    keepColorSpaceRegistration(),
    // ES2023: what Node 22.18, the floor, runs; verbatimModuleSyntax keeps side-effect imports
    transpileTypeScript('livery:transpile', {
      target: ts.ScriptTarget.ES2023,
      verbatimModuleSyntax: true,
      useDefineForClassFields: false,
    }),
    nodeResolve({ extensions: ['.ts', '.mjs', '.js', '.json'], preferBuiltins: true }),
    commonjs(),
    terser({ ecma: 2022, module: true, keep_classnames: true, format: { comments: false } }),
    pluginDeclarations(),
    bundledLicenses(root, 'THIRD-PARTY-LICENSES.txt'),
  ],
  onwarn(warning, warn) {
    // colorjs.io's own modules import each other in cycles; it is built and tested that way upstream
    if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('/node_modules/colorjs.io/')))
      return;
    warn(warning);
  },
  output: {
    dir: out,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
  },
};
