import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PACKAGE_NAME } from '../package-identity.ts';
import type { Catalogue } from '../catalogue/catalogue.ts';
import type { CatalogueToken } from '../catalogue/catalogue-schema.ts';
import { emptyCounts, tokenCategory, type Category } from './categories.ts';
import { scanDeclarations, SCANNED_EXTENSIONS } from './scan-styles.ts';

export interface Location {
  file: string;
  line: number;
}

export interface RepoUsage {
  /** The path as given on the command line. */
  repo: string;
  name: string;
  /** The version range of livery the repo declares. */
  liveryVersion: string;
  files: number;
  references: { total: number; byCategory: Record<Category, number>; byToken: Record<string, number> };
  /** `--lv-*` names the catalogue does not know (typos, removed tokens, component knobs). */
  unknown: { name: string; count: number; first: Location }[];
  /** Custom properties of Livery the repo sets itself (`--lv-color-text: …`). */
  overrides: number;
  components: Record<string, number>;
  raw: { total: number; byCategory: Record<Category, number>; samples: (Location & { property: string; value: string; category: Category })[] };
  deprecated: { token: string; replacement: string | null; message: string; count: number; locations: Location[] }[];
  /** Counted declarations per category: through tokens vs with raw values. */
  declarations: Record<Category, { tokens: number; raw: number }>;
  /** Declarations through tokens / all counted declarations; null when none were counted. */
  tokenShare: number | null;
}

/** A repo the report cannot cover, and why. */
export class RepoError extends Error {
  override name = 'RepoError';
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'coverage', 'out', '.next', '.nuxt', '.svelte-kit', 'storybook-static', '.turbo', '.cache', 'vendor']);
const MAX_FILE_BYTES = 1024 * 1024;
const SAMPLES = 20;
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

/** The files worth scanning: sources, not dependencies, build output, minified or generated files. */
function* sourceFiles(root: string, ignored: Set<string>, dir = root): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (SKIP_DIRS.has(entry.name) || ignored.has(entry.name) || ignored.has(relative(root, path))) continue;
      yield* sourceFiles(root, ignored, path);
    } else if (entry.isFile() && SCANNED_EXTENSIONS.test(entry.name) && !/\.(min\.|d\.ts$)/.test(entry.name) && !ignored.has(entry.name)) {
      yield path;
    }
  }
}

