import { readdirSync, type Dirent } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { Diagnostics } from '../diagnostics.ts';
import type { ResolverModel } from './resolver-model.ts';

/** Token files by the DTCG recommended extensions. */
const TOKEN_FILE = /\.tokens(\.json)?$/;

/**
 * Every token file under a folder (relative paths, sorted), outside node_modules and dot-folders.
 * A plain directory walk: every command's start-up pays for it (read-catalogue.ts), and fs.globSync
 * took 20 ms for the 14 files of this brand where the walk takes well under one.
 */
export function tokenFilesIn(dir: string, prefix = ''): string[] {
  const found: string[] = [];
  let entries: Dirent[];
  try {
    entries = readdirSync(join(dir, prefix), { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = prefix ? join(prefix, entry.name) : entry.name;
    if (entry.isDirectory()) found.push(...tokenFilesIn(dir, path));
    else if (TOKEN_FILE.test(entry.name)) found.push(path);
  }
  return prefix ? found : found.sort();
}

/**
 * The resolver is the one description of the brand: a token file beside it that no set or context
 * lists is an error, never read and never ignored in silence (a theme file dropped in without
 * its resolver line once overrode the default theme). The fix says where the line goes and what
 * it is, guessed from the files already listed in the same folder.
 */
export function checkUnlistedFiles(model: ResolverModel, diagnostics: Diagnostics): void {
  const dir = dirname(model.file);
  const listed = new Map<string, string>(); // file → pointer of the source that lists it
  for (const step of model.order) {
    const sources = step.kind === 'set' ? step.sources : [...step.contexts.values()].flat();
    for (const source of sources) if (!listed.has(source.file)) listed.set(source.file, source.from);
  }
  for (const file of tokenFilesIn(dir)) {
    const path = join(dir, file);
    if (listed.has(path)) continue;
    const ref = file.split(sep).join('/');
    diagnostics.error({
      group: 'resolver',
      file: path,
      message: `is not listed in ${model.file}, so no set or context reads it: the resolver is the one description of the brand`,
      fix: placement(model, ref, listed),
    });
  }
}

/** Where the missing line goes: beside the files listed from the same folder, else in the last set. */
function placement(model: ResolverModel, ref: string, listed: Map<string, string>): string {
  const dir = dirname(model.file);
  const folder = dirname(ref);
  const sibling = [...listed].find(
    ([file, from]) => from.startsWith('#/') && dirname(relative(dir, file).split(sep).join('/')) === folder,
  );
  const line = (pointer: string) => {
    const n = model.lineOf?.(pointer);
    return n ? `, line ${n}` : '';
  };
  const entry = `{ "$ref": "${ref}" }`;
  const context = /^(#\/(?:modifiers\/([^/]+)|resolutionOrder\/\d+)\/contexts)\/[^/]+\/\d+$/.exec(sibling?.[1] ?? '');
  if (context) {
    const name = basename(ref).replace(/\.tokens(\.json)?$/, '');
    const modifier = context[2] ? `of the modifier "${context[2]}" ` : '';
    return (
      `add "${name}": [${entry}] to "contexts" ${modifier}in ${model.file} ` +
      `(${context[1]}${line(context[1]!)}), where the other files of ` +
      `${folder === '.' ? 'its folder' : `${folder}/`} are listed; if it is not a context of its ` +
      `own, add ${entry} to the context or set it belongs to`
    );
  }
  const set =
    /^(#\/(?:sets\/([^/]+)|resolutionOrder\/\d+)\/sources)\/\d+$/.exec(sibling?.[1] ?? '') ?? lastSetSources(model);
  if (set)
    return (
      `add ${entry} to "sources" ${set[2] ? `of the set "${set[2]}" ` : ''}in ${model.file} ` +
      `(${set[1]}${line(set[1]!)})${sibling ? `, where the other files of ${folder === '.' ? 'its folder' : `${folder}/`} are listed` : ''}` +
      `; or to the context it belongs to`
    );
  return `add ${entry} to a set's "sources" or to a modifier's context in ${model.file}`;
}

function lastSetSources(model: ResolverModel): RegExpExecArray | null {
  const set = [...model.order].reverse().find((s) => s.kind === 'set');
  const from = set?.kind === 'set' ? (set.sources[0]?.from ?? '') : '';
  return /^(#\/(?:sets\/([^/]+)|resolutionOrder\/\d+)\/sources)\/\d+$/.exec(from);
}
