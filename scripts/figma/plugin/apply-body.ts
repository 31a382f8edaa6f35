import type {
  PostVariablesRequestBody,
  VariableCreate,
  VariableResolvedDataType,
  VariableUpdate,
  VariableValue,
} from '@figma/rest-api-spec';
import { bodyProblems, type VariablesBody } from '../exchange-format.ts';
import { modeNameProblem, scopeProblem, variableNameProblem } from '../figma-rules.ts';
import { exportVariables } from './export-variables.ts';
import type { LiveryPluginApi, PluginCollection, PluginVariable } from './plugin-api.ts';

/**
 * Applies a body planned by `liverykit figma push --to-file` through figma.variables. Plugin calls
 * are not all-or-nothing like a POST, so the whole body is first played on a copy of the file's
 * variables with every rule Figma would apply (ids, names, scopes, types, aliases, cycles, the
 * plan's mode limit); only a body with no problem is applied, in the POST's order.
 */
export interface ApplyReport {
  applied: boolean;
  problems: string[];
  /** What changed, one line per change, for the designer. */
  changes: string[];
}

type Sim = {
  collections: Map<
    string,
    { name: string; modes: string[]; extension: boolean; root?: string | undefined; variables: Set<string> }
  >;
  variables: Map<
    string,
    { name: string; collection: string; type: VariableResolvedDataType; aliases: Map<string, string> }
  >;
};

export async function applyBody(api: LiveryPluginApi, json: unknown): Promise<ApplyReport> {
  const problems = bodyProblems(json, api.fileKey ?? '');
  if (problems.length) return { applied: false, problems, changes: [] };
  const { body, livery } = json as VariablesBody;
  const simulated = await simulate(api, body, livery.modesPerCollection);
  if (simulated.length) return { applied: false, problems: simulated, changes: [] };
  return { applied: true, problems: [], changes: await apply(api, body) };
}

