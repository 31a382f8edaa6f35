/**
 * Figma's variables as one in-memory store, behind both fakes: the REST server
 * (fake-figma-server.ts) and the plugin's `figma` global (fake-plugin-api.ts). So "apply through
 * the plugin, then export" can be compared with "POST, then GET" on the very same data.
 *
 * It is as strict as Figma's documentation says Figma is:
 * - every number is stored as a 32-bit float (Math.fround), colours included;
 * - a POST applies all or nothing; names without ".", "{", "}" or empty groups, unique per
 *   collection; scopes valid for the type (none on booleans, ALL_SCOPES and ALL_FILLS alone);
 *   aliases only to variables the file has (local or a library's it uses), of the same type,
 *   never to themselves or in a cycle; 40 modes (fewer on lower plans), 5,000 variables;
 * - extended collections: modes with parentModeId, overrides in variableOverrides, mode ids of
 *   the form `<collection id>/<parent mode id>`, no modes created on an extension.
 */
import type {
  GetLocalVariablesResponse,
  LocalVariable,
  LocalVariableCollection,
  PostVariablesRequestBody,
  RGBA,
  VariableResolvedDataType,
  VariableValue,
} from '@figma/rest-api-spec';
import {
  FIGMA_LIMITS,
  modeNameProblem,
  scopeProblem,
  variableNameProblem,
} from '../../../scripts/figma/figma-rules.ts';

export interface FakeFile {
  name: string;
  variables: Record<string, LocalVariable>;
  variableCollections: Record<string, LocalVariableCollection>;
  document?: unknown;
  styles?: Record<string, unknown>;
}

export interface StoreLimits {
  maxModes: number;
  maxVariablesPerCollection: number;
}

export class FigmaRejection extends Error {}

const isAlias = (v: unknown): v is { type: 'VARIABLE_ALIAS'; id: string } =>
  !!v && typeof v === 'object' && (v as { type?: unknown }).type === 'VARIABLE_ALIAS';

/** What Figma stores for a value: numbers and colour channels as 32-bit floats. */
export function storedValue(type: VariableResolvedDataType, value: unknown): VariableValue {
  if (isAlias(value)) return { type: 'VARIABLE_ALIAS', id: value.id };
  if (type === 'FLOAT') return Math.fround(value as number);
  if (type === 'COLOR' && value && typeof value === 'object' && 'r' in value) {
    const c = value as RGBA;
    return { r: Math.fround(c.r), g: Math.fround(c.g), b: Math.fround(c.b), a: Math.fround(c.a ?? 1) };
  }
  return value as VariableValue;
}

export class FakeFigmaStore {
  readonly files = new Map<string, FakeFile>();
  private counter = 1;

  limits: StoreLimits;

  constructor(
    limits: StoreLimits = {
      maxModes: FIGMA_LIMITS.modesPerCollection,
      maxVariablesPerCollection: FIGMA_LIMITS.variablesPerCollection,
    },
  ) {
    this.limits = limits;
  }

  addFile(key: string, file: Partial<FakeFile> = {}): FakeFile {
    const created: FakeFile = { name: key, variables: {}, variableCollections: {}, ...file };
    this.files.set(key, created);
    return created;
  }

  file(key: string): FakeFile {
    const file = this.files.get(key);
    if (!file) throw new FigmaRejection(`file ${key} not found`);
    return file;
  }

  /** GET /v1/files/:key/variables/local, as a copy (a reply is a snapshot). */
  localVariables(key: string): GetLocalVariablesResponse {
    const file = this.file(key);
    return structuredClone({
      status: 200,
      error: false,
      meta: { variables: file.variables, variableCollections: file.variableCollections },
    });
  }

  newId(kind: 'collection' | 'mode' | 'variable'): string {
    const n = this.counter++;
    return kind === 'collection' ? `VariableCollectionId:${n}:1` : kind === 'variable' ? `VariableID:${n}:1` : `${n}:0`;
  }

