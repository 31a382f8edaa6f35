import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './brand-fixture.ts';
import { packRepository, pageProblems, serveAndLaunch, sh, type PackResult } from '../frameworks/packed-app.ts';

/**
 * The package as a user gets it: `npm pack`, `npm install <tarball>` into a fresh project outside
 * the repository, then import the CSS, the typed tokens and the components, type-check with tsc,
 * bundle a page with esbuild, open it in Chromium, and run the `livery` bin through npx.
 * Needs the repository built (`npm test` runs `npm run build` first; run it yourself otherwise)
 * and the npm registry (or a warm npm cache) for the package's own dependencies.
 */
const requireFromRoot = createRequire(join(ROOT, 'package.json'));
const HAS_COMPONENTS = existsSync(join(ROOT, 'dist', 'components', 'index.js'));

let packed: PackResult;
let tarball: string;
let app: string;

function write(files: Record<string, string>): void {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(app, file)), { recursive: true });
    writeFileSync(join(app, file), content);
  }
}

beforeAll(() => {
  ({ tarball, packed } = packRepository([
    'dist/lib/livery.js',
    'dist/tokens.json',
    'dist/css/livery.css',
    'dist/js/tokens.d.ts',
  ]));
  // Outside the repository, so nothing resolves through the repository's own node_modules.
  app = mkdtempSync(join(tmpdir(), 'livery-consumer-app-'));
  write({
    'package.json': JSON.stringify({ name: 'consumer-app', version: '1.0.0', private: true, type: 'module' }, null, 2),
  });
  sh('npm', ['install', '--prefer-offline', '--no-package-lock', tarball], app);
}, 600_000);

afterAll(() => {
  // The app holds a full node_modules; keep it only when asked, to debug a failure.
  if (!process.env.LIVERY_KEEP_CONSUMER)
    for (const dir of [app, tarball && dirname(tarball)]) if (dir) rmSync(dir, { recursive: true, force: true });
  if (packed)
    console.log(
      `livery tarball: ${packed.filename} ${(packed.size / 1024).toFixed(1)} kB packed, ` +
        `${(packed.unpackedSize / 1024).toFixed(1)} kB unpacked, ${packed.files.length} files`,
    );
});

describe('the packed tarball', () => {
  it('holds no tests, fixtures, stories, source maps or docs site, and stays small', () => {
    const offending = packed.files
      .map((f) => f.path)
      .filter((p) =>
        /(^|\/)(tests?|fixtures|testing|__screenshots__)\/|\.(test|spec|stories)\.|test-utils\.|\.map$|^dist\/docs\/|^scripts\/|^components\//.test(
          p,
        ),
      );
    expect(offending).toEqual([]);
    expect(packed.files.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        'bin/livery.js',
        'dist/lib/livery.js',
        'dist/tokens.json',
        'dist/css/livery.css',
        'dist/js/tokens.js',
        'dist/js/tokens.d.ts',
        'tokens/livery.resolver.json',
      ]),
    );
    expect(statSync(tarball).size).toBe(packed.size);
    expect(packed.size).toBeLessThan(2 * 1024 * 1024);
  });
});

