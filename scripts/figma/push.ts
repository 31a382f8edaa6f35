import type {
  PostVariablesRequestBody,
  VariableChange,
  VariableCollectionChange,
  VariableModeChange,
  VariableModeValue,
  VariableValue,
} from '@figma/rest-api-spec';
import { EXIT } from '../exit-codes.ts';
import { FigmaApiError, type FigmaClient } from './api.ts';
import type { CodeModel } from './code-model.ts';
import { META, type DriftEntry } from './drift.ts';
import type { FigmaModel } from './figma-model.ts';
import { scopeProblem, variableNameProblem } from './figma-rules.ts';
import type { Rename } from './renames.ts';
import { isAlias, toFigmaName, variableKey, type SyncVariable } from './sync-model.ts';

/** Figma's limit on a POST body; the push stays below it with room for real ids replacing temporary ones. */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/** One change in the logical request; `entry` names the drift entry it applies (`collection::name@mode`). */
export type Op = { entry?: string } & (
  | { kind: 'variableCollections'; change: VariableCollectionChange }
  | { kind: 'variableModes'; change: VariableModeChange }
  | { kind: 'variables'; change: VariableChange }
  | { kind: 'variableModeValues'; change: VariableModeValue }
);

export const entryId = (e: Pick<DriftEntry, 'collection' | 'name' | 'mode'>): string =>
  `${e.collection}::${e.name}@${e.mode}`;

export interface PushPlan {
  /** The one logical request (what `--dry-run` describes). */
  body: PostVariablesRequestBody;
  ops: Op[];
  /** Entries the push applies (their state becomes code's). */
  applied: DriftEntry[];
  /** Entries left alone, and why (Figma-side changes, deletions without --prune…). */
  notes: string[];
  errors: string[];
}

export interface PushOptions {
  prune: boolean;
  /** Tokens renamed in code since the last sync: sent as UPDATEs of the name, never delete + create. */
  renames?: Rename[];
  /** Modes a collection may have on the designer's plan (Figma refuses more). */
  maxModes?: number;
}

/**
 * Builds one POST /v1/files/:key/variables from the code-side drift: CREATE what Figma lacks (with
 * temporary ids that later entries refer to), UPDATE what changed, DELETE only with --prune, and
 * mode values ordered so that every alias target exists and has its value before the alias.
 */