  /** POST /v1/files/:key/variables: validated on a copy, swapped in only if every change is valid. */
  apply(key: string, body: PostVariablesRequestBody): Record<string, string> {
    const target = this.file(key);
    const file = structuredClone(target);
    const temp: Record<string, string> = {};
    const real = (id: string) => temp[id] ?? id;
    const newId = (kind: 'collection' | 'mode' | 'variable', tempId?: string) => {
      const id = this.newId(kind);
      if (tempId !== undefined) {
        if (tempId in temp) throw new FigmaRejection(`Duplicate temporary id ${tempId}`);
        temp[tempId] = id;
      }
      return id;
    };
    const collection = (id: string) => {
      const c = file.variableCollections[real(id)];
      if (!c || c.remote) throw new FigmaRejection(`Variable collection ${id} not found`);
      return c;
    };
    const check = (problem: string | undefined) => {
      if (problem) throw new FigmaRejection(problem);
    };
    for (const change of body.variableCollections ?? []) {
      if (change.action === 'CREATE') {
        check(change.name ? undefined : 'A variable collection needs a name');
        if (Object.values(file.variableCollections).some((c) => !c.remote && c.name === change.name))
          throw new FigmaRejection(`A variable collection named "${change.name}" already exists`);
        const id = newId('collection', change.id);
        if (change.parentVariableCollectionId) {
          const parent = file.variableCollections[real(change.parentVariableCollectionId)];
          if (!parent) throw new FigmaRejection(`Parent collection ${change.parentVariableCollectionId} not found`);
          const mapping = change.initialModeIdToParentModeIdMapping ?? {};
          const modes = parent.modes.map((m) => {
            const tempModeId = Object.entries(mapping).find(([, p]) => p === m.modeId)?.[0];
            const modeId = `${id}/${m.modeId}`;
            if (tempModeId) temp[tempModeId] = modeId;
            return { modeId, name: m.name, parentModeId: m.modeId };
          });
          file.variableCollections[id] = {
            id,
            name: change.name,
            key: id.replace(/\W/g, ''),
            modes,
            defaultModeId: `${id}/${parent.defaultModeId}`,
            remote: false,
            isExtension: true,
            parentVariableCollectionId: parent.id,
            rootVariableCollectionId: parent.rootVariableCollectionId ?? parent.id,
            variableOverrides: {},
            hiddenFromPublishing: change.hiddenFromPublishing ?? false,
            variableIds: [...parent.variableIds],
          };
          continue;
        }
        const modeId = newId('mode', change.initialModeId);
        file.variableCollections[id] = {
          id,
          name: change.name,
          key: id.replace(/\W/g, ''),
          modes: [{ modeId, name: 'Mode 1' }],
          defaultModeId: modeId,
          remote: false,
          hiddenFromPublishing: change.hiddenFromPublishing ?? false,
          variableIds: [],
        };
      } else if (change.action === 'UPDATE') {
        const c = collection(change.id);
        if (change.name !== undefined) c.name = change.name;
        if (change.hiddenFromPublishing !== undefined) c.hiddenFromPublishing = change.hiddenFromPublishing;
      } else {
        const c = collection(change.id);
        if (!c.isExtension) for (const id of c.variableIds) delete file.variables[id];
        delete file.variableCollections[c.id];
      }
    }
    for (const change of body.variableModes ?? []) {
      if (change.action === 'CREATE') {
        const c = collection(change.variableCollectionId);
        if (c.isExtension) throw new FigmaRejection(`New modes cannot be created on the extended collection ${c.name}`);
        check(modeNameProblem(change.name));
        if (c.modes.some((m) => m.name === change.name))
          throw new FigmaRejection(`Mode "${change.name}" already exists in ${c.name}`);
        if (c.modes.length >= this.limits.maxModes)
          throw new FigmaRejection(`A collection can have at most ${this.limits.maxModes} modes on this plan`);
        const modeId = newId('mode', change.id);
        c.modes.push({ modeId, name: change.name });
        for (const id of c.variableIds) {
          const v = file.variables[id]!;
          v.valuesByMode[modeId] = structuredClone(v.valuesByMode[c.defaultModeId]!);
        }
      } else {
        const c = Object.values(file.variableCollections).find((col) =>
          col.modes.some((m) => m.modeId === real(change.id)),
        );
        if (!c) throw new FigmaRejection(`Mode ${change.id} not found`);
        if (c.isExtension)
          throw new FigmaRejection(
            `Modes cannot be ${change.action === 'UPDATE' ? 'updated' : 'deleted'} on the extended collection ${c.name}`,
          );
        if (change.action === 'UPDATE') {
          if (change.name !== undefined) {
            check(modeNameProblem(change.name));
            c.modes.find((m) => m.modeId === real(change.id))!.name = change.name;
          }
        } else {
          if (c.modes.length === 1) throw new FigmaRejection('Cannot delete the last mode of a collection');
          c.modes = c.modes.filter((m) => m.modeId !== real(change.id));
          if (c.defaultModeId === real(change.id)) c.defaultModeId = c.modes[0]!.modeId;
          for (const id of c.variableIds) delete file.variables[id]!.valuesByMode[real(change.id)];
        }
      }
    }
    const nameSets = new Map<string, Set<string>>();
    const namesIn = (c: LocalVariableCollection) => {
      let names = nameSets.get(c.id);
      if (!names) nameSets.set(c.id, (names = new Set(c.variableIds.map((id) => file.variables[id]!.name))));
      return names;
    };
    const defaults: Record<VariableResolvedDataType, VariableValue> = {
      COLOR: { r: 0, g: 0, b: 0, a: 1 },
      FLOAT: 0,
      STRING: '',
      BOOLEAN: false,
    };
    for (const change of body.variables ?? []) {
      if (change.action === 'CREATE') {
        const c = collection(change.variableCollectionId);
        if (c.isExtension) throw new FigmaRejection(`Variables cannot be created in the extended collection ${c.name}`);
        check(variableNameProblem(change.name));
        const names = namesIn(c);
        if (names.has(change.name))
          throw new FigmaRejection(`A variable named "${change.name}" already exists in ${c.name}`);
        names.add(change.name);
        if (c.variableIds.length >= this.limits.maxVariablesPerCollection)
          throw new FigmaRejection(`A collection can have at most ${this.limits.maxVariablesPerCollection} variables`);
        if (!(change.resolvedType in defaults)) throw new FigmaRejection(`Invalid resolvedType ${change.resolvedType}`);
        if (change.scopes) check(scopeProblem(change.resolvedType, change.scopes));
        const id = newId('variable', change.id);
        file.variables[id] = {
          id,
          name: change.name,
          key: id.replace(/\W/g, ''),
          variableCollectionId: c.id,
          resolvedType: change.resolvedType,
          valuesByMode: Object.fromEntries(
            c.modes.map((m) => [m.modeId, structuredClone(defaults[change.resolvedType])]),
          ) as LocalVariable['valuesByMode'],
          remote: false,
          description: change.description ?? '',
          hiddenFromPublishing: change.hiddenFromPublishing ?? false,
          scopes: change.scopes ?? (change.resolvedType === 'BOOLEAN' ? [] : ['ALL_SCOPES']),
          codeSyntax: change.codeSyntax ?? {},
        };
        c.variableIds.push(id);
        for (const ext of Object.values(file.variableCollections))
          if (ext.isExtension && ext.rootVariableCollectionId === c.id) ext.variableIds.push(id);
      } else {
        const v = file.variables[real(change.id)];
        if (!v || v.remote) throw new FigmaRejection(`Variable ${change.id} not found`);
        if (change.action === 'UPDATE') {
          if (change.name !== undefined) {
            check(variableNameProblem(change.name));
            const names = namesIn(file.variableCollections[v.variableCollectionId]!);
            if (change.name !== v.name && names.has(change.name))
              throw new FigmaRejection(`A variable named "${change.name}" already exists`);
            names.delete(v.name);
            v.name = change.name;
            names.add(v.name);
          }
          if (change.description !== undefined) v.description = change.description;
          if (change.hiddenFromPublishing !== undefined) v.hiddenFromPublishing = change.hiddenFromPublishing;
          if (change.scopes !== undefined) {
            check(scopeProblem(v.resolvedType, change.scopes));
            v.scopes = change.scopes;
          }
          if (change.codeSyntax !== undefined) v.codeSyntax = change.codeSyntax;
        } else {
          const c = file.variableCollections[v.variableCollectionId]!;
          namesIn(c).delete(v.name);
          delete file.variables[v.id];
          for (const col of Object.values(file.variableCollections)) {
            col.variableIds = col.variableIds.filter((id) => id !== v.id);
            if (col.variableOverrides) delete col.variableOverrides[v.id];
          }
        }
      }
    }
    for (const change of body.variableModeValues ?? [])
      this.setValue(file, real(change.variableId), real(change.modeId), change.value, real);
    target.variables = file.variables;
    target.variableCollections = file.variableCollections;
    return temp;
  }

