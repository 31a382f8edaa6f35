import type {
  GetLocalVariablesResponse,
  LocalVariable,
  LocalVariableCollection,
  RGBA,
  VariableAlias,
} from '@figma/rest-api-spec';
import { defaultCodeSyntax } from './figma-value.ts';
import { fromFigmaName, variableKey, type SyncCollection, type SyncModel, type SyncValue } from './sync-model.ts';

/** A problem in the Figma file that the sync reports instead of dropping silently. */
export interface FigmaProblem {
  severity: 'error' | 'warning';
  at: string;
  message: string;
  fix?: string;
}

export interface FigmaModel {
  sync: SyncModel;
  collectionIds: Map<string, string>;
  /** `collection` → mode name → mode id (mode names as code knows them). */
  modeIds: Map<string, Map<string, string>>;
  /** variableKey(collection, name) → variable id. */
  variableIds: Map<string, string>;
  problems: FigmaProblem[];
  /** Library (remote) variables the file uses: not pulled, reported. */
  remoteCount: number;
  /** Extended collections by name: a push writes overrides into every one of their modes. */
  extensions: Map<string, { id: string; modeIds: string[] }>;
}

export interface FigmaModelOptions {
  defaultMode: string;
  /** Context names of the mode modifier: Figma mode names are matched to them case-insensitively. */
  modes: string[];
  /** Whether code knows a token by this name (then an alias to a library variable stays an alias). */
  isKnownName(name: string): boolean;
}

const isAliasValue = (v: unknown): v is VariableAlias =>
  !!v && typeof v === 'object' && (v as VariableAlias).type === 'VARIABLE_ALIAS';
const isRgba = (v: unknown): v is RGBA => !!v && typeof v === 'object' && 'r' in v && 'g' in v && 'b' in v;