export function planPush(code: CodeModel, figma: FigmaModel, entries: DriftEntry[], options: PushOptions): PushPlan {
  const collections: VariableCollectionChange[] = [];
  const modes: VariableModeChange[] = [];
  const variables: VariableChange[] = [];
  const variableEntries: (string | undefined)[] = [];
  const valueEntries: string[] = [];
  const addVariable = (change: VariableChange, entry?: string) => {
    variables.push(change);
    variableEntries.push(entry);
  };
  const values: VariableModeValue[] = [];
  const applied: DriftEntry[] = [];
  const notes: string[] = [];
  const errors: string[] = [];
  let next = 0;
  const temp = (kind: string) => `tmp_${kind}_${++next}`;

  const collectionIds = new Map(figma.collectionIds);
  const modeIds = new Map([...figma.modeIds].map(([c, m]) => [c, new Map(m)]));
  const variableIds = new Map(figma.variableIds);

  const collectionId = (name: string): string => {
    let id = collectionIds.get(name);
    if (id) return id;
    id = temp('collection');
    const initialModeId = temp('mode');
    collections.push({ action: 'CREATE', id, name, initialModeId, hiddenFromPublishing: false });
    modes.push({ action: 'UPDATE', id: initialModeId, name: code.defaultMode, variableCollectionId: id });
    collectionIds.set(name, id);
    modeIds.set(name, new Map([[code.defaultMode, initialModeId]]));
    return id;
  };
  const modeId = (collection: string, mode: string): string => {
    const collId = collectionId(collection);
    const known = modeIds.get(collection)!;
    let id = known.get(mode);
    if (!id) {
      id = temp('mode');
      modes.push({ action: 'CREATE', id, name: mode, variableCollectionId: collId });
      known.set(mode, id);
    }
    return id;
  };

  const byVariable = new Map<string, DriftEntry[]>();
  for (const entry of entries) {
    const key = variableKey(entry.collection, entry.name);
    byVariable.set(key, [...(byVariable.get(key) ?? []), entry]);
  }

  const pendingValues: { mode: string; variable: SyncVariable }[] = [];
  const deferred: (() => void)[] = [];
  const extensionValues: VariableModeValue[] = [];
  const metaOf = (collection: string, name: string) => entryId({ collection, name, mode: META });
  for (const rename of options.renames ?? []) {
    if (rename.side !== 'code') continue;
    const refused = variableNameProblem(toFigmaName(rename.to));
    if (refused)
      errors.push(
        `${rename.collection} › ${rename.to}: renamed from ${rename.from}, but Figma would refuse the name: ${refused}`,
      );
    else
      addVariable(
        { action: 'UPDATE', id: rename.id, name: toFigmaName(rename.to) },
        metaOf(rename.collection, rename.to),
      );
  }
  for (const [key, group] of byVariable) {
    const pushing = group.filter((e) => e.status === 'code');
    const pulling = group.filter((e) => e.status === 'figma');
    if (pulling.length)
      notes.push(
        `${key.replace('::', ' › ')}: changed in Figma (${pulling.map((e) => e.mode).join(', ')}); left as it is (run livery figma pull)`,
      );
    if (!pushing.length) continue;
    const [first] = pushing as [DriftEntry];
    const c = first.code;
    const f = first.figma;
    const id = variableIds.get(key);
    const extension = figma.extensions.get(first.collection);
    if (extension) {
      // An extended collection holds overrides of its parent's variables: values only, written
      // into every mode of the extension (code keeps one override per context), after the rest.
      deferred.push(() => {
        const home = code.homeCollection.get(first.name);
        const homeId = home ? variableIds.get(variableKey(home, first.name)) : undefined;
        if (!homeId) {
          errors.push(
            `${key.replace('::', ' › ')}: overrides ${first.name}, which the extended collection's parent does not have`,
          );
          return;
        }
        const value = c?.values.get(code.defaultMode);
        let figmaValue: VariableValue | null = null;
        if (c && value === undefined) return;
        if (value !== undefined && isAlias(value)) {
          const target = code.homeCollection.get(value.alias);
          const targetId = target ? variableIds.get(variableKey(target, value.alias)) : undefined;
          if (!targetId) {
            errors.push(`${key.replace('::', ' › ')}: refers to {${value.alias}}, which is not a Figma variable`);
            return;
          }
          figmaValue = { type: 'VARIABLE_ALIAS', id: targetId };
        } else if (value !== undefined) figmaValue = value;
        if (!c && !options.prune) {
          notes.push(
            `${key.replace('::', ' › ')}: override deleted in code; kept in Figma (pass --prune to remove it there)`,
          );
          return;
        }
        for (const modeId of extension.modeIds)
          extensionValues.push({ variableId: homeId, modeId, value: figmaValue as VariableValue });
        applied.push(...pushing);
      });
      continue;
    }
    if (!c) {
      // Deleted in code since the last sync, unchanged in Figma.
      if (!id) continue;
      if (options.prune) {
        addVariable({ action: 'DELETE', id }, metaOf(first.collection, first.name));
        applied.push(...pushing);
      } else {
        notes.push(`${key.replace('::', ' › ')}: deleted in code; kept in Figma (pass --prune to delete it there)`);
      }
      continue;
    }
    // What Figma would answer with a 400 for the whole request is reported here, per token, instead.
    const refused = scopeProblem(c.resolvedType, c.scopes) ?? variableNameProblem(toFigmaName(c.name));
    if (refused) {
      errors.push(
        `${key.replace('::', ' › ')}: Figma would refuse it: ${refused} (fix the token's name or its $extensions["com.figma"].scopes)`,
      );
      continue;
    }
    if (f && id && f.resolvedType !== c.resolvedType) {
      if (!options.prune) {
        errors.push(
          `${key.replace('::', ' › ')}: its Figma type is ${f.resolvedType} but code makes it ` +
            `${c.resolvedType}; Figma cannot change a variable's type (pass --prune to delete and ` +
            `re-create it, which unbinds it from layers)`,
        );
        continue;
      }
      addVariable({ action: 'DELETE', id });
      variableIds.delete(key);
    }
    let variableId = variableIds.get(key);
    if (!variableId) {
      variableId = temp('variable');
      addVariable(
        {
          action: 'CREATE',
          id: variableId,
          name: toFigmaName(c.name),
          variableCollectionId: collectionId(c.collection),
          resolvedType: c.resolvedType,
          description: c.description,
          hiddenFromPublishing: c.hiddenFromPublishing,
          scopes: c.scopes,
          codeSyntax: c.codeSyntax,
        },
        metaOf(c.collection, c.name),
      );
      variableIds.set(key, variableId);
      // A new variable gets every mode's value.
      for (const mode of code.sync.collections.get(c.collection)?.modes ?? []) {
        if (c.values.has(mode)) pendingValues.push({ mode, variable: c });
      }
      applied.push(...group.filter((e) => e.code && e.status !== 'same'));
      continue;
    }
    if (pushing.some((e) => e.mode === META)) {
      addVariable(
        {
          action: 'UPDATE',
          id: variableId,
          description: c.description,
          hiddenFromPublishing: c.hiddenFromPublishing,
          scopes: c.scopes,
          codeSyntax: c.codeSyntax,
        },
        metaOf(c.collection, c.name),
      );
    }
    for (const entry of pushing) {
      if (entry.mode !== META && c.values.has(entry.mode)) pendingValues.push({ mode: entry.mode, variable: c });
    }
    applied.push(...pushing);
  }

  // Mode values: literals first, then each alias after its target (depth-first over alias chains).
  const valueKey = (collection: string, name: string, mode: string) => `${collection}::${name}@${mode}`;
  const pendingByKey = new Map(pendingValues.map((p) => [valueKey(p.variable.collection, p.variable.name, p.mode), p]));
  const emitted = new Set<string>();
  const visiting = new Set<string>();
  const emit = (key: string, p: { mode: string; variable: SyncVariable }, mode: string): void => {
    if (emitted.has(key) || visiting.has(key)) return;
    visiting.add(key);
    const value = p.variable.values.get(mode);
    if (value === undefined) return;
    let figmaValue: VariableValue;
    if (isAlias(value)) {
      const home =
        code.homeCollection.get(value.alias) ??
        [...code.sync.collections.values()].find((col) => col.variables.has(value.alias))?.name;
      const targetId = home ? variableIds.get(variableKey(home, value.alias)) : undefined;
      if (!home || !targetId) {
        errors.push(
          `${p.variable.collection} › ${p.variable.name} [${mode}]: refers to {${value.alias}}` +
            `, which is not a Figma variable (composite or missing); push the target first or give a ` +
            `value`,
        );
        return;
      }
      // The target's value in the same mode (or its default) goes first.
      const targetModes = code.sync.collections.get(home)?.modes.includes(mode) ? [mode] : [code.defaultMode];
      for (const m of targetModes) {
        const dependency = pendingByKey.get(valueKey(home, value.alias, m));
        if (dependency) emit(valueKey(home, value.alias, m), dependency, m);
      }
      figmaValue = { type: 'VARIABLE_ALIAS', id: targetId };
    } else {
      figmaValue = value;
    }
    emitted.add(key);
    values.push({
      variableId: variableIds.get(variableKey(p.variable.collection, p.variable.name))!,
      modeId: modeId(p.variable.collection, mode),
      value: figmaValue,
    });
    valueEntries.push(key);
  };
  for (const p of pendingValues) emit(valueKey(p.variable.collection, p.variable.name, p.mode), p, p.mode);
  for (const run of deferred) run();
  values.push(...extensionValues);
  valueEntries.push(...extensionValues.map(() => ''));
  // A plan's mode limit, checked before anything is sent or applied.
  if (options.maxModes !== undefined) {
    for (const [collection, modes] of modeIds) {
      if (modes.size > options.maxModes)
        errors.push(
          `${collection}: would have ${modes.size} modes (${[...modes.keys()].join(', ')}); the ` +
            `Figma plan allows ${options.maxModes} per collection (pass --plan for your plan, or keep ` +
            `fewer contexts of the mode modifier in Figma)`,
        );
    }
  }
  const body: PostVariablesRequestBody = {};
  if (collections.length) body.variableCollections = collections;
  if (modes.length) body.variableModes = modes;
  if (variables.length) body.variables = variables;
  if (values.length) body.variableModeValues = values;
  const ops: Op[] = [
    ...collections.map((change) => ({ kind: 'variableCollections' as const, change })),
    ...modes.map((change) => ({ kind: 'variableModes' as const, change })),
    ...variables.map((change, i) => ({ kind: 'variables' as const, change, entry: variableEntries[i] })),
    ...values.map((change, i) => ({ kind: 'variableModeValues' as const, change, entry: valueEntries[i] })),
  ];
  return { body, ops, applied, notes, errors };
}