  /** One mode value (or an extension's override; `null` removes an override), validated like Figma. */
  setValue(
    file: FakeFile,
    variableId: string,
    modeId: string,
    value: unknown,
    real: (id: string) => string = (id) => id,
  ): void {
    const v = file.variables[variableId];
    if (!v || v.remote) throw new FigmaRejection(`Variable ${variableId} not found`);
    const home = file.variableCollections[v.variableCollectionId]!;
    const extension = home.modes.some((m) => m.modeId === modeId)
      ? undefined
      : Object.values(file.variableCollections).find(
          (c) => c.isExtension && c.rootVariableCollectionId === home.id && c.modes.some((m) => m.modeId === modeId),
        );
    if (!extension && !home.modes.some((m) => m.modeId === modeId))
      throw new FigmaRejection(`Mode ${modeId} is not in the collection of ${v.name}`);
    if (value === null) {
      if (!extension)
        throw new FigmaRejection(`null removes an override; ${modeId} is not a mode of an extended collection`);
      delete extension.variableOverrides?.[v.id]?.[modeId];
      if (extension.variableOverrides?.[v.id] && !Object.keys(extension.variableOverrides[v.id]!).length)
        delete extension.variableOverrides[v.id];
      return;
    }
    const stored = this.validValue(file, v, value, real);
    if (extension) ((extension.variableOverrides ??= {})[v.id] ??= {})[modeId] = stored;
    else v.valuesByMode[modeId] = stored as LocalVariable['valuesByMode'][string];
    this.checkCycle(file, v.id);
  }

