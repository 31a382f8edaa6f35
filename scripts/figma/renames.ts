import type { CodeModel } from './code-model.ts';
import { entryHash, META, type SyncState } from './drift.ts';
import type { FigmaModel } from './figma-model.ts';
import { isAlias, variableKey, type SyncModel, type SyncVariable } from './sync-model.ts';

/**
 * Renames, told apart from a delete plus a create. Without this a renamed token is deleted in
 * Figma and created again under its new name, which unbinds every layer that used it. The sync
 * state keeps each variable's id (`$id`); with it:
 * - renamed in Figma: the variable with the recorded id now has another name;
 * - renamed in code: a token recorded under an id is gone from code, the variable still has its
 *   old name in Figma, and exactly one new token in the same collection has exactly the values
 *   recorded for the old one (a rename that also changes a value is a delete plus a create).
 * A rename is applied to the other side's model before the three-way comparison, so the drift
 * compares the token with itself; push sends it as an UPDATE of the name, pull moves the token.
 */
export const ID = '$id';

export interface Rename {
  collection: string;
  from: string;
  to: string;
  id: string;
  /** The side where the rename happened. */
  side: 'code' | 'figma';
}

export function detectRenames(code: SyncModel, figma: FigmaModel, state: SyncState): Rename[] {
  const renames: Rename[] = [];
  const keyOfId = new Map([...figma.variableIds].map(([key, id]) => [id, key]));
  const has = (model: SyncModel, key: string) => {
    const [collection, name] = splitKey(key);
    return !!model.collections.get(collection)?.variables.has(name);
  };
  const claimed = new Set<string>();
  for (const [key, record] of Object.entries(state)) {
    const id = record[ID];
    if (!id) continue;
    const [collection, from] = splitKey(key);
    const now = keyOfId.get(id);
    if (now && now !== key && !state[now] && has(code, key) && !has(code, now)) {
      renames.push({ collection, from, to: splitKey(now)[1], id, side: 'figma' });
      continue;
    }
    if (now !== key || has(code, key)) continue;
    // Gone from code, unchanged name in Figma: a new token with exactly the recorded values?
    const values = Object.entries(record).filter(([mode]) => mode !== ID && mode !== META);
    if (!values.length) continue;
    const candidates = [...(code.collections.get(collection)?.variables.values() ?? [])].filter((variable) => {
      const candidateKey = variableKey(collection, variable.name);
      return (
        !state[candidateKey] &&
        !has(figma.sync, candidateKey) &&
        !claimed.has(candidateKey) &&
        values.every(([mode, hash]) => entryHash(variable, mode) === hash) &&
        [...variable.values.keys()].every((mode) => record[mode] !== undefined)
      );
    });
    if (candidates.length !== 1) continue;
    const to = candidates[0]!.name;
    claimed.add(variableKey(collection, to));
    renames.push({ collection, from, to, id, side: 'code' });
  }
  return renames;
}

/**
 * Makes the other side's model and the state speak of each renamed token by its new name, so the
 * comparison sees one token (and any edit made with the rename) instead of a delete and a create.
 */
export function applyRenames(renames: Rename[], code: CodeModel, figma: FigmaModel, state: SyncState): void {
  for (const rename of renames) {
    const model = rename.side === 'code' ? figma.sync : code.sync;
    const collection = model.collections.get(rename.collection);
    const variable = collection?.variables.get(rename.from);
    if (!collection || !variable) continue;
    collection.variables.delete(rename.from);
    const moved: SyncVariable = { ...variable, name: rename.to };
    collection.variables.set(rename.to, moved);
    renameAliases(model, rename.from, rename.to);
    if (rename.side === 'code') {
      figma.variableIds.delete(variableKey(rename.collection, rename.from));
      figma.variableIds.set(variableKey(rename.collection, rename.to), rename.id);
    } else {
      if (code.homeCollection.get(rename.from) === rename.collection) {
        code.homeCollection.delete(rename.from);
        code.homeCollection.set(rename.to, rename.collection);
      }
      // Code still defines the token under its old name until the pull moves it.
      const { definition, modeFile } = code;
      const old = (collection: string, name: string) =>
        collection === rename.collection && name === rename.to ? rename.from : name;
      code.definition = (collection, name, mode) => definition(collection, old(collection, name), mode);
      code.modeFile = (mode, name) => modeFile(mode, name === rename.to ? rename.from : name);
    }
    const fromKey = variableKey(rename.collection, rename.from);
    state[variableKey(rename.collection, rename.to)] = state[fromKey]!;
    delete state[fromKey];
  }
}

function renameAliases(model: SyncModel, from: string, to: string): void {
  for (const collection of model.collections.values()) {
    for (const variable of collection.variables.values()) {
      for (const [mode, value] of variable.values)
        if (isAlias(value) && value.alias === from) variable.values.set(mode, { alias: to });
    }
  }
}

/** Records the Figma id of every variable the state knows; drops records left with only an id. */
export function recordIds(state: SyncState, ids: Map<string, string>): SyncState {
  for (const [key, record] of Object.entries(state)) {
    const id = ids.get(key);
    if (id && !id.startsWith('tmp_')) record[ID] = id;
    if (Object.keys(record).every((k) => k === ID)) delete state[key];
  }
  return state;
}

const splitKey = (key: string): [string, string] => key.split('::') as [string, string];