/** Every problem the body would meet, found on a copy; [] means it applies cleanly. */
async function simulate(api: LiveryPluginApi, body: PostVariablesRequestBody, maxModes: number): Promise<string[]> {
  const current = await exportVariables(api);
  const sim: Sim = { collections: new Map(), variables: new Map() };
  for (const c of Object.values(current.meta.variableCollections)) {
    sim.collections.set(c.id, {
      name: c.name,
      modes: c.modes.map((m) => m.modeId),
      extension: !!c.isExtension,
      root: c.rootVariableCollectionId,
      variables: new Set(c.variableIds),
    });
  }
  for (const v of Object.values(current.meta.variables)) {
    sim.variables.set(v.id, {
      name: v.name,
      collection: v.variableCollectionId,
      type: v.resolvedType,
      aliases: new Map(
        Object.entries(v.valuesByMode).flatMap(([m, value]) =>
          isAlias(value) ? [[m, value.id] as [string, string]] : [],
        ),
      ),
    });
  }
  const problems: string[] = [];
  const temp = new Set<string>();
  const claim = (id: string | undefined, at: string) => {
    if (id === undefined) return;
    if (temp.has(id) || sim.collections.has(id) || sim.variables.has(id))
      problems.push(`${at}: the temporary id ${id} is used twice`);
    temp.add(id);
  };
  const modeHome = (modeId: string) => [...sim.collections.entries()].find(([, c]) => c.modes.includes(modeId));
  let n = 0;
  for (const change of body.variableCollections ?? []) {
    const at = `variableCollections[${n++}]`;
    if (change.action === 'CREATE') {
      claim(change.id, at);
      if ([...sim.collections.values()].some((c) => c.name === change.name))
        problems.push(`${at}: a collection named "${change.name}" already exists`);
      const id = change.id ?? `new-collection-${n}`;
      const mode = change.initialModeId ?? `new-mode-${n}`;
      claim(change.initialModeId, at);
      sim.collections.set(id, { name: change.name, modes: [mode], extension: false, variables: new Set() });
    } else if (!sim.collections.has(change.id))
      problems.push(
        `${at}: collection ${change.id} is not in this file (was the body planned against another export?)`,
      );
    else if (change.action === 'DELETE') sim.collections.delete(change.id);
    else if (change.name !== undefined) sim.collections.get(change.id)!.name = change.name;
  }
  n = 0;
  for (const change of body.variableModes ?? []) {
    const at = `variableModes[${n++}]`;
    if (change.action === 'CREATE') {
      const c = sim.collections.get(change.variableCollectionId);
      claim(change.id, at);
      const name = modeNameProblem(change.name);
      if (name) problems.push(`${at}: ${name}`);
      if (!c) problems.push(`${at}: collection ${change.variableCollectionId} is not in this file`);
      else if (c.extension) problems.push(`${at}: modes cannot be added to the extended collection ${c.name}`);
      else if (c.modes.length >= maxModes)
        problems.push(
          `${at}: "${c.name}" would have ${c.modes.length + 1} modes; this plan allows ${maxModes} ` +
            `per collection (plan the body with --plan matching your Figma plan, or remove a mode)`,
        );
      else c.modes.push(change.id ?? `new-mode-${at}`);
    } else {
      const home = modeHome(change.id);
      if (!home) problems.push(`${at}: mode ${change.id} is not in this file`);
      else if (change.action === 'DELETE') home[1].modes = home[1].modes.filter((m) => m !== change.id);
      else if (change.name !== undefined && modeNameProblem(change.name))
        problems.push(`${at}: ${modeNameProblem(change.name)}`);
    }
  }
  n = 0;
  for (const change of body.variables ?? []) {
    const at = `variables[${n++}]`;
    if (change.action === 'CREATE') {
      claim(change.id, at);
      const c = sim.collections.get(change.variableCollectionId);
      const problem =
        variableNameProblem(change.name) ??
        (change.scopes ? scopeProblem(change.resolvedType, change.scopes) : undefined);
      if (problem) problems.push(`${at} ${change.name}: ${problem}`);
      if (!c) problems.push(`${at} ${change.name}: collection ${change.variableCollectionId} is not in this file`);
      else if ([...c.variables].some((id) => sim.variables.get(id)?.name === change.name))
        problems.push(`${at}: a variable named "${change.name}" already exists in ${c.name}`);
      const id = change.id ?? `new-variable-${at}`;
      sim.variables.set(id, {
        name: change.name,
        collection: change.variableCollectionId,
        type: change.resolvedType,
        aliases: new Map(),
      });
      c?.variables.add(id);
      continue;
    }
    const v = sim.variables.get(change.id);
    if (!v) {
      problems.push(`${at}: variable ${change.id} is not in this file (was the body planned against another export?)`);
      continue;
    }
    if (change.action === 'DELETE') {
      sim.variables.delete(change.id);
      sim.collections.get(v.collection)?.variables.delete(change.id);
      continue;
    }
    const problem =
      (change.name !== undefined ? variableNameProblem(change.name) : undefined) ??
      (change.scopes ? scopeProblem(v.type, change.scopes) : undefined);
    if (problem) problems.push(`${at} ${v.name}: ${problem}`);
    if (change.name !== undefined) v.name = change.name;
  }
  n = 0;
  for (const change of body.variableModeValues ?? []) {
    const at = `variableModeValues[${n++}]`;
    const v = sim.variables.get(change.variableId);
    if (!v) {
      problems.push(`${at}: variable ${change.variableId} is not in this file`);
      continue;
    }
    const home = sim.collections.get(v.collection);
    // An extension's mode takes an override of its root collection's variables (null removes it).
    const override = [...sim.collections.values()].some(
      (c) => c.extension && c.root === v.collection && c.modes.includes(change.modeId),
    );
    if (!home?.modes.includes(change.modeId) && !override) {
      problems.push(`${at} ${v.name}: mode ${change.modeId} is not a mode of its collection or of an extension of it`);
      continue;
    }
    const value = change.value as VariableValue;
    if (value === null) {
      if (!override)
        problems.push(
          `${at} ${v.name}: null removes an override, and ${change.modeId} is not a mode of an extended collection`,
        );
    } else if (override) {
      if (isAlias(value) ? !sim.variables.has(value.id) : !valueFits(v.type, value))
        problems.push(`${at} ${v.name}: ${JSON.stringify(value)} is not a ${v.type} override this file can hold`);
    } else if (isAlias(value)) {
      const target = sim.variables.get(value.id);
      if (!target) problems.push(`${at} ${v.name}: refers to ${value.id}, which this file cannot use`);
      else if (target.type !== v.type)
        problems.push(`${at} ${v.name}: a ${v.type} cannot alias ${target.name} (${target.type})`);
      else v.aliases.set(change.modeId, value.id);
    } else {
      v.aliases.delete(change.modeId);
      if (!valueFits(v.type, value))
        problems.push(`${at} ${v.name}: ${JSON.stringify(value)} is not a ${v.type} value`);
    }
  }
  for (const [id, v] of sim.variables) if (cycles(sim, id)) problems.push(`${v.name}: its aliases would form a cycle`);
  return problems;
}

function cycles(sim: Sim, start: string): boolean {
  const stack = new Set<string>();
  const visit = (id: string): boolean => {
    if (stack.has(id)) return true;
    stack.add(id);
    for (const target of sim.variables.get(id)?.aliases.values() ?? []) if (visit(target)) return true;
    stack.delete(id);
    return false;
  };
  return visit(start);
}

function valueFits(type: VariableResolvedDataType, value: unknown): boolean {
  if (type === 'FLOAT') return typeof value === 'number' && Number.isFinite(value);
  if (type === 'STRING') return typeof value === 'string';
  if (type === 'BOOLEAN') return typeof value === 'boolean';
  const c = value as Record<string, unknown>;
  const channel = (x: unknown) => typeof x === 'number' && x >= 0 && x <= 1;
  return (
    !!c && typeof c === 'object' && channel(c.r) && channel(c.g) && channel(c.b) && (c.a === undefined || channel(c.a))
  );
}

