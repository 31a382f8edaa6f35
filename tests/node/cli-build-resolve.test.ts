import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDocs } from '../../docs/generate/generate-docs.ts';
import { readCatalogue } from '../../scripts/catalogue/read-catalogue.ts';
import { brandWith, MINI, removeBrandCopies, ROOT } from './brand-fixture.ts';

afterAll(removeBrandCopies);

const livery = (args: string[], cwd = ROOT) =>
  spawnSync(process.execPath, [join(ROOT, 'bin', 'livery.js'), ...args], { cwd, encoding: 'utf8' });

describe('livery build (the binary)', () => {
  it('exits 1 with file, token path and fix on bad input, and 0 on a good brand', () => {
    const bad = brandWith({ 'themes/dark.tokens.json': { color: { text: { $value: '{palette.inkk}' } } } });
    const failed = livery(['build', '--resolver', bad.resolver, '--out', bad.out]);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(
      /themes\/dark\.tokens\.json:3 › color\.text: "\{palette\.inkk\}" refers to a token that does not exist/,
    );
    expect(failed.stderr).toMatch(/fix: did you mean \{palette\.ink\}\?/);
    expect(failed.stderr).toMatch(/nothing was written to dist\//);
    expect(existsSync(bad.out)).toBe(false);

    const good = brandWith();
    const ok = livery(['build', '--resolver', good.resolver, '--out', good.out]);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/built \d+ tokens × 4 permutations/);
  });

  it('refuses a token file the resolver does not list (exit 1, nothing written), and builds it once listed', () => {
    const amber = { colorSpace: 'oklch', components: [0.75, 0.16, 70] };
    const brand = brandWith({ 'themes/sepia.tokens.json': { color: { text: { $type: 'color', $value: amber } } } });
    const refused = livery(['build', '--resolver', brand.resolver, '--out', brand.out], brand.dir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      'error [resolver] themes/sepia.tokens.json: is not listed in livery.resolver.json, so no set or context reads it',
    );
    expect(refused.stderr).toContain(
      'fix: add "sepia": [{ "$ref": "themes/sepia.tokens.json" }' +
        '] to "contexts" of the modifier "theme" in livery.resolver.json ' +
        '(#/modifiers/theme/contexts, line 10)',
    );
    expect(existsSync(brand.out)).toBe(false);

    // Doing what the fix says gives a sepia theme, and the light theme keeps its body text.
    const resolver = JSON.parse(readFileSync(brand.resolver, 'utf8'));
    resolver.modifiers.theme.contexts.sepia = [{ $ref: 'themes/sepia.tokens.json' }];
    writeFileSync(brand.resolver, JSON.stringify(resolver, null, 2));
    const built = livery(['build', '--resolver', brand.resolver, '--out', brand.out], brand.dir);
    expect(built.stderr).toBe('');
    const light = JSON.parse(
      livery(['resolve', '--format', 'json', '--catalogue', join(brand.out, 'tokens.json')], brand.dir).stdout,
    );
    expect(light.tokens.find((t: { name: string }) => t.name === 'color.text').value.components).not.toEqual(
      amber.components,
    );
    const sepia = JSON.parse(
      livery(
        ['resolve', '--theme', 'sepia', '--format', 'json', '--catalogue', join(brand.out, 'tokens.json')],
        brand.dir,
      ).stdout,
    );
    expect(sepia.tokens.find((t: { name: string }) => t.name === 'color.text').value.components).toEqual(
      amber.components,
    );
  });

  it('--watch rebuilds when a token file changes', async () => {
    const brand = brandWith();
    const child = spawn(process.execPath, [
      join(ROOT, 'bin', 'livery.js'),
      'build',
      '--watch',
      '--resolver',
      brand.resolver,
      '--out',
      brand.out,
    ]);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    try {
      await until(() => output.includes('watching'));
      const file = join(brand.dir, 'semantic.tokens.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('"Page background."', '"Page background, edited."'));
      await until(() => readFileSync(join(brand.out, 'tokens.json'), 'utf8').includes('Page background, edited.'));
      // dist/ is swapped into place before the line is printed.
      await until(() => (output.match(/built \d+ tokens/g) ?? []).length >= 2);
    } finally {
      child.kill();
    }
  });
});

describe('livery resolve', () => {
  it('prints one permutation as a table or JSON', () => {
    const table = livery(['resolve', '--theme', 'dark', '--brand', 'campaign']);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^# theme=dark brand=campaign/);
    expect(table.stdout).toMatch(/color\.text\.primary\s+oklch\(/);
    const json = JSON.parse(livery(['resolve', '--theme', 'high-contrast', '--format', 'json']).stdout);
    expect(json.selection).toEqual({ theme: 'high-contrast', brand: 'default' });
    const text = json.tokens.find((t: { name: string }) => t.name === 'color.text.primary');
    expect(text.cssVariable).toBe('--lv-color-text-primary');
    expect(text.value.colorSpace).toBe('oklch');
  });

  it('rejects an unknown context with the valid ones (exit 2)', () => {
    const result = livery(['resolve', '--theme', 'sepia']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/"sepia" is not a context of theme; use one of light, dark, high-contrast/);
  });
});

describe('dist/tokens.json older than tokens/ (brand repo) or from before a failed build', () => {
  /** A brand repo laid out like this one: tokens/ (with its resolver) beside dist/. */
  function brandRepo(): { root: string; tokens: string; catalogue: string } {
    const root = join(brandWith().dir, 'repo');
    mkdirSync(root);
    cpSync(MINI, join(root, 'tokens'), { recursive: true });
    const built = livery(['build', '--resolver', 'tokens/livery.resolver.json', '--out', 'dist'], root);
    expect(built.status, built.stderr).toBe(0);
    return { root, tokens: join(root, 'tokens'), catalogue: join(root, 'dist', 'tokens.json') };
  }
  const STALE = 'liverykit: dist/tokens.json is older than tokens/semantic.tokens.json: run `npx liverykit build`\n';

  it('a fresh catalogue is silent; after an edit resolve, check, lint and the docs say so in one line, and what to run', async () => {
    const repo = brandRepo();
    const catalogue = ['--catalogue', 'dist/tokens.json'];
    expect(livery(['resolve', ...catalogue], repo.root).stderr).toBe('');
    // Touched but not changed (a checkout): the hash says it is the same file.
    const semantic = join(repo.tokens, 'semantic.tokens.json');
    utimesSync(semantic, new Date(), new Date(Date.now() + 5000));
    expect(livery(['resolve', ...catalogue], repo.root).stderr).toBe('');

    writeFileSync(semantic, readFileSync(semantic, 'utf8').replace('"Page background."', '"Page background, edited."'));
    const resolved = livery(['resolve', ...catalogue], repo.root);
    expect(resolved.status).toBe(0);
    expect(resolved.stderr).toBe(STALE);
    const checked = livery(['check', ...catalogue], repo.root);
    expect(checked.stderr).toBe(STALE);
    writeFileSync(join(repo.root, 'page.css'), '.a { color: var(--lv-color-text); }\n');
    const linted = livery(['lint', 'page.css', ...catalogue, '--threads', '1'], repo.root);
    expect(linted.stderr).toBe(STALE);
    expect(readCatalogue(repo.catalogue, { warn: false }).staleness).toMatch(
      /dist\/tokens\.json is older than .*tokens\/semantic\.tokens\.json: run `npx liverykit build`$/,
    );
    writeFileSync(join(repo.root, 'package.json'), JSON.stringify({ name: 'brand', version: '1.0.0' }));
    const docs = await generateDocs({ root: repo.root, out: join(repo.root, 'docs-out') });
    expect(docs.notices.filter((n) => n.includes('is older than'))).toHaveLength(1);

    // A new token file is a change too (and one the next build will refuse until it is listed).
    writeFileSync(semantic, readFileSync(semantic, 'utf8').replace('"Page background, edited."', '"Page background."'));
    expect(livery(['resolve', ...catalogue], repo.root).stderr).toBe('');
    writeFileSync(join(repo.tokens, 'themes', 'sepia.tokens.json'), '{}');
    expect(livery(['resolve', ...catalogue], repo.root).stderr).toBe(
      'liverykit: dist/tokens.json is older than tokens/themes/sepia.tokens.json: run `npx liverykit build`\n',
    );
  });

  it('after a failed build: "the last build failed" with its first error; a good build clears it', () => {
    const repo = brandRepo();
    const semantic = join(repo.tokens, 'semantic.tokens.json');
    const good = readFileSync(semantic, 'utf8');
    writeFileSync(semantic, good.replace('"{palette.ink}"', '"{palette.inkk}"'));
    const failed = livery(['build', '--resolver', 'tokens/livery.resolver.json', '--out', 'dist'], repo.root);
    expect(failed.status).toBe(1);
    expect(existsSync(join(repo.root, '.livery-cache', 'last-build-failed.json'))).toBe(true);
    const resolved = livery(['resolve', '--catalogue', 'dist/tokens.json'], repo.root);
    expect(resolved.status).toBe(0);
    expect(resolved.stderr).toBe(
      'liverykit: the last build failed: tokens/semantic.tokens.json:5 › color.text: ' +
        '"{palette.inkk}" refers to a token that does not exist (in theme=light,brand=default); ' +
        'dist/tokens.json is from the build before it: fix the error and run `npx liverykit ' +
        'build`\n',
    );
    // Edited again after the failure: plainly stale, not "failed" (that build was of other files).
    writeFileSync(semantic, good.replace('"{palette.ink}"', '"{palette.sky}"'));
    expect(livery(['resolve', '--catalogue', 'dist/tokens.json'], repo.root).stderr).toBe(STALE);
    writeFileSync(semantic, good);
    expect(livery(['build', '--resolver', 'tokens/livery.resolver.json', '--out', 'dist'], repo.root).status).toBe(0);
    expect(existsSync(join(repo.root, '.livery-cache', 'last-build-failed.json'))).toBe(false);
    expect(livery(['resolve', '--catalogue', 'dist/tokens.json'], repo.root).stderr).toBe('');
  });

  it('a consumer repo (the catalogue inside node_modules) stays silent, whatever its token files say', () => {
    const repo = brandRepo();
    const app = join(repo.root, '..', 'app');
    const installed = join(app, 'node_modules', 'liverykit');
    mkdirSync(installed, { recursive: true });
    cpSync(join(repo.root, 'tokens'), join(installed, 'tokens'), { recursive: true });
    cpSync(join(repo.root, 'dist'), join(installed, 'dist'), { recursive: true });
    writeFileSync(join(installed, 'tokens', 'semantic.tokens.json'), '{}');
    const resolved = livery(['resolve', '--catalogue', join(installed, 'dist', 'tokens.json')], app);
    expect(resolved.status).toBe(0);
    expect(resolved.stderr).toBe('');
  });
});

async function until(condition: () => boolean, timeout = 15_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeout) {
    try {
      if (condition()) return;
    } catch {
      // file not there yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out');
}