/** Plain names and folders from the root .gitignore (globs are left to the fixed skip list). */
function gitignored(root: string): Set<string> {
  const file = join(root, '.gitignore');
  if (!existsSync(file)) return new Set();
  return new Set(readFileSync(file, 'utf8').split('\n').map((l) => l.trim().replace(/^\//, '').replace(/\/$/, '')).filter((l) => l && !l.startsWith('#') && !l.startsWith('!') && !/[*?[\]]/.test(l)));
}

/** The livery version range a package.json declares, if any. */
function declaredLivery(packageJson: string): { name: string; version: string } | undefined {
  try {
    const data = JSON.parse(readFileSync(packageJson, 'utf8')) as Record<string, unknown>;
    for (const field of DEPENDENCY_FIELDS) {
      const deps = data[field] as Record<string, string> | undefined;
      if (deps && typeof deps[PACKAGE_NAME] === 'string') return { name: typeof data.name === 'string' ? data.name : '', version: deps[PACKAGE_NAME] };
    }
  } catch {
    // an unreadable package.json is reported by the caller as "does not declare livery"
  }
  return undefined;
}

/**
 * Scans one consuming repository. Throws RepoError when the path is not a folder or the repo does
 * not depend on livery (at its root or in any workspace package.json).
 */
export function scanRepo(repo: string, catalogue: Catalogue): RepoUsage {
  const root = repo;
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new RepoError(`${repo} is not a folder`);
  const ignored = gitignored(root);
  const files = [...sourceFiles(root, ignored)];
  const manifests = [join(root, 'package.json'), ...findManifests(root, ignored)];
  const livery = manifests.map((m) => (existsSync(m) ? declaredLivery(m) : undefined)).find(Boolean);
  if (!livery) {
    const why = existsSync(join(root, 'package.json')) ? `no "${PACKAGE_NAME}" in the dependencies of its package.json (or of any workspace package)` : 'it has no package.json';
    throw new RepoError(`${repo} does not use the ${PACKAGE_NAME} package: ${why}; install it with \`npm i ${PACKAGE_NAME}\` or leave the repo out of the report`);
  }

  const jsNames = new Map<string, CatalogueToken>();
  for (const token of catalogue.tokens.values()) jsNames.set(token.jsName, token);
  const usage: RepoUsage = {
    repo,
    name: livery.name || repo,
    liveryVersion: livery.version,
    files: files.length,
    references: { total: 0, byCategory: emptyCounts(), byToken: {} },
    unknown: [],
    overrides: 0,
    components: {},
    raw: { total: 0, byCategory: emptyCounts(), samples: [] },
    deprecated: [],
    declarations: Object.fromEntries(Object.keys(emptyCounts()).map((c) => [c, { tokens: 0, raw: 0 }])) as RepoUsage['declarations'],
    tokenShare: null,
  };
  const unknown = new Map<string, { count: number; first: Location }>();
  const deprecated = new Map<string, RepoUsage['deprecated'][number]>();

  const reference = (token: CatalogueToken, at: Location) => {
    usage.references.total++;
    usage.references.byCategory[tokenCategory(token.path, token.type)]++;
    usage.references.byToken[token.name] = (usage.references.byToken[token.name] ?? 0) + 1;
    if (token.deprecated) {
      const entry = deprecated.get(token.name) ?? { token: token.name, replacement: token.deprecated.replacement, message: token.deprecated.message, count: 0, locations: [] };
      entry.count++;
      if (entry.locations.length < SAMPLES) entry.locations.push(at);
      deprecated.set(token.name, entry);
    }
  };

  for (const path of files) {
    if (statSync(path).size > MAX_FILE_BYTES) continue;
    const text = readFileSync(path, 'utf8');
    const file = relative(root, path);
    const lineOf = lineIndex(text);

    for (const m of text.matchAll(/(--lv-[a-z0-9-]+|\$lv-[a-z0-9-]+)(\s*['"]?\s*:(?!:))?/gi)) {
      const cssName = m[1]!.startsWith('$') ? `--${m[1]!.slice(1)}` : m[1]!;
      if (m[2] && !m[1]!.startsWith('$')) {
        usage.overrides++;
        continue;
      }
      if (m[2]) continue; // `$lv-x: …` declares a Sass variable of the repo's own
      const at = { file, line: lineOf(m.index!) };
      const token = catalogue.byCssVariable(cssName.toLowerCase());
      if (token) reference(token, at);
      else {
        const entry = unknown.get(cssName) ?? { count: 0, first: at };
        entry.count++;
        unknown.set(cssName, entry);
      }
    }
    if (/\.(m?[jt]sx?|cjs|cts|vue|svelte|astro)$/i.test(file)) {
      for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]liverykit(?:\/tokens)?['"]/g)) {
        for (const specifier of m[1]!.split(',')) {
          const imported = specifier.trim().split(/\s+as\s+/)[0]!.trim();
          const token = jsNames.get(imported);
          if (token) reference(token, { file, line: lineOf(m.index!) });
        }
      }
    }
    if (!/\.(css|scss|sass|less|pcss|postcss)$/i.test(file)) {
      for (const m of text.matchAll(/<(lv-[a-z][a-z0-9-]*)[\s/>]|createElement\(\s*['"](lv-[a-z][a-z0-9-]*)['"]/g)) {
        const tag = (m[1] ?? m[2])!;
        usage.components[tag] = (usage.components[tag] ?? 0) + 1;
      }
    }
    for (const d of scanDeclarations(file, text)) {
      usage.declarations[d.category][d.kind]++;
      if (d.kind === 'raw') {
        usage.raw.total++;
        usage.raw.byCategory[d.category]++;
        if (usage.raw.samples.length < SAMPLES) usage.raw.samples.push({ file, line: d.line, property: d.property, value: d.value, category: d.category });
      }
    }
  }
  usage.unknown = [...unknown].map(([name, e]) => ({ name, ...e })).sort((a, b) => b.count - a.count);
  usage.deprecated = [...deprecated.values()].sort((a, b) => b.count - a.count);
  usage.tokenShare = shareOf(Object.values(usage.declarations));
  return usage;
}

export function shareOf(counts: { tokens: number; raw: number }[]): number | null {
  const tokens = counts.reduce((n, c) => n + c.tokens, 0);
  const all = counts.reduce((n, c) => n + c.tokens + c.raw, 0);
  return all ? tokens / all : null;
}

function findManifests(root: string, ignored: Set<string>, dir = root, depth = 0): string[] {
  if (depth > 3) return [];
  const found: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    if (!entry.isDirectory() || SKIP_DIRS.has(entry.name) || ignored.has(entry.name) || entry.name.startsWith('.')) continue;
    const manifest = join(dir, entry.name, 'package.json');
    if (existsSync(manifest)) found.push(manifest);
    found.push(...findManifests(root, ignored, join(dir, entry.name), depth + 1));
  }
  return found;
}

function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
