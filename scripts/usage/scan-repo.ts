import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Catalogue } from '../catalogue/catalogue.ts';
import type { CatalogueToken } from '../catalogue/catalogue-schema.ts';
import { ConfigError } from '../config/config-error.ts';
import { readConfig } from '../config/read-config.ts';
import { discover } from '../lint/discover.ts';
import { languageOf } from '../lint/extract/index.ts';
import { lineStarts, locate } from '../lint/lint-file.ts';
import { readSource } from '../lint/read-source.ts';
import { buildTokenIndex, type TokenIndex } from '../lint/token-index.ts';
import { PACKAGE_NAME } from '../package-identity.ts';
import { tokenGroup } from '../catalogue/category.ts';
import { emptyCounts, type Category } from './categories.ts';
import { rawValueSettings, styleUsage } from './style-values.ts';

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
  raw: {
    total: number;
    byCategory: Record<Category, number>;
    samples: (Location & { property: string; value: string; category: Category })[];
  };
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

const SAMPLES = 20;
const IMPORT_FROM_PACKAGE = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*['"]${PACKAGE_NAME}(?:/tokens)?['"]`, 'g');
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

/** The livery version range a package.json declares, if any. */
function declaredLivery(packageJson: string): { name: string; version: string } | undefined {
  try {
    const data = JSON.parse(readFileSync(packageJson, 'utf8')) as Record<string, unknown>;
    for (const field of DEPENDENCY_FIELDS) {
      const deps = data[field] as Record<string, string> | undefined;
      if (deps && typeof deps[PACKAGE_NAME] === 'string')
        return { name: typeof data.name === 'string' ? data.name : '', version: deps[PACKAGE_NAME] };
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
export function scanRepo(
  repo: string,
  catalogue: Catalogue,
  index: TokenIndex = buildTokenIndex(catalogue),
): RepoUsage {
  const root = repo;
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new RepoError(`${repo} is not a folder`);
  let config;
  try {
    config = readConfig(root).lint;
  } catch (error) {
    if (error instanceof ConfigError) throw new RepoError(`${repo}: ${error.message}`);
    throw error;
  }
  // the files lint would lint, with its .gitignore handling and the repo's include/exclude
  const discovery = discover({
    cwd: root,
    paths: [],
    include: config.include,
    exclude: config.exclude,
    alsoNamed: ['package.json'],
  });
  const files = discovery.files.filter((f) => languageOf(f));
  const manifests = discovery.files
    .filter((f) => !languageOf(f))
    .sort((a, b) => a.split('/').length - b.split('/').length);
  const livery = manifests.map((m) => declaredLivery(join(root, m))).find(Boolean);
  if (!livery) {
    const why = existsSync(join(root, 'package.json'))
      ? `no "${PACKAGE_NAME}" in the dependencies of its package.json (or of any workspace package)`
      : 'it has no package.json';
    throw new RepoError(
      `${repo} does not use the ${PACKAGE_NAME} package: ${why}; install it with \`npm i ${PACKAGE_NAME}\` or leave the repo out of the report`,
    );
  }
  const settings = rawValueSettings(index, config);

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
    declarations: Object.fromEntries(
      Object.keys(emptyCounts()).map((c) => [c, { tokens: 0, raw: 0 }]),
    ) as RepoUsage['declarations'],
    tokenShare: null,
  };
  const unknown = new Map<string, { count: number; first: Location }>();
  const deprecated = new Map<string, RepoUsage['deprecated'][number]>();

  const reference = (token: CatalogueToken, at: Location) => {
    usage.references.total++;
    usage.references.byCategory[tokenGroup(token)]++;
    usage.references.byToken[token.name] = (usage.references.byToken[token.name] ?? 0) + 1;
    if (token.deprecated) {
      const entry = deprecated.get(token.name) ?? {
        token: token.name,
        replacement: token.deprecated.replacement,
        message: token.deprecated.message,
        count: 0,
        locations: [],
      };
      entry.count++;
      if (entry.locations.length < SAMPLES) entry.locations.push(at);
      deprecated.set(token.name, entry);
    }
  };

  for (const relativePath of files) {
    const source = readSource(join(root, relativePath));
    if (!('text' in source)) continue;
    const { text } = source;
    const file = relativePath.split('/').join(sep);
    const language = languageOf(relativePath)!;
    const starts = lineStarts(text);
    const lineOf = (offset: number) => locate(starts, offset).line;

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
    if (language === 'js' || language === 'vue' || language === 'svelte') {
      for (const m of text.matchAll(IMPORT_FROM_PACKAGE)) {
        for (const specifier of m[1]!.split(',')) {
          const imported = specifier
            .trim()
            .split(/\s+as\s+/)[0]!
            .trim();
          const token = jsNames.get(imported);
          if (token) reference(token, { file, line: lineOf(m.index!) });
        }
      }
    }
    if (language !== 'css' && language !== 'scss' && language !== 'sass' && language !== 'less') {
      for (const m of text.matchAll(/<(lv-[a-z][a-z0-9-]*)[\s/>]|createElement\(\s*['"](lv-[a-z][a-z0-9-]*)['"]/g)) {
        const tag = (m[1] ?? m[2])!;
        usage.components[tag] = (usage.components[tag] ?? 0) + 1;
      }
    }
    const styles = styleUsage(relativePath, text, language, settings);
    for (const d of styles.declarations) usage.declarations[d.category][d.kind]++;
    for (const value of styles.raw) {
      usage.raw.total++;
      usage.raw.byCategory[value.category]++;
      if (usage.raw.samples.length < SAMPLES) usage.raw.samples.push({ file, ...value });
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
