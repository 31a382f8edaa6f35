import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../diagnostics.ts';
import { PACKAGE_NAME } from '../package-identity.ts';
import { tokenFilesIn } from '../resolver/unlisted-files.ts';
import type { ResolverModel } from '../resolver/resolver-model.ts';
import type { CatalogueSources } from './catalogue-schema.ts';

/**
 * What a build records so that every command reading dist/tokens.json can tell, cheaply, whether
 * it still describes tokens/: a hash of each source file in the catalogue (`sources`), and a marker
 * beside dist/ when a build fails (a failed build writes nothing into dist/). One owner for both,
 * read by read-catalogue.ts.
 */
export const REBUILD = `npx ${PACKAGE_NAME} build`;

const hash = (file: string) => `sha256-${createHash('sha256').update(readFileSync(file)).digest('base64')}`;
const posix = (path: string) => path.split(sep).join('/');

/** The failure marker of a build into `outDir`: outside it, in the .livery-cache folder beside it. */
export function failureMarkerPath(outDir: string): string {
  return join(dirname(resolve(outDir)), '.livery-cache', 'last-build-failed.json');
}

/** The resolver and every token file it lists, hashed, with paths relative to the catalogue's folder. */
export function sourceRecord(resolver: ResolverModel, outDir: string): CatalogueSources {
  const resolverFile = resolve(resolver.file);
  const root = dirname(resolverFile);
  const files = new Set([resolverFile]);
  for (const step of resolver.order) {
    for (const source of step.kind === 'set' ? step.sources : [...step.contexts.values()].flat())
      files.add(resolve(source.file));
  }
  return {
    root: posix(relative(resolve(outDir), root)) || '.',
    resolver: posix(relative(root, resolverFile)),
    builtAt: Date.now(),
    files: Object.fromEntries([...files].map((file) => [posix(relative(root, file)), hash(file)])),
  };
}

interface FailureMarker {
  failedAt: number;
  errors: number;
  first: string;
  files: Record<string, string>;
}

/** Records a failed build (its first error, and the sources it failed on); `dist/` is not touched. */
export function recordFailure(outDir: string, resolverFile: string, diagnostics: Diagnostic[]): void {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const root = dirname(resolve(resolverFile));
  const files: Record<string, string> = {};
  try {
    for (const file of [resolve(resolverFile), ...tokenFilesIn(root).map((f) => join(root, f))])
      files[posix(relative(root, file))] = hash(file);
  } catch {
    // a file that cannot be read is among the errors already
  }
  const first = errors[0]
    ? formatDiagnostic(errors[0])
        .split('\n')[0]!
        .replace(/^error \[[^\]]+\] /, '')
    : 'see the build output';
  const marker: FailureMarker = { failedAt: Date.now(), errors: errors.length, first, files };
  try {
    mkdirSync(dirname(failureMarkerPath(outDir)), { recursive: true });
    writeFileSync(failureMarkerPath(outDir), `${JSON.stringify(marker, null, 2)}\n`);
  } catch {
    // a read-only checkout: the marker is a convenience, the build's own output says it failed
  }
}

export function clearFailure(outDir: string): void {
  rmSync(failureMarkerPath(outDir), { force: true });
}

/**
 * One line saying why dist/tokens.json may not describe tokens/, or undefined when it does, when
 * the catalogue is an installed package's (inside node_modules), or when tokens/ is not beside
 * it. Cheap on the fresh path: one stat per source file, one listing of the token folder; a file
 * is hashed only when it was modified after the build.
 */
export function staleness(
  catalogueFile: string,
  sources: CatalogueSources | undefined,
  cwd = process.cwd(),
): string | undefined {
  if (!sources || catalogueFile.split(sep).includes('node_modules')) return undefined;
  const root = resolve(dirname(catalogueFile), sources.root);
  const shown = (file: string) => posix(relative(cwd, join(root, file))) || file;
  const catalogue = posix(relative(cwd, catalogueFile)) || catalogueFile;
  try {
    statSync(join(root, sources.resolver));
  } catch {
    return undefined; // a consumer's copy: the brand's sources are not here
  }
  const current = (file: string): string | undefined => {
    try {
      const stat = statSync(join(root, file));
      return stat.mtimeMs <= sources.builtAt && sources.files[file] ? sources.files[file] : hash(join(root, file));
    } catch {
      return undefined;
    }
  };
  const listed = Object.keys(sources.files);
  const onDisk = [sources.resolver, ...tokenFilesIn(root)];
  const changed =
    listed.find((file) => current(file) !== sources.files[file]) ?? onDisk.find((file) => !(file in sources.files));

  const marker = readMarker(join(dirname(catalogueFile), '..', '.livery-cache', 'last-build-failed.json'));
  if (marker && marker.failedAt > sources.builtAt && changed) {
    const same = Object.entries(marker.files).every(([file, digest]) => current(file) === digest);
    if (same)
      return (
        `the last build failed: ${marker.first}${marker.errors > 1 ? ` (and ${marker.errors - 1} more error${marker.errors > 2 ? 's' : ''})` : ''}` +
        `; ${catalogue} is from the build before it: fix the error and run \`${REBUILD}\``
      );
  }
  if (!changed) return undefined;
  const gone = !onDisk.includes(changed) && current(changed) === undefined;
  return gone
    ? `${catalogue} is older than tokens/: ${shown(changed)} was removed since it was built: run \`${REBUILD}\``
    : `${catalogue} is older than ${shown(changed)}: run \`${REBUILD}\``;
}

function readMarker(file: string): FailureMarker | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as FailureMarker;
  } catch {
    return undefined;
  }
}