describe('a fresh project that installed the tarball', () => {
  it("type-checks its use of the typed tokens against livery's own .d.ts, and rejects unknown names", () => {
    write({
      'tsconfig.json': JSON.stringify({
        compilerOptions: {
          target: 'es2022',
          module: 'esnext',
          moduleResolution: 'bundler',
          strict: true,
          noEmit: true,
          lib: ['es2022', 'dom'],
          types: [],
          skipLibCheck: false,
        },
        include: ['src/tokens.ts'],
      }),
      'src/tokens.ts': [
        "import { colorTextPrimary, cssVariables, tokens, tokensFor, type TokenName, type PermutationName } from 'liverykit';",
        "import * as same from 'liverykit/tokens';",
        "const name: TokenName = 'color.text.primary';",
        'const value: string = tokens[name];',
        "const dark: PermutationName = 'dark';",
        'export const picked = [colorTextPrimary, value, cssVariables[name], tokensFor(dark)[name], same.colorTextPrimary];',
      ].join('\n'),
      'tsconfig.bad.json': JSON.stringify({ extends: './tsconfig.json', include: ['src/bad.ts'] }),
      'src/bad.ts':
        "import { tokens, type TokenName } from 'liverykit';\nconst name: TokenName = 'color.text.primray';\nexport const v = tokens[name];\n",
    });
    const tsc = requireFromRoot.resolve('typescript/bin/tsc');
    const good = sh(process.execPath, [tsc, '-p', 'tsconfig.json'], app, true);
    expect(good.stdout + good.stderr).toBe('');
    expect(good.code).toBe(0);
    const bad = sh(process.execPath, [tsc, '-p', 'tsconfig.bad.json'], app, true);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toMatch(
      /src\/bad\.ts\(2,7\): error TS\d+: Type '"color\.text\.primray"' is not assignable to type 'TokenName'/,
    );
  });

  it('bundles a page that imports the CSS and the tokens, and the page themes with data-theme', async () => {
    write({
      'src/page.css':
        '@import "liverykit/css";\nbody { color: var(--lv-color-text-primary); background: var(--lv-color-surface-page); }\n',
      'src/page.ts':
        "import './page.css';\nimport { colorTextPrimary } from 'liverykit';\n" +
        'document.body.dataset.tokenValue = colorTextPrimary;\n' +
        "document.body.innerHTML = '<p>hello</p>';\n",
      'index.html':
        '<!doctype html><html><head><link rel="stylesheet" href="out/page.css"></head><body><script type="module" src="out/page.js"></script></body></html>',
    });
    const result = await bundle('src/page.ts');
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('node_modules/liverykit/dist/css/livery.css');
    expect(inputs).toContain('node_modules/liverykit/dist/js/tokens.js');
    const css = readFileSync(join(app, 'out', 'page.css'), 'utf8');
    expect(css).toContain('--lv-color-text-primary:');
    expect(css).toMatch(/\[data-theme="?dark"?\]/); // esbuild drops the quotes

    const { page, close } = await openPage('index.html');
    try {
      const read = () =>
        page.evaluate(() => ({
          color: getComputedStyle(document.body).color,
          token: document.body.dataset.tokenValue,
          variable: getComputedStyle(document.body).getPropertyValue('--lv-color-text-primary').trim(),
        }));
      const light = await read();
      expect(light.variable).not.toBe('');
      expect(light.token).toBeTruthy();
      await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
      const dark = await read();
      expect(dark.color).not.toBe(light.color);
    } finally {
      await close();
    }
  });

  it.skipIf(!HAS_COMPONENTS)('imports, bundles and renders the components', async () => {
    write({
      'src/components.ts':
        "import 'liverykit/css';\nimport 'liverykit/components';\ndocument.body.innerHTML = '<lv-button>Go</lv-button>';\n",
      'components.html':
        '<!doctype html><html><head><link rel="stylesheet" href="out/components.css"></head><body>' +
        '<script type="module" src="out/components.js"></script></body></html>',
    });
    await bundle('src/components.ts');
    const { page, close } = await openPage('components.html');
    try {
      await page.waitForFunction(() => customElements.get('lv-button') !== undefined, undefined, { timeout: 10_000 });
      expect(await page.evaluate(() => Boolean(document.querySelector('lv-button')?.shadowRoot))).toBe(true);
    } finally {
      await close();
    }
  });
  if (!HAS_COMPONENTS)
    console.warn(
      'consumer.test: dist/components does not exist yet (npm run build:components), so the components part is skipped',
    );

  it('runs the livery bin through npx: help, resolve from the packaged catalogue, usage of the app itself', () => {
    const help = sh('npx', ['--no-install', 'liverykit', '--help'], app);
    for (const command of ['build', 'diff', 'release-check', 'usage'])
      expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    const resolved = JSON.parse(
      sh('npx', ['--no-install', 'liverykit', 'resolve', '--theme', 'dark', '--format', 'json'], app).stdout,
    );
    expect(resolved.selection.theme).toBe('dark');
    expect(resolved.tokens.length).toBeGreaterThan(100);
    write({ 'src/raw.css': '.legacy { color: #ff0000; padding: var(--lv-space-4); }\n' });
    const usage = sh('npx', ['--no-install', 'liverykit', 'usage', '.', '--format', 'json'], app);
    const report = JSON.parse(usage.stdout);
    expect(report.repos[0].name).toBe('consumer-app');
    expect(report.repos[0].references.total).toBeGreaterThan(0);
    expect(report.repos[0].raw.byCategory.color).toBe(1);
  });

  it('runs `npx liverykit lint` on the app when the lint command is registered', (context) => {
    const help = sh('npx', ['--no-install', 'liverykit', '--help'], app).stdout;
    if (!/^ {2}lint /m.test(help)) {
      console.warn('consumer.test: `livery lint` is not registered in the packed CLI yet, so this check is skipped');
      context.skip();
    }
    write({ 'src/raw.css': '.legacy { color: #ff0000; padding: var(--lv-space-4); }\n' });
    const lint = sh('npx', ['--no-install', 'liverykit', 'lint', 'src/raw.css'], app, true);
    expect(lint.code, lint.stdout + lint.stderr).toBe(1);
    expect(lint.stdout + lint.stderr).toContain('raw.css');
    // colorjs.io is inlined in the CLI bundle, not installed: a color only it parses still gets its nearest token
    expect(existsSync(join(app, 'node_modules', 'colorjs.io'))).toBe(false);
    write({ 'src/wide.css': '.hero { background: oklch(60% 0.2 260); }\n' });
    const wide = sh('npx', ['--no-install', 'liverykit', 'lint', 'src/wide.css'], app, true);
    expect(wide.code, wide.stdout + wide.stderr).toBe(1);
    expect(wide.stdout).toMatch(/oklch\(60% 0\.2 260\) is off-brand; nearest primitive token is palette\.brand\.500/);
  });
});