/** The file's local variables in the sync's terms. Library variables are resolved or reported. */
export function buildFigmaModel(response: GetLocalVariablesResponse, options: FigmaModelOptions): FigmaModel {
  const { variables, variableCollections } = response.meta;
  const problems: FigmaProblem[] = [];
  const collections = new Map<string, SyncCollection>();
  const collectionIds = new Map<string, string>();
  const modeIds = new Map<string, Map<string, string>>();
  const variableIds = new Map<string, string>();
  const modeNames = new Map<string, string>();
  const extensions = new Map<string, { id: string; modeIds: string[] }>();
  let remoteCount = 0;

  for (const collection of Object.values(variableCollections)) {
    if (collection.remote || collection.isExtension) continue;
    if (collections.has(collection.name)) {
      problems.push({
        severity: 'error',
        at: collection.name,
        message: 'two collections have this name; the second is not synced',
        fix: 'rename one of them in Figma',
      });
      continue;
    }
    const ids = new Map<string, string>();
    const names: string[] = [];
    for (const mode of orderedModes(collection)) {
      const name =
        mode.modeId === collection.defaultModeId
          ? options.defaultMode
          : (options.modes.find((m) => m.toLowerCase() === mode.name.trim().toLowerCase()) ?? mode.name);
      if (!options.modes.includes(name) && name !== options.defaultMode) {
        problems.push({
          severity: 'error',
          at: `${collection.name} [${mode.name}]`,
          message: `the mode "${mode.name}" matches no context of the mode modifier (${options.modes.join(', ')}); its values are not pulled`,
          fix: `rename the mode in Figma, or add a context "${mode.name}" to the modifier in the resolver`,
        });
      }
      ids.set(name, mode.modeId);
      modeNames.set(mode.modeId, name);
      names.push(name);
    }
    collections.set(collection.name, { name: collection.name, modes: names, variables: new Map() });
    collectionIds.set(collection.name, collection.id);
    modeIds.set(collection.name, ids);
  }

  const byId = (id: string): LocalVariable | undefined => variables[id];
  for (const variable of Object.values(variables)) {
    if (variable.remote) {
      remoteCount++;
      continue;
    }
    const collectionName = variableCollections[variable.variableCollectionId]?.name;
    const collection = collectionName === undefined ? undefined : collections.get(collectionName);
    if (!collection || collectionIds.get(collection.name) !== variable.variableCollectionId) continue;
    const name = fromFigmaName(variable.name);
    if (variable.deletedButReferenced) {
      problems.push({
        severity: 'warning',
        at: `${collection.name} › ${name}`,
        message: 'was deleted in Figma but is still referenced by layers; it is treated as deleted',
      });
      continue;
    }
    if (/[.{}]/.test(variable.name.split('/').join(''))) {
      problems.push({
        severity: 'error',
        at: `${collection.name} › ${variable.name}`,
        message: 'the name contains ".", "{" or "}", which DTCG reserves; the variable is not synced',
        fix: 'rename it in Figma (use "/" for groups)',
      });
      continue;
    }
    if (collection.variables.has(name)) {
      problems.push({
        severity: 'error',
        at: `${collection.name} › ${name}`,
        message: 'two variables map to this token name; the second is not synced',
        fix: 'rename one of them in Figma',
      });
      continue;
    }
    const values = new Map<string, SyncValue>();
    for (const [modeId, raw] of Object.entries(variable.valuesByMode)) {
      const mode = modeNames.get(modeId);
      if (mode === undefined) continue;
      const value = readValue(raw, `${collection.name} › ${name} [${mode}]`);
      if (value !== undefined) values.set(mode, value);
    }
    collection.variables.set(name, {
      name,
      collection: collection.name,
      resolvedType: variable.resolvedType,
      description: variable.description ?? '',
      // Booleans have no scopes in Figma (whatever an older file reports for them).
      scopes: variable.resolvedType === 'BOOLEAN' ? [] : (variable.scopes ?? ['ALL_SCOPES']),
      // No code syntax set in Figma means "whatever code says", not "remove it".
      codeSyntax:
        variable.codeSyntax && Object.keys(variable.codeSyntax).length ? variable.codeSyntax : defaultCodeSyntax(name),
      hiddenFromPublishing: variable.hiddenFromPublishing ?? false,
      values,
    });
    variableIds.set(variableKey(collection.name, name), variable.id);
  }

  function readValue(raw: unknown, at: string): SyncValue | undefined {
    if (isAliasValue(raw)) {
      const target = byId(raw.id);
      if (!target) {
        problems.push({
          severity: 'error',
          at,
          message: `refers to the variable ${raw.id}, which the file does not include (a library that is not available)`,
          fix: 'publish or enable the library in this file, or replace the alias with a value; the token is left unchanged in code',
        });
        return undefined;
      }
      const name = fromFigmaName(target.name);
      if (!target.remote || options.isKnownName(name)) return { alias: name };
      const resolved = resolveRemote(target, new Set());
      if (resolved === undefined) {
        problems.push({
          severity: 'error',
          at,
          message: `refers to the library variable "${target.name}", whose value cannot be resolved`,
          fix: 'add the library token to code under the same name, or replace the alias with a value; the token is left unchanged in code',
        });
        return undefined;
      }
      problems.push({
        severity: 'warning',
        at,
        message: `refers to the library variable "${target.name}", which code does not have; its value is used instead`,
        fix: `add a token named ${name} to code to keep the alias`,
      });
      return resolved;
    }
    if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') return raw;
    if (isRgba(raw)) return { r: raw.r, g: raw.g, b: raw.b, a: raw.a ?? 1 };
    if (raw && typeof raw === 'object' && 'color' in raw && 'opacity' in raw)
      return composedColor(raw as { color: unknown; opacity: unknown }, at);
    problems.push({
      severity: 'error',
      at,
      message: `has a value Livery cannot represent (${JSON.stringify(raw)}); the token is left unchanged in code`,
      fix: 'use a plain color or an alias in Figma',
    });
    return undefined;
  }

  /**
   * A colour with a linked opacity ({color, opacity}, one side an alias): DTCG has no such link, so
   * the resolved colour is pulled (the link stays in Figma until a push replaces the value) and the
   * designer is told; an unresolvable side is an error, never a silent drop.
   */
  function composedColor(raw: { color: unknown; opacity: unknown }, at: string): SyncValue | undefined {
    const resolveSide = (side: unknown): SyncValue | undefined => {
      if (!isAliasValue(side)) return side as SyncValue;
      const target = byId(side.id);
      return target ? resolveRemote(target, new Set()) : undefined;
    };
    const color = resolveSide(raw.color);
    const opacity = resolveSide(raw.opacity);
    if (!isRgba(color) || typeof opacity !== 'number') {
      problems.push({
        severity: 'error',
        at,
        message: `is a colour with a linked opacity (${JSON.stringify(raw)}) that cannot be resolved; the token is left unchanged in code`,
        fix: 'unlink the opacity in Figma, or make sure both variables are in this file',
      });
      return undefined;
    }
    problems.push({
      severity: 'warning',
      at,
      message:
        'is a colour with a linked opacity variable; DTCG has no such link, so its resolved colour is used (a push would replace the link with that colour)',
      fix: 'keep the opacity in the colour token, or accept the resolved value',
    });
    return { r: color.r, g: color.g, b: color.b, a: (color.a ?? 1) * opacity };
  }

  function resolveRemote(variable: LocalVariable, seen: Set<string>): SyncValue | undefined {
    if (seen.has(variable.id)) return undefined;
    seen.add(variable.id);
    const collection = variableCollections[variable.variableCollectionId];
    const raw =
      (collection && variable.valuesByMode[collection.defaultModeId]) ?? Object.values(variable.valuesByMode)[0];
    if (isAliasValue(raw)) {
      const next = byId(raw.id);
      return next ? resolveRemote(next, seen) : undefined;
    }
    if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') return raw;
    if (isRgba(raw)) return { r: raw.r, g: raw.g, b: raw.b, a: raw.a ?? 1 };
    return undefined;
  }

  // Extended collections: the overrides each holds, as a one-mode collection of the overridden
  // variables (how code keeps a brand context's overrides); values that differ by mode are reported.
  for (const extension of Object.values(variableCollections)) {
    if (!extension.isExtension || extension.remote) continue;
    const parent = extension.parentVariableCollectionId
      ? variableCollections[extension.parentVariableCollectionId]
      : undefined;
    const defaultMode =
      extension.modes.find((m) => m.modeId === extension.defaultModeId) ??
      extension.modes.find((m) => m.parentModeId === parent?.defaultModeId) ??
      extension.modes[0];
    const synced: SyncCollection = { name: extension.name, modes: [options.defaultMode], variables: new Map() };
    if (collections.has(extension.name)) {
      problems.push({
        severity: 'error',
        at: extension.name,
        message: 'an extended collection has the name of another collection; its overrides are not synced',
        fix: 'rename one of them in Figma',
      });
      continue;
    }
    for (const [variableId, byMode] of Object.entries(extension.variableOverrides ?? {})) {
      const variable = variables[variableId];
      if (!variable || !defaultMode) continue;
      const name = fromFigmaName(variable.name);
      const at = `${extension.name} › ${name}`;
      const raw = byMode[defaultMode.modeId] ?? Object.values(byMode)[0];
      const value = readValue(raw, `${at} [${defaultMode.name}]`);
      if (value === undefined) continue;
      const differing = Object.entries(byMode)
        .filter(([, v]) => JSON.stringify(v) !== JSON.stringify(raw))
        .map(([m]) => extension.modes.find((x) => x.modeId === m)?.name ?? m);
      if (differing.length)
        problems.push({
          severity: 'error',
          at,
          message:
            `its override differs by mode (${differing.join(', ')} differ from ${defaultMode.name}); ` +
            `code keeps one override per context, so only the ${defaultMode.name} value is pulled`,
          fix: 'make the override equal in every mode of the extension, or model the difference as a theme in code',
        });
      synced.variables.set(name, {
        // The description belongs to the parent's variable; an override in code carries none.
        name,
        collection: extension.name,
        resolvedType: variable.resolvedType,
        description: '',
        scopes: variable.resolvedType === 'BOOLEAN' ? [] : (variable.scopes ?? ['ALL_SCOPES']),
        codeSyntax:
          variable.codeSyntax && Object.keys(variable.codeSyntax).length
            ? variable.codeSyntax
            : defaultCodeSyntax(name),
        hiddenFromPublishing: variable.hiddenFromPublishing ?? false,
        values: new Map([[options.defaultMode, value]]),
      });
      variableIds.set(variableKey(extension.name, name), variableId);
    }
    collections.set(extension.name, synced);
    collectionIds.set(extension.name, extension.id);
    modeIds.set(extension.name, new Map([[options.defaultMode, defaultMode?.modeId ?? '']]));
    extensions.set(extension.name, { id: extension.id, modeIds: extension.modes.map((m) => m.modeId) });
  }

  if (remoteCount)
    problems.push({
      severity: 'warning',
      at: '(file)',
      message: `${remoteCount} library variable${remoteCount === 1 ? ' is' : 's are'} used by this file; they belong to their library and are not pulled`,
    });
  return { sync: { collections }, collectionIds, modeIds, variableIds, problems, remoteCount, extensions };
}

function orderedModes(collection: LocalVariableCollection): LocalVariableCollection['modes'] {
  const first = collection.modes.find((m) => m.modeId === collection.defaultModeId);
  return first ? [first, ...collection.modes.filter((m) => m !== first)] : collection.modes;
}
