import { existsSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import type { CodeModel } from './code-model.ts';
import { META, type DriftEntry } from './drift.ts';
import {
  defaultCodeSyntax,
  defaultScopes,
  FIGMA_EXTENSION,
  figmaTypeOf,
  fromFigmaValue,
  inferType,
  sameJson,
  sameValue,
} from './figma-value.ts';
import type { SyncVariable } from './sync-model.ts';
import type { Rename } from './renames.ts';
import { TokenFiles } from './token-writer.ts';

export interface PullPlan {
  files: TokenFiles;
  applied: DriftEntry[];
  notes: string[];
  errors: string[];
  /** Collections new to code, written to new files and listed in the resolver's last set. */
  newFiles: string[];
}

export interface PullOptions {
  prune: boolean;
}

/**
 * Applies the Figma-side drift to the token files in memory: each collection is its file, the
 * default mode is the token's `$value`, other modes go to the mode modifier's context files, and
 * `a/b/c` names become nested groups. Only entries that changed in Figma are touched.
 */
export function planPull(
  code: CodeModel,
  entries: DriftEntry[],
  options: PullOptions,
  renames: Rename[] = [],
): PullPlan {
  const files = new TokenFiles();
  const applied: DriftEntry[] = [];
  const notes: string[] = [];
  const errors: string[] = [];
  const newFiles = new Set<string>();
  const show = (file: string) => relative(process.cwd(), file) || file;

  // Renamed in Figma: the token moves (in its collection's file and its modes' files) and every
  // reference to it follows, before any value of it is written.
  for (const rename of renames) {
    if (rename.side !== 'figma') continue;
    const from = rename.from.split('.');
    const to = rename.to.split('.');
    files.move(code.collectionFile(rename.collection), from, to);
    for (const mode of code.modeModifier?.contexts.keys() ?? []) {
      const file = mode === code.defaultMode ? undefined : code.modeFile(mode, rename.to);
      if (file) files.move(file, from, to);
    }
    for (const file of code.tokenFiles()) files.renameReferences(file, rename.from, rename.to);
    notes.push(
      `${rename.collection} › ${rename.from}: renamed in Figma to ${rename.to}; moved in code, with every reference to it`,
    );
  }

  for (const entry of entries) {
    const where = `${entry.collection} › ${entry.name}${entry.mode === META ? '' : ` [${entry.mode}]`}`;
    if (entry.status === 'code') {
      if (entry.mode !== META) notes.push(`${where}: changed in code; left as it is (run livery figma push)`);
      continue;
    }
    if (entry.status !== 'figma') continue;
    const figma = entry.figma;
    const collectionFile = code.collectionFile(entry.collection);
    const inside = relative(code.resolverDir, collectionFile);
    if (inside.startsWith('..') || isAbsolute(inside)) {
      if (entry.mode === META)
        errors.push(
          `${entry.collection}: the collection name points outside ${show(code.resolverDir)}; its variables are not pulled (rename the collection in Figma)`,
        );
      continue;
    }
    const isOverride = code.overrideCollections.has(entry.collection);
    const path = entry.name.split('.');

    if (!figma) {
      // Deleted in Figma since the last sync, unchanged in code.
      if (entry.mode !== META) continue;
      if (!options.prune) {
        notes.push(
          `${entry.collection} › ${entry.name}: deleted in Figma; kept in code (pass --prune to delete it there)`,
        );
        continue;
      }
      files.delete(collectionFile, path);
      for (const mode of code.modeModifier?.contexts.keys() ?? []) {
        const file = mode === code.defaultMode ? undefined : code.modeFile(mode, entry.name);
        if (file && files.has(file, path)) files.delete(file, path);
      }
      applied.push(
        ...entries.filter((e) => e.collection === entry.collection && e.name === entry.name && e.status === 'figma'),
      );
      continue;
    }

    const existing = code.definition(entry.collection, entry.name, entry.mode === META ? code.defaultMode : entry.mode);
    const type = existing?.type ?? inferType(figma.resolvedType, entry.name, figma.scopes);
    const codeType = existing ? figmaTypeOf(existing.type, existing.value) : figma.resolvedType;
    if (
      codeType !== figma.resolvedType &&
      !(existing && figma.resolvedType === 'STRING' && existing.type === 'fontWeight')
    ) {
      errors.push(
        `${where}: is a ${figma.resolvedType} variable in Figma but a ${existing?.type} token ` +
          `(${codeType}) in code; a type change is not pulled (change the token's $type in code, or ` +
          `re-create the variable in Figma)`,
      );
      continue;
    }
    if (!existsSync(collectionFile)) newFiles.add(collectionFile);

    const meta = {
      description: figma.description,
      extension: { namespace: FIGMA_EXTENSION, data: extensionData(figma, type) },
    };
    if (!existing && figma.values.get(code.defaultMode) === undefined) {
      // A new token whose default value could not be read (reported by the Figma model): nothing to write.
      continue;
    }
    if (entry.mode === META) {
      // A new token gets its metadata with its value, below.
      if (existing) files.set(collectionFile, path, { type, ...meta });
      applied.push(entry);
      continue;
    }
    const value = figma.values.get(entry.mode);
    if (value === undefined) continue;
    const dtcg = fromFigmaValue(type, value, existing?.value);
    let file: string | undefined;
    if (entry.mode === code.defaultMode) {
      file = collectionFile;
    } else if (isOverride) {
      const base = figma.values.get(code.defaultMode);
      errors.push(
        `${where}: ${entry.collection} holds the overrides of one context, which cannot vary by ` +
          `${code.modeModifier?.name ?? 'mode'}; its ${entry.mode} value ${JSON.stringify(value)} ` +
          `differs from ${JSON.stringify(base)} and is not pulled (make the modes equal in Figma)`,
      );
      continue;
    } else if (!code.modeModifier?.contexts.has(entry.mode)) {
      continue; // reported by the Figma model: the mode matches no context
    } else {
      file = code.modeFile(entry.mode, entry.name);
      if (!file) {
        errors.push(
          `${where}: the context "${entry.mode}" lists no token file to hold the value; add one to it in ${show(code.brand.resolver.file)}`,
        );
        continue;
      }
    }
    // A mode value equal to the default needs no override in the context's file.
    const sameAsDefault = entry.mode !== code.defaultMode && sameValue(value, figma.values.get(code.defaultMode));
    if (!existing && file === collectionFile) files.set(file, path, { value: dtcg, type, ...meta });
    else if (!(sameAsDefault && !files.has(file, path))) files.set(file, path, { value: dtcg, type });
    applied.push(entry);
  }
  for (const file of newFiles)
    notes.push(
      `${show(file)}: new collection in Figma, written to a new token file; listed in the last ` +
        `set of ${show(code.brand.resolver.file)} (move its line if it belongs elsewhere)`,
    );
  return { files, applied, notes, errors, newFiles: [...newFiles] };
}

/** `$extensions["com.figma"]`: only what differs from what push would send by default. */
function extensionData(variable: SyncVariable, type: string): Record<string, unknown> | null {
  const data: Record<string, unknown> = {};
  if (!sameJson([...variable.scopes].sort(), [...defaultScopes(type, variable.name, variable.resolvedType)].sort()))
    data.scopes = variable.scopes;
  if (!sameJson(variable.codeSyntax, defaultCodeSyntax(variable.name))) data.codeSyntax = variable.codeSyntax;
  if (variable.hiddenFromPublishing) data.hiddenFromPublishing = true;
  return Object.keys(data).length ? data : null;
}