describe('every entry point of the exports map, from the installed tarball', () => {
  /** Entries that run inside another tool (an optional peer), with that tool's package. */
  const HOST_PLUGINS: Record<string, string> = { './stylelint': 'stylelint', './eslint': 'eslint' };

  /** Concrete subpaths for each exports key: a pattern key is expanded over the files it maps to. */
  function subpaths(): { key: string; specifier: string; file: string }[] {
    const root = join(app, 'node_modules', 'liverykit');
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      exports: Record<string, string | Record<string, string>>;
    };
    const out: { key: string; specifier: string; file: string }[] = [];
    for (const [key, target] of Object.entries(manifest.exports)) {
      // a types-only entry (./types/react) is read by TypeScript, not resolved by Node
      const file = typeof target === 'string' ? target : (target.default ?? target.types!);
      if (!key.includes('*')) {
        out.push({ key, specifier: `liverykit${key.slice(1)}`, file: join(root, file) });
        continue;
      }
      // expand over the files the pattern maps to (at most three per key keep it quick): a target with
      // two stars (./dist/components/*/*.js) is named by its folder, one star by any file under it
      const before = file.slice(0, file.indexOf('*'));
      const names =
        file.split('*').length > 2
          ? readdirSync(join(root, before))
          : (readdirSync(join(root, before), { recursive: true, encoding: 'utf8' }) as string[]).map((f) =>
              f.replace(/\\/g, '/'),
            );
      const found = names.filter((name) => {
        const candidate = join(root, file.replace(/\*/g, name));
        return existsSync(candidate) && statSync(candidate).isFile();
      });
      expect(found.length, `${key} maps to no file`).toBeGreaterThan(0);
      for (const name of found.slice(0, 3))
        out.push({
          key,
          specifier: `liverykit${key.slice(1).replace('*', name)}`,
          file: join(root, file.replace(/\*/g, name)),
        });
    }
    return out;
  }

  it('every key resolves from the app, and each file opens in the tool that reads it', async () => {
    const requireFromApp = createRequire(join(app, 'package.json'));
    const postcss = requireFromRoot('postcss') as typeof import('postcss');
    const scss = requireFromRoot('postcss-scss') as { parse: typeof import('postcss').parse };
    const esbuild = requireFromRoot('esbuild') as typeof import('esbuild');
    const checked: string[] = [];
    for (const { key, specifier, file } of subpaths()) {
      const typesOnly = file.endsWith('.d.ts');
      const resolved = typesOnly ? file : requireFromApp.resolve(specifier);
      expect(resolved, `${specifier} (${key})`).toBe(file);
      const text = readFileSync(resolved, 'utf8');
      const ext = typesOnly ? '.d.ts' : extname(resolved);
      if (ext === '.d.ts') {
        const ts = requireFromRoot('typescript') as typeof import('typescript');
        const source = ts.createSourceFile(resolved, text, ts.ScriptTarget.Latest);
        expect((source as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics, specifier).toEqual([]);
      } else if (ext === '.json') JSON.parse(text);
      else if (ext === '.css')
        expect(postcss.parse(text, { from: resolved }).nodes.length, specifier).toBeGreaterThan(0);
      else if (ext === '.scss') expect(scss.parse(text, { from: resolved }).nodes.length, specifier).toBeGreaterThan(0);
      else if (ext === '.svg') expect(text, specifier).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s>]/);
      else if (ext === '.js') {
        // a browser module (components) is bundled as a browser app would; the rest also runs in Node
        await esbuild.build({
          absWorkingDir: app,
          stdin: { contents: `import * as m from '${specifier}'; console.log(m);`, resolveDir: app },
          bundle: true,
          write: false,
          format: 'esm',
          platform: key in HOST_PLUGINS ? 'node' : 'browser',
          external: Object.values(HOST_PLUGINS),
          logLevel: 'silent',
        });
        // the lint plugins' hosts are optional peers the app did not install; components need a DOM
        if (!key.startsWith('./components') && !(key in HOST_PLUGINS))
          expect(Object.keys(await import(resolved)).length, specifier).toBeGreaterThan(0);
      } else if (ext === '.swift' || ext === '.kt') expect(text, specifier).toMatch(/Livery/);
      else if (ext === '.md') expect(text, specifier).toMatch(/^# /);
      else throw new Error(`${specifier}: no tool checks ${ext} files; add one to this test`);
      checked.push(specifier);
    }
    expect(checked).toEqual(
      expect.arrayContaining([
        'liverykit',
        'liverykit/css',
        'liverykit/tokens.json',
        'liverykit/components',
        'liverykit/components/button.js',
        'liverykit/components/button',
        'liverykit/stylelint',
        'liverykit/resolver.json',
      ]),
    );
  }, 120_000);

  for (const resolution of [
    { moduleResolution: 'bundler', module: 'esnext' },
    { moduleResolution: 'node16', module: 'node20' },
  ]) {
    it(
      `type-checks every TypeScript-facing entry under moduleResolution ` +
        `${resolution.moduleResolution} (TS ${requireFromRoot('typescript/package.json').version})`,
      () => {
        const dir = `ts-${resolution.moduleResolution}`;
        write({
          [`${dir}/package.json`]: JSON.stringify({ type: 'module' }),
          [`${dir}/tsconfig.json`]: JSON.stringify({
            compilerOptions: {
              ...resolution,
              target: 'es2022',
              strict: true,
              noEmit: true,
              lib: ['es2022', 'dom'],
              types: [],
              skipLibCheck: false,
              resolveJsonModule: true,
              noUncheckedSideEffectImports: true,
            },
            include: ['entry.ts'],
          }),
          [`${dir}/entry.ts`]: [
            "import 'liverykit/css';",
            "import 'liverykit/css/livery.light-dark.css';",
            "import 'liverykit/css/themes/dark.css';",
            "import 'liverykit/components/button.js';",
            "import 'liverykit/components/text-field';",
            "import { LvButton } from 'liverykit/components';",
            "import { colorTextPrimary, cssVariables } from 'liverykit';",
            "import { tokens as rn } from 'liverykit/react-native';",
            "import catalogue from 'liverykit/tokens.json' with { type: 'json' };",
            'export const used = [LvButton, colorTextPrimary, cssVariables, rn, catalogue];',
          ].join('\n'),
        });
        const tsc = requireFromRoot.resolve('typescript/bin/tsc');
        const result = sh(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], app, true);
        expect(result.stdout + result.stderr).toBe('');
        expect(result.code).toBe(0);
      },
    );
  }

  it('liverykit/stylelint and liverykit/eslint run inside the real stylelint and ESLint installed beside the tarball', () => {
    // a second project: the main app stays without the hosts (they are optional peers)
    const hosts = mkdtempSync(join(tmpdir(), 'livery-consumer-hosts-'));
    try {
      const versions = (name: string) => (requireFromRoot(`${name}/package.json`) as { version: string }).version;
      writeFileSync(
        join(hosts, 'package.json'),
        JSON.stringify({ name: 'hosts-app', version: '1.0.0', private: true, type: 'module' }),
      );
      sh(
        'npm',
        [
          'install',
          '--prefer-offline',
          '--no-package-lock',
          tarball,
          `stylelint@${versions('stylelint')}`,
          `eslint@${versions('eslint')}`,
        ],
        hosts,
      );
      mkdirSync(join(hosts, 'src'));
      writeFileSync(join(hosts, 'src', 'a.css'), '.a {\n  color: #2955d3;\n  background: oklch(60% 0.2 260);\n}\n');
      writeFileSync(join(hosts, 'src', 'a.js'), "export const style = { color: '#2955d3', padding: '13px' };\n");
      writeFileSync(
        join(hosts, '.stylelintrc.json'),
        JSON.stringify({ plugins: ['liverykit/stylelint'], rules: { 'livery/no-raw-color': true } }),
      );
      writeFileSync(
        join(hosts, 'eslint.config.js'),
        "import livery from 'liverykit/eslint';\nexport default [livery.configs.recommended];\n",
      );
      const styles = sh('npx', ['--no-install', 'stylelint', 'src/a.css', '--formatter', 'json'], hosts, true);
      expect(styles.code, styles.stderr).toBe(2);
      const warnings = (
        JSON.parse(styles.stdout || styles.stderr) as { warnings: { line: number; text: string }[] }[]
      )[0]!.warnings;
      expect(warnings.map((w) => [w.line, w.text.split(':')[0]])).toEqual([
        [2, '#2955d3 is off-brand; nearest text token is color.text.link (ΔE2000 3.6)'],
        [3, 'oklch(60% 0.2 260) is off-brand; nearest primitive token is palette.brand.500 (ΔE2000 4.2)'],
      ]);
      const script = sh('npx', ['--no-install', 'eslint', 'src/a.js', '--format', 'json'], hosts, true);
      expect(script.code, script.stderr).toBe(1);
      const messages = (JSON.parse(script.stdout) as { messages: { ruleId: string; line: number }[] }[])[0]!.messages;
      expect(messages.map((m) => m.ruleId)).toEqual(['livery/no-raw-color', 'livery/no-off-scale-value']);
    } finally {
      rmSync(hosts, { recursive: true, force: true });
    }
  }, 300_000);

  it('importing one token tree-shakes the rest (sideEffects and pure annotations)', async () => {
    const esbuild = requireFromRoot('esbuild') as typeof import('esbuild');
    const one = await esbuild.build({
      absWorkingDir: app,
      stdin: {
        contents: "import { colorTextPrimary } from 'liverykit';\nconsole.log(colorTextPrimary);\n",
        resolveDir: app,
      },
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      logLevel: 'silent',
    });
    const size = one.outputFiles[0]!.contents.length;
    console.log(
      `one token bundled from liverykit: ${size} bytes (was 27.6 kB before sideEffects and pure annotations)`,
    );
    expect(size).toBeLessThan(512);
    // a component import keeps its registration: customElements.define survives tree-shaking
    const component = await esbuild.build({
      absWorkingDir: app,
      stdin: { contents: "import 'liverykit/components/badge.js';\n", resolveDir: app },
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      logLevel: 'silent',
    });
    expect(component.outputFiles[0]!.text).toContain('lv-badge');
  });

  it('installs no build tools: `liverykit build` says in one line what to add, exit 2', () => {
    expect(existsSync(join(app, 'node_modules', 'style-dictionary'))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(app, 'node_modules', 'liverykit', 'package.json'), 'utf8'));
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['@humanwhocodes/momoa', 'lit']);
    const build = sh('npx', ['--no-install', 'liverykit', 'build'], app, true);
    expect(build.code).toBe(2);
    expect(build.stdout).toBe('');
    expect(build.stderr).toBe(
      'livery build: style-dictionary is not installed: building tokens happens in the brand ' +
        'repo, where `npm install --save-dev style-dictionary@5` adds the build tools (a product ' +
        'repo uses the built files in liverykit/css, liverykit/tokens, … instead)\n',
    );
    expect(existsSync(join(app, 'dist'))).toBe(false);
  });

  it('ships a LICENSE, the repository and homepage, and no internal declarations or report pages', () => {
    const root = join(app, 'node_modules', 'liverykit');
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    // what the CLI bundle inlines travels with its notice
    const notices = readFileSync(join(root, 'dist', 'lib', 'THIRD-PARTY-LICENSES.txt'), 'utf8');
    for (const name of ['colorjs.io', 'ignore', 'picomatch'])
      expect(notices).toMatch(new RegExp(`^${name} \\S+ \\(MIT\\)$`, 'm'));
    const cdn = readFileSync(join(root, 'dist', 'components', 'livery.cdn.js.LICENSE.txt'), 'utf8');
    for (const name of ['lit-html', 'lit-element', '@lit/reactive-element'])
      expect(cdn).toMatch(new RegExp(`^${name} \\S+ \\(BSD-3-Clause\\)$`, 'm'));
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(manifest.license).toBe('MIT');
    expect(manifest.repository.url).toMatch(/^git\+https:\/\//);
    expect(manifest.homepage).toMatch(/^https:\/\//);
    const paths = packed.files.map((f) => f.path);
    expect(paths).not.toContain('dist/contrast-matrix.html');
    // the compiled CLI's own declarations stay home; only those an exports entry names ship, and they all do
    const typesTargets = Object.values(manifest.exports as Record<string, string | { types?: string }>).flatMap((t) =>
      typeof t === 'object' && t.types ? [t.types.replace(/^\.\//, '')] : [],
    );
    expect(paths.filter((p) => p.startsWith('dist/lib/') && p.endsWith('.d.ts')).sort()).toEqual(
      typesTargets.filter((t) => t.startsWith('dist/lib/')).sort(),
    );
    for (const target of typesTargets.filter((t) => !t.includes('*'))) expect(paths, target).toContain(target);
    expect(paths.filter((p) => p.endsWith('.styles.d.ts'))).toEqual([]);
  });

  it('the installed CLI: --version, one wording for a bad flag or command, and one line on a Node older than the floor', () => {
    const manifest = JSON.parse(readFileSync(join(app, 'node_modules', 'liverykit', 'package.json'), 'utf8'));
    expect(sh('npx', ['--no-install', 'liverykit', '--version'], app).stdout).toBe(`liverykit ${manifest.version}\n`);
    expect(manifest.engines.node).toBe('>=22.18');
    const cases: [string[], string][] = [
      [['lint', '--formt', 'json'], 'livery lint: unknown option --formt (did you mean --format?)'],
      [['check', '--ouput', 'x.json'], 'livery check: unknown option --ouput (did you mean --output?)'],
      [['resolve', '--them', 'dark'], 'livery resolve: unknown option --them (did you mean --theme?)'],
      [['usage', '--formta', 'json', '.'], 'livery usage: unknown option --formta (did you mean --format?)'],
      [['lnt'], 'livery: unknown command "lnt" (did you mean lint?); run livery --help for the commands'],
    ];
    for (const [args, line] of cases) {
      const r = sh('npx', ['--no-install', 'liverykit', ...args], app, true);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe(line);
    }
    // the system's own node, when it is older than the floor (Debian's is 20): one line, exit 2
    const old = spawnSync('/usr/bin/node', ['--version'], { encoding: 'utf8' });
    const version = old.status === 0 ? old.stdout.trim().slice(1) : undefined;
    if (!version) return;
    const [major, minor] = version.split('.').map(Number) as [number, number];
    if (major > 22 || (major === 22 && minor >= 18)) return;
    const r = spawnSync('/usr/bin/node', [join(app, 'node_modules', 'liverykit', 'bin', 'livery.js'), 'lint'], {
      cwd: app,
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `liverykit needs Node.js 22.18 or newer (engines ">=22.18"); this is Node.js ${version}: ` +
        `install a current Node.js from https://nodejs.org and run it again\n`,
    );
  });
});

/** Bundles an entry of the app with esbuild (the app's bundler), failing with esbuild's own explanation. */
async function bundle(entry: string) {
  const esbuild = requireFromRoot('esbuild') as typeof import('esbuild');
  try {
    return await esbuild.build({
      absWorkingDir: app,
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      outdir: 'out',
      logLevel: 'silent',
      metafile: true,
    });
  } catch (error) {
    const messages = await esbuild.formatMessages((error as { errors?: import('esbuild').Message[] }).errors ?? [], {
      kind: 'error',
      color: false,
    });
    throw new Error(`bundling ${entry} as a consumer failed:\n${messages.join('\n')}`);
  }
}

/**
 * Serves the app folder over http (module scripts do not load from file://) and opens a page in
 * Chromium, failing if it logs an error or a warning or throws; `close()` ends the server and the browser.
 */
async function openPage(file: string): Promise<{ page: Page; close(): Promise<void> }> {
  const site = await serveAndLaunch(app);
  try {
    const page = await site.open(file);
    await page.waitForLoadState('networkidle');
    if (pageProblems(page).length) throw new Error(`the page threw or logged: ${pageProblems(page).join('\n')}`);
    return { page, close: site.close };
  } catch (error) {
    await site.close();
    throw error;
  }
}
