/**
 * The files `livery lint` scans: walks the given paths (default: the working directory),
 * honours every .gitignore on the way (the `ignore` package), the config's include/exclude globs
 * (`picomatch`), never enters node_modules or .git, follows symlinks once (a loop is a skipped
 * entry with its reason), and skips test snapshots and token-definition files.
 */
import { existsSync, readFileSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { languageOf } from './extract/index.ts';
import type { SkippedFile } from './types.ts';

export interface Discovery {
  /** Paths relative to cwd, POSIX separators. */
  files: string[];
  skipped: SkippedFile[];
}

export interface DiscoverOptions {
  cwd: string;
  paths: string[];
  include: string[];
  exclude: string[];
  /** File names listed too though lint has no extractor for them (`livery usage` finds package.json files). */
  alsoNamed?: string[];
  /**
   * Only these files (relative to cwd) can be listed, e.g. those git says changed: folders that hold
   * none of them are not entered, so a 10-file change in a 20,000-file repo walks ten paths.
   */
  only?: Set<string>;
}

const ALWAYS_SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);
/** Snapshots, token definitions and Livery's own generated CSS are never findings. */
const DEFAULT_EXCLUDE = ['**/__snapshots__/**', '**/*.snap', '**/*.tokens.json', '**/*.min.map'];

type Ignores = { base: string; ig: Ignore }[];

const posix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

export function discover(options: DiscoverOptions): Discovery {
  const { cwd } = options;
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  const include = options.include.length ? picomatch(options.include, { dot: true }) : undefined;
  const exclude = picomatch([...DEFAULT_EXCLUDE, ...options.exclude], { dot: true });
  const roots = options.paths.length ? options.paths : ['.'];
  const seenFiles = new Set<string>();
  const alsoNamed = new Set(options.alsoNamed);
  const { only } = options;
  // every folder above a file of `only`: the walk enters these and no others
  let onlyDirs: Set<string> | undefined;
  if (only) {
    onlyDirs = new Set();
    for (const file of only)
      for (let slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1))
        onlyDirs.add(file.slice(0, slash));
  }
  const listed = (name: string) =>
    languageOf(name) !== undefined || (alsoNamed.size > 0 && alsoNamed.has(name.slice(name.lastIndexOf('/') + 1)));

  const accept = (rel: string, explicit: boolean) => {
    if (seenFiles.has(rel)) return;
    if (!listed(rel)) return;
    if (exclude(rel) || (!explicit && include && !include(rel))) return;
    seenFiles.add(rel);
    files.push(rel);
  };

  for (const root of roots) {
    // (resolved, not joined: an absolute root stays itself)
    const abs = resolve(cwd, root);
    let stat;
    try {
      stat = statSync(abs);
    } catch (error) {
      skipped.push({ file: posix(relative(cwd, abs)) || root, reason: reasonOf(error) });
      continue;
    }
    if (stat.isFile()) {
      accept(posix(relative(cwd, abs)), true);
      continue;
    }
    // .gitignore files from cwd down to the root being scanned; bases are paths relative to cwd
    const rootRel = posix(relative(cwd, abs));
    const ignores: Ignores = [];
    const pushIgnore = (base: string) => {
      const gi = join(cwd, base, '.gitignore');
      if (!existsSync(gi)) return;
      try {
        ignores.push({ base, ig: ignore().add(readFileSync(gi, 'utf8')) });
      } catch {
        // an unreadable .gitignore ignores nothing
      }
    };
    pushIgnore('');
    let base = '';
    for (const part of rootRel.split('/').filter((p) => p && p !== '.')) {
      if (part === '..') break;
      base = base ? `${base}/${part}` : part;
      pushIgnore(base);
    }
    walk(abs, rootRel, ignores, [realpath(abs)]);
  }

  /** Paths are relative to cwd with POSIX separators: built by concatenation on the way down (path.relative per entry costs more than the walk). */
  function ignored(rel: string, isDir: boolean, ignores: Ignores): boolean {
    for (const { base, ig } of ignores) {
      let local: string;
      if (base === '') local = rel;
      else if (rel.startsWith(`${base}/`)) local = rel.slice(base.length + 1);
      else continue;
      if (local.startsWith('../') || local === '..') continue;
      if (ig.ignores(isDir ? `${local}/` : local)) return true;
    }
    return false;
  }

  function walk(dir: string, dirRel: string, inherited: Ignores, ancestors: string[]): void {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      skipped.push({ file: dirRel || '.', reason: reasonOf(error) });
      return;
    }
    let ignores = inherited;
    if (dirRel !== '' && entries.some((e) => e.name === '.gitignore') && !inherited.some((i) => i.base === dirRel)) {
      try {
        ignores = [...inherited, { base: dirRel, ig: ignore().add(readFileSync(join(dir, '.gitignore'), 'utf8')) }];
      } catch {
        // unreadable .gitignore: ignore nothing more
      }
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const abs = dir + sep + entry.name;
      const rel = dirRel ? `${dirRel}/${entry.name}` : entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(abs);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          if (languageOf(entry.name) || (error as NodeJS.ErrnoException).code === 'ELOOP')
            skipped.push({ file: rel, reason: reasonOf(error) });
          continue;
        }
      }
      if (isDir) {
        if (ALWAYS_SKIPPED_DIRS.has(entry.name) || (onlyDirs && !onlyDirs.has(rel))) continue;
        if (ignored(rel, true, ignores) || exclude(`${rel}/`) || exclude(rel)) continue;
        // only a symlink can lead somewhere else: a plain folder's real path is its parent's plus its name
        const real = entry.isSymbolicLink() ? realpath(abs) : ancestors[ancestors.length - 1]! + sep + entry.name;
        if (entry.isSymbolicLink() && !inside(real, ancestors[0]!)) {
          skipped.push({ file: rel, reason: 'symlink to a folder outside the folder being linted (not followed)' });
          continue;
        }
        if (ancestors.includes(real)) {
          skipped.push({ file: rel, reason: 'symlink loop (points back to a folder above it)' });
          continue;
        }
        walk(abs, rel, ignores, [...ancestors, real]);
      } else if (isFile) {
        // the config's globs before the .gitignore rules: they are cheaper, and rule most files out
        // when the config names a few kinds (a CSS-only run over a mixed repo)
        if ((only && !only.has(rel)) || !listed(entry.name) || (include && !include(rel))) continue;
        if (ignored(rel, false, ignores)) continue;
        accept(rel, false);
      }
    }
  }

  return { files, skipped };
}

function inside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

function realpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return 'symlink loop';
  if (code === 'EACCES' || code === 'EPERM') return 'unreadable (permission denied)';
  if (code === 'ENOENT') return 'does not exist';
  return `unreadable (${code ?? (error as Error).message})`;
}
