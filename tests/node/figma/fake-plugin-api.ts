/**
 * A fake `figma` global for the plugin's tests: the subset of PluginAPI the plugin uses
 * (`satisfies LiveryPluginApi`, itself a Pick of @figma/plugin-typings), over the same in-memory
 * store as the fake REST server. So "apply through the plugin, then export" can be compared with
 * "POST, then GET" on identical data. Like the real API, each call takes effect at once (no
 * all-or-nothing), refuses invalid names, scopes and values by throwing, and stores 32-bit floats.
 */
import type { LocalVariable, LocalVariableCollection, VariableResolvedDataType } from '@figma/rest-api-spec';
import type { VariableScope } from '@figma/plugin-typings/plugin-api-standalone.js';
import { scopeProblem, variableNameProblem, modeNameProblem } from '../../../scripts/figma/figma-rules.ts';
import type { LiveryPluginApi, PluginCollection, PluginVariable } from '../../../scripts/figma/plugin/plugin-api.ts';
import { FakeFigmaStore, type FakeFile } from './fake-figma-store.ts';

export interface FakePluginOptions {
  /** figma.fileKey: only private and development plugins get it (undefined otherwise). */
  fileKey?: string | undefined;
  /** Modes per collection the designer's plan allows (Professional: 4). */
  maxModes?: number;
}

const DEFAULTS: Record<VariableResolvedDataType, unknown> = {
  COLOR: { r: 0, g: 0, b: 0, a: 1 },
  FLOAT: 0,
  STRING: '',
  BOOLEAN: false,
};

type Shared = 'id' | 'key' | 'remote' | 'hiddenFromPublishing';

/**
 * A variable or collection: `node` with what the two share added, `id`, and `key`, `remote` and
 * `hiddenFromPublishing` read from (and written to) the stored record at each access, as Figma's
 * own objects do, so a removed node throws.
 */
function stored<N extends PluginVariable | PluginCollection>(
  id: string,
  record: () => Pick<LocalVariable & LocalVariableCollection, Exclude<Shared, 'id'>>,
  node: Omit<N, Shared>,
): N {
  return Object.defineProperties(node, {
    id: { get: () => id, enumerable: true },
    key: { get: () => record().key, enumerable: true },
    remote: { get: () => record().remote, enumerable: true },
    hiddenFromPublishing: {
      get: () => record().hiddenFromPublishing,
      set: (hidden: boolean) => {
        record().hiddenFromPublishing = hidden;
      },
      enumerable: true,
    },
  }) as N;
}