  private validValue(file: FakeFile, v: LocalVariable, value: unknown, real: (id: string) => string): VariableValue {
    if (isAlias(value)) {
      const targetId = real(value.id);
      const target = file.variables[targetId];
      if (!target)
        throw new FigmaRejection(
          `Alias target ${value.id} is not a variable this file can use (not local, not from a library the file uses)`,
        );
      if (target.deletedButReferenced) throw new FigmaRejection(`Alias target ${target.name} was deleted`);
      if (target.resolvedType !== v.resolvedType)
        throw new FigmaRejection(
          `Cannot alias ${v.name} (${v.resolvedType}) to ${target.name} (${target.resolvedType})`,
        );
      if (targetId === v.id) throw new FigmaRejection(`${v.name} cannot alias itself`);
      return { type: 'VARIABLE_ALIAS', id: targetId };
    }
    if (v.resolvedType === 'COLOR' && value && typeof value === 'object' && 'color' in value && 'opacity' in value) {
      const composed = value as { color: unknown; opacity: unknown };
      const color = this.validValue(file, v, composed.color, real);
      const opacity = this.validValue(file, { ...v, resolvedType: 'FLOAT' }, composed.opacity, real);
      if (!isAlias(color) && !isAlias(opacity))
        throw new FigmaRejection(`A composed color needs an alias for its color or its opacity (${v.name})`);
      return { color, opacity } as VariableValue;
    }
    const channel = (n: unknown) => typeof n === 'number' && n >= 0 && n <= 1;
    const ok =
      v.resolvedType === 'FLOAT'
        ? typeof value === 'number' && Number.isFinite(value)
        : v.resolvedType === 'STRING'
          ? typeof value === 'string'
          : v.resolvedType === 'BOOLEAN'
            ? typeof value === 'boolean'
            : !!value &&
              typeof value === 'object' &&
              (['r', 'g', 'b'] as const).every((k) => channel((value as Record<string, unknown>)[k])) &&
              ((value as RGBA).a === undefined || channel((value as RGBA).a));
    if (!ok)
      throw new FigmaRejection(`Invalid value ${JSON.stringify(value)} for ${v.resolvedType} variable ${v.name}`);
    return storedValue(v.resolvedType, value);
  }

  private checkCycle(file: FakeFile, start: string): void {
    const stack = new Set<string>();
    const visit = (id: string) => {
      if (stack.has(id)) throw new FigmaRejection(`Alias cycle through ${file.variables[id]?.name ?? id}`);
      stack.add(id);
      for (const value of Object.values(file.variables[id]?.valuesByMode ?? {})) {
        if (isAlias(value)) visit(value.id);
      }
      stack.delete(id);
    };
    visit(start);
  }
}