/** The body through figma.variables, in the POST's order; temporary ids become the real ones. */
async function apply(api: LiveryPluginApi, body: PostVariablesRequestBody): Promise<string[]> {
  const changes: string[] = [];
  const real = new Map<string, string>();
  const id = (x: string) => real.get(x) ?? x;
  const collections = new Map(
    (await api.variables.getLocalVariableCollectionsAsync()).map((c) => [c.id, c] as [string, PluginCollection]),
  );
  const variables = new Map(
    (await api.variables.getLocalVariablesAsync()).map((v) => [v.id, v] as [string, PluginVariable]),
  );
  const collectionOf = (x: string) => collections.get(id(x))!;
  for (const change of body.variableCollections ?? []) {
    if (change.action === 'CREATE') {
      const c = api.variables.createVariableCollection(change.name);
      collections.set(c.id, c);
      if (change.id) real.set(change.id, c.id);
      if (change.initialModeId) real.set(change.initialModeId, c.defaultModeId);
      if (change.hiddenFromPublishing) c.hiddenFromPublishing = true;
      changes.push(`created collection ${change.name}`);
    } else if (change.action === 'UPDATE') {
      const c = collectionOf(change.id);
      if (change.name !== undefined) c.name = change.name;
      if (change.hiddenFromPublishing !== undefined) c.hiddenFromPublishing = change.hiddenFromPublishing;
      changes.push(`updated collection ${c.name}`);
    } else {
      const c = collectionOf(change.id);
      changes.push(`deleted collection ${c.name}`);
      c.remove();
    }
  }
  const homeOfMode = (modeId: string) =>
    [...collections.values()].find((c) => c.modes.some((m) => m.modeId === id(modeId)))!;
  for (const change of body.variableModes ?? []) {
    if (change.action === 'CREATE') {
      const c = collectionOf(change.variableCollectionId);
      const modeId = c.addMode(change.name);
      if (change.id) real.set(change.id, modeId);
      changes.push(`added mode ${change.name} to ${c.name}`);
    } else if (change.action === 'UPDATE') {
      const c = homeOfMode(change.id);
      if (change.name !== undefined) c.renameMode(id(change.id), change.name);
      changes.push(`renamed a mode of ${c.name} to ${change.name}`);
    } else {
      const c = homeOfMode(change.id);
      c.removeMode(id(change.id));
      changes.push(`removed a mode of ${c.name}`);
    }
  }
  for (const change of body.variables ?? []) {
    if (change.action === 'CREATE') {
      const v = api.variables.createVariable(
        change.name,
        collectionOf(change.variableCollectionId),
        change.resolvedType,
      );
      variables.set(v.id, v);
      if (change.id) real.set(change.id, v.id);
      setMeta(v, change);
      changes.push(`created ${change.name}`);
      continue;
    }
    const v = variables.get(id(change.id))!;
    if (change.action === 'DELETE') {
      changes.push(`deleted ${v.name}`);
      v.remove();
      continue;
    }
    const before = v.name;
    if (change.name !== undefined) v.name = change.name;
    setMeta(v, change);
    changes.push(
      change.name !== undefined && change.name !== before ? `renamed ${before} to ${change.name}` : `updated ${v.name}`,
    );
  }
  let values = 0;
  for (const change of body.variableModeValues ?? []) {
    const value = change.value as VariableValue;
    const variable = variables.get(id(change.variableId))!;
    if (value === null) {
      // Removing an extension's override (the REST body says so with null).
      variable.removeOverrideForMode(id(change.modeId));
    } else
      variable.setValueForMode(
        id(change.modeId),
        (isAlias(value) ? { type: 'VARIABLE_ALIAS', id: id(value.id) } : value) as never,
      );
    values++;
  }
  if (values) changes.push(`set ${values} value${values === 1 ? '' : 's'}`);
  return changes;
}

function setMeta(v: PluginVariable, change: VariableCreate | VariableUpdate): void {
  if (change.description !== undefined) v.description = change.description;
  if (change.hiddenFromPublishing !== undefined) v.hiddenFromPublishing = change.hiddenFromPublishing;
  // The REST and plugin scope lists are the same strings; scopeProblem() has checked them already.
  if (change.scopes !== undefined) v.scopes = change.scopes as PluginVariable['scopes'];
  if (change.codeSyntax !== undefined) {
    for (const platform of ['WEB', 'ANDROID', 'iOS'] as const) {
      const text = change.codeSyntax[platform];
      if (text) v.setVariableCodeSyntax(platform, text);
      else if (v.codeSyntax[platform]) v.removeVariableCodeSyntax(platform);
    }
  }
}

const isAlias = (v: unknown): v is { type: 'VARIABLE_ALIAS'; id: string } =>
  !!v && typeof v === 'object' && (v as { type?: unknown }).type === 'VARIABLE_ALIAS';