/**
 * Splits the logical request into POST bodies below `maxBytes`. The four arrays apply in the order
 * collections → modes → variables → values, and every op depends only on ops before it, so a cut
 * anywhere in the op list yields requests that each resolve.
 */
export function splitRequests(ops: Op[], maxBytes = MAX_REQUEST_BYTES): Op[][] {
  const budget = Math.floor(maxBytes * 0.9) - 128;
  const chunks: Op[][] = [];
  let current: Op[] = [];
  let size = 0;
  for (const op of ops) {
    const bytes = Buffer.byteLength(JSON.stringify(op.change)) + 1;
    if (current.length && size + bytes > budget) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(op);
    size += bytes;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

export class PushError extends Error {
  readonly appliedRequests: number;
  readonly totalRequests: number;
  /** Drift entries (entryId) whose changes were not applied. */
  readonly notApplied: Set<string>;
  /** The failed request may have been applied (its reply was lost): re-read before anything else. */
  readonly uncertain: boolean;

  constructor(
    message: string,
    appliedRequests: number,
    totalRequests: number,
    notApplied: Set<string>,
    uncertain = false,
    cause?: unknown,
  ) {
    super(message, { cause });
    this.name = 'PushError';
    this.appliedRequests = appliedRequests;
    this.totalRequests = totalRequests;
    this.notApplied = notApplied;
    this.uncertain = uncertain;
  }

  /** The exit code of the API failure that stopped the push (2 when the user can fix it, else 69). */
  get exitCode(): number {
    return this.cause instanceof FigmaApiError ? this.cause.exitCode : EXIT.unavailable;
  }
}

/** Sends the chunks in order, replacing temporary ids with the real ones Figma returned. */
export async function sendPush(
  client: FigmaClient,
  fileKey: string,
  chunks: Op[][],
  onChunk?: (index: number, ops: Op[]) => void,
): Promise<Map<string, string>> {
  const realIds = new Map<string, string>();
  const swap = (id: string) => realIds.get(id) ?? id;
  for (let i = 0; i < chunks.length; i++) {
    const body: PostVariablesRequestBody = {};
    for (const op of chunks[i]!) {
      const change = structuredClone(op.change) as Record<string, unknown>;
      for (const field of ['id', 'variableCollectionId', 'variableId', 'modeId', 'initialModeId']) {
        if (typeof change[field] === 'string') change[field] = swap(change[field] as string);
      }
      const value = change.value as { type?: string; id?: string } | undefined;
      if (value && typeof value === 'object' && value.type === 'VARIABLE_ALIAS' && value.id)
        change.value = { ...value, id: swap(value.id) };
      ((body[op.kind] ??= []) as unknown[]).push(change);
    }
    try {
      const response = await client.postVariables(fileKey, body);
      for (const [tempId, realId] of Object.entries(response.meta?.tempIdToRealId ?? {})) realIds.set(tempId, realId);
    } catch (error) {
      throw new PushError(
        `${(error as Error).message}\nApplied: ${i} of ${chunks.length} ` +
          `request${chunks.length === 1 ? '' : 's'} ` +
          `(${chunks.slice(0, i).reduce((n, c) => n + c.length, 0)} changes). Not applied: request ` +
          `${i + 1} onward (${chunks.slice(i).reduce((n, c) => n + c.length, 0)} changes). The sync ` +
          `state records only what was applied; run the push again once the cause is fixed.`,
        i,
        chunks.length,
        new Set(
          chunks
            .slice(i)
            .flat()
            .flatMap((op) => (op.entry ? [op.entry] : [])),
        ),
        error instanceof FigmaApiError && error.uncertain,
        error,
      );
    }
    onChunk?.(i, chunks[i]!);
  }
  return realIds;
}
