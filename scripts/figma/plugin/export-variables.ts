import type { LocalVariable, LocalVariableCollection } from '@figma/rest-api-spec';
import { EXCHANGE_VERSION, EXPORT_FORMAT, type VariablesExport } from '../exchange-format.ts';
import type { LiveryPluginApi, PluginCollection, PluginVariable } from './plugin-api.ts';

/**
 * The file's variables in the exact shape of GET /v1/files/:key/variables/local: local
 * collections and variables, and the library variables (and their collections) that local
 * values alias, marked `remote` as the REST API marks them. `liverykit figma pull|diff
 * --from-export` reads it as it reads the REST reply.
 */
export async function exportVariables(api: LiveryPluginApi): Promise<VariablesExport> {
  const collections = await api.variables.getLocalVariableCollectionsAsync();
  const variables = await api.variables.getLocalVariablesAsync();
  const out: VariablesExport = {
    status: 200,
    error: false,
    meta: { variables: {}, variableCollections: {} },
    livery: { format: EXPORT_FORMAT, version: EXCHANGE_VERSION, fileKey: api.fileKey ?? '', fileName: api.root.name },
  };
  for (const collection of collections) out.meta.variableCollections[collection.id] = collectionJson(collection);
  const pending: string[] = [];
  const skipped: string[] = [];
  for (const variable of variables) {
    // Types the REST API does not have (EASING…) cannot be tokens here: listed, not dropped silently.
    if (!REST_TYPES.includes(variable.resolvedType)) {
      skipped.push(`${variable.name} (${variable.resolvedType})`);
      continue;
    }
    out.meta.variables[variable.id] = variableJson(variable);
    for (const value of Object.values(variable.valuesByMode)) pending.push(...aliasIds(value));
  }
  for (const collection of collections)
    for (const modes of Object.values(collection.variableOverrides ?? {}))
      for (const value of Object.values(modes)) pending.push(...aliasIds(value));
  if (skipped.length) out.livery.skipped = skipped;
  // Library variables that local values refer to (and those they refer to in turn).
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (out.meta.variables[id]) continue;
    const remote = await api.variables.getVariableByIdAsync(id);
    if (!remote) continue;
    out.meta.variables[id] = variableJson(remote);
    for (const value of Object.values(remote.valuesByMode)) pending.push(...aliasIds(value));
    if (!out.meta.variableCollections[remote.variableCollectionId]) {
      const home = await api.variables.getVariableCollectionByIdAsync(remote.variableCollectionId);
      if (home) out.meta.variableCollections[home.id] = collectionJson(home);
    }
  }
  return out;
}

const REST_TYPES: string[] = ['BOOLEAN', 'FLOAT', 'STRING', 'COLOR'];

function collectionJson(c: PluginCollection): LocalVariableCollection {
  const json: LocalVariableCollection = {
    id: c.id,
    name: c.name,
    key: c.key,
    modes: c.modes.map((m) => ({ ...m })),
    defaultModeId: c.defaultModeId,
    remote: c.remote,
    hiddenFromPublishing: c.hiddenFromPublishing,
    variableIds: [...c.variableIds],
  };
  if (c.isExtension) {
    json.isExtension = true;
    if (c.parentVariableCollectionId) json.parentVariableCollectionId = c.parentVariableCollectionId;
    if (c.rootVariableCollectionId) json.rootVariableCollectionId = c.rootVariableCollectionId;
    json.variableOverrides = structuredClone(c.variableOverrides ?? {}) as LocalVariableCollection['variableOverrides'];
  }
  return json;
}

function variableJson(v: PluginVariable): LocalVariable {
  return {
    id: v.id,
    name: v.name,
    key: v.key,
    variableCollectionId: v.variableCollectionId,
    resolvedType: v.resolvedType as LocalVariable['resolvedType'],
    valuesByMode: structuredClone(v.valuesByMode) as LocalVariable['valuesByMode'],
    remote: v.remote,
    description: v.description,
    hiddenFromPublishing: v.hiddenFromPublishing,
    scopes: [...v.scopes],
    codeSyntax: { ...v.codeSyntax },
  };
}

function aliasIds(value: unknown): string[] {
  if (!value || typeof value !== 'object') return [];
  const v = value as { type?: string; id?: string; color?: unknown; opacity?: unknown };
  if (v.type === 'VARIABLE_ALIAS' && typeof v.id === 'string') return [v.id];
  return [...aliasIds(v.color), ...aliasIds(v.opacity)];
}