export function fakePluginApi(store: FakeFigmaStore, key: string, options: FakePluginOptions = {}) {
  const file = (): FakeFile => store.file(key);
  const maxModes = options.maxModes ?? store.limits.maxModes;
  const refuse = (problem: string | undefined) => {
    if (problem) throw new Error(problem);
  };

  const variable = (id: string): PluginVariable => {
    const record = (): LocalVariable => {
      const v = file().variables[id];
      if (!v) throw new Error(`The node (variable) with id "${id}" does not exist`);
      return v;
    };
    const namesOf = (collectionId: string) =>
      Object.values(file().variables)
        .filter((v) => v.variableCollectionId === collectionId)
        .map((v) => v.name);
    return stored<PluginVariable>(id, record, {
      get name() {
        return record().name;
      },
      set name(name: string) {
        refuse(variableNameProblem(name));
        if (name !== record().name && namesOf(record().variableCollectionId).includes(name))
          throw new Error(`A variable named "${name}" already exists`);
        record().name = name;
      },
      get description() {
        return record().description;
      },
      set description(text: string) {
        record().description = text;
      },
      get variableCollectionId() {
        return record().variableCollectionId;
      },
      get resolvedType() {
        return record().resolvedType;
      },
      get valuesByMode() {
        return structuredClone(record().valuesByMode) as PluginVariable['valuesByMode'];
      },
      get scopes() {
        return [...record().scopes] as VariableScope[];
      },
      set scopes(scopes: VariableScope[]) {
        refuse(scopeProblem(record().resolvedType, scopes));
        record().scopes = [...scopes];
      },
      get codeSyntax() {
        return { ...record().codeSyntax };
      },
      setValueForMode(modeId, value) {
        store.setValue(file(), id, modeId, value);
      },
      removeOverrideForMode(modeId) {
        store.setValue(file(), id, modeId, null);
      },
      setVariableCodeSyntax(platform, value) {
        record().codeSyntax = { ...record().codeSyntax, [platform]: value };
      },
      removeVariableCodeSyntax(platform) {
        const syntax = { ...record().codeSyntax };
        delete syntax[platform];
        record().codeSyntax = syntax;
      },
      remove() {
        const v = record();
        delete file().variables[id];
        for (const c of Object.values(file().variableCollections)) {
          c.variableIds = c.variableIds.filter((x) => x !== id);
          if (c.variableOverrides) delete c.variableOverrides[v.id];
        }
      },
    });
  };

  const collection = (id: string): PluginCollection => {
    const record = (): LocalVariableCollection => {
      const c = file().variableCollections[id];
      if (!c) throw new Error(`The variable collection with id "${id}" does not exist`);
      return c;
    };
    return stored<PluginCollection>(id, record, {
      get name() {
        return record().name;
      },
      set name(name: string) {
        record().name = name;
      },
      get isExtension() {
        return !!record().isExtension;
      },
      get modes() {
        return record().modes.map((m) => ({ ...m })) as PluginCollection['modes'];
      },
      get variableIds() {
        return [...record().variableIds];
      },
      get defaultModeId() {
        return record().defaultModeId;
      },
      get parentVariableCollectionId() {
        return record().parentVariableCollectionId ?? '';
      },
      get rootVariableCollectionId() {
        return record().rootVariableCollectionId ?? '';
      },
      get variableOverrides() {
        return structuredClone(record().variableOverrides ?? {}) as NonNullable<PluginCollection['variableOverrides']>;
      },
      remove() {
        const c = record();
        if (!c.isExtension) for (const v of c.variableIds) delete file().variables[v];
        delete file().variableCollections[id];
      },
      addMode(name: string) {
        const c = record();
        refuse(modeNameProblem(name));
        if (c.isExtension) throw new Error('Cannot add modes to an extended collection');
        if (c.modes.length >= maxModes) throw new Error(`Limited to ${maxModes} modes only on the current plan`);
        const modeId = store.newId('mode');
        c.modes.push({ modeId, name });
        for (const v of c.variableIds)
          file().variables[v]!.valuesByMode[modeId] = structuredClone(
            file().variables[v]!.valuesByMode[c.defaultModeId]!,
          );
        return modeId;
      },
      renameMode(modeId: string, name: string) {
        refuse(modeNameProblem(name));
        const mode = record().modes.find((m) => m.modeId === modeId);
        if (!mode) throw new Error(`Mode ${modeId} not found`);
        mode.name = name;
      },
      removeMode(modeId: string) {
        const c = record();
        if (c.modes.length === 1) throw new Error('Cannot remove the last mode');
        c.modes = c.modes.filter((m) => m.modeId !== modeId);
        if (c.defaultModeId === modeId) c.defaultModeId = c.modes[0]!.modeId;
        for (const v of c.variableIds) delete file().variables[v]!.valuesByMode[modeId];
      },
    });
  };

  return {
    fileKey: 'fileKey' in options ? options.fileKey : key,
    root: {
      get name() {
        return file().name;
      },
    },
    variables: {
      async getLocalVariableCollectionsAsync() {
        return Object.values(file().variableCollections)
          .filter((c) => !c.remote)
          .map((c) => collection(c.id));
      },
      async getLocalVariablesAsync() {
        return Object.values(file().variables)
          .filter((v) => !v.remote)
          .map((v) => variable(v.id));
      },
      async getVariableByIdAsync(id: string) {
        return file().variables[id] ? variable(id) : null;
      },
      async getVariableCollectionByIdAsync(id: string) {
        return file().variableCollections[id] ? collection(id) : null;
      },
      createVariableCollection(name: string) {
        const id = store.newId('collection');
        const modeId = store.newId('mode');
        file().variableCollections[id] = {
          id,
          name,
          key: id.replace(/\W/g, ''),
          modes: [{ modeId, name: 'Mode 1' }],
          defaultModeId: modeId,
          remote: false,
          hiddenFromPublishing: false,
          variableIds: [],
        };
        return collection(id);
      },
      createVariable(name: string, target: PluginCollection, resolvedType: VariableResolvedDataType) {
        refuse(variableNameProblem(name));
        const c = file().variableCollections[target.id];
        if (!c) throw new Error(`The variable collection with id "${target.id}" does not exist`);
        if (c.variableIds.some((v) => file().variables[v]!.name === name))
          throw new Error(`A variable named "${name}" already exists`);
        if (c.variableIds.length >= store.limits.maxVariablesPerCollection)
          throw new Error(`A collection can have at most ${store.limits.maxVariablesPerCollection} variables`);
        const id = store.newId('variable');
        file().variables[id] = {
          id,
          name,
          key: id.replace(/\W/g, ''),
          variableCollectionId: c.id,
          resolvedType,
          valuesByMode: Object.fromEntries(
            c.modes.map((m) => [m.modeId, structuredClone(DEFAULTS[resolvedType])]),
          ) as LocalVariable['valuesByMode'],
          remote: false,
          description: '',
          hiddenFromPublishing: false,
          scopes: resolvedType === 'BOOLEAN' ? [] : ['ALL_SCOPES'],
          codeSyntax: {},
        };
        c.variableIds.push(id);
        return variable(id);
      },
    },
  } satisfies LiveryPluginApi;
}
