import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DiagnosticsError } from '../diagnostics.ts';
import { loadBrand } from '../build/load-brand.ts';
import { listInLastSet } from '../resolver/list-in-resolver.ts';
import { FigmaClient, type FigmaClientOptions } from './api.ts';
import { buildCodeModel, type CodeModel } from './code-model.ts';
import {
  applyPreference,
  compare,
  entryHash,
  nextState,
  readState,
  writeState,
  type DriftEntry,
  type SyncState,
} from './drift.ts';
import { variableKey } from './sync-model.ts';
import { readExportFile } from './exchange-files.ts';
import {
  EXCHANGE_VERSION,
  EXPORT_FORMAT,
  ExchangeFileError,
  makeBody,
  type VariablesExport,
} from './exchange-format.ts';
import { MODES_BY_PLAN, type FigmaPlan } from './figma-rules.ts';
import { applyRenames, detectRenames, recordIds, type Rename } from './renames.ts';
import { META } from './drift.ts';
import { buildFigmaModel, type FigmaModel } from './figma-model.ts';
import { planPull, type PullPlan } from './pull.ts';
import { entryId, MAX_REQUEST_BYTES, planPush, PushError, sendPush, splitRequests, type PushPlan } from './push.ts';
import { writeFilesAtomically } from './token-writer.ts';

/** What every sync command shares: the brand, the file's variables, the last sync, the drift. */
export interface SyncOptions {
  fileKey: string;
  resolverFile: string;
  client: FigmaClient | FigmaClientOptions;
  /** Read the file's variables from a plugin export instead of the REST API (any Figma plan). */
  fromExport?: string;
  /** push: write the planned body here for the plugin's Apply instead of POSTing it. */
  toFile?: string;
  /** The designer's Figma plan: its modes per collection bound the plan (default enterprise, 40). */
  plan?: FigmaPlan;
  /** The modifier whose contexts are Figma modes (default: `theme`, else the first modifier). */
  modes?: string;
  /** Default: `figma-sync.json` beside the resolver. */
  stateFile?: string;
  prefer?: 'figma' | 'code';
  prune?: boolean;
  dryRun?: boolean;
  maxRequestBytes?: number;
}

export interface SyncContext {
  client: FigmaClient;
  /** The plugin export read instead of the REST API, if any. */
  exported: VariablesExport | undefined;
  /** Renamed since the last sync (told apart from delete + create by the ids in the state). */
  renames: Rename[];
  code: CodeModel;
  figma: FigmaModel;
  state: SyncState;
  stateFile: string;
  /** Drift after `--prefer`: conflicts remain only without a preference. */
  entries: DriftEntry[];
  conflicts: DriftEntry[];
}

export async function loadSync(options: SyncOptions, baseState?: SyncState): Promise<SyncContext> {
  const client = options.client instanceof FigmaClient ? options.client : new FigmaClient(options.client);
  const brand = loadBrand(options.resolverFile);
  const code = buildCodeModel(brand, options.modes);
  const exported = options.fromExport ? readExportFile(options.fromExport) : undefined;
  if (exported?.livery.fileKey && options.fileKey && exported.livery.fileKey !== options.fileKey) {
    throw new ExchangeFileError(
      `${options.fromExport}: is an export of file ${exported.livery.fileKey} ` +
        `("${exported.livery.fileName}"), not of --file ${options.fileKey}; export the right file, ` +
        `or drop --file to use the export's`,
    );
  }
  const response = exported ?? (await client.getLocalVariables(options.fileKey));
  const figmaNames = new Set(
    Object.values(response.meta.variables)
      .filter((v) => !v.remote)
      .map((v) => v.name.split('/').join('.')),
  );
  const figma = buildFigmaModel(response, {
    defaultMode: code.defaultMode,
    modes: [...(code.modeModifier?.contexts.keys() ?? [code.defaultMode])],
    isKnownName: (name) => brand.tokens.has(name) || figmaNames.has(name),
  });
  // Modes Figma has on a collection that code keeps in one mode are compared value by value.
  for (const collection of figma.sync.collections.values())
    for (const mode of collection.modes) code.ensureMode(collection.name, mode);
  const stateFile = options.stateFile ?? join(dirname(options.resolverFile), 'figma-sync.json');
  const state = baseState ?? readState(stateFile, options.fileKey);
  const renames = detectRenames(code.sync, figma, state);
  applyRenames(renames, code, figma, state);
  const entries = applyPreference(compare(code.sync, figma.sync, state), options.prefer);
  return {
    client,
    exported,
    renames,
    code,
    figma,
    state,
    stateFile,
    entries,
    conflicts: entries.filter((e) => e.status === 'conflict'),
  };
}

export interface PullOutcome {
  context: SyncContext;
  plan: PullPlan | undefined;
  written: string[];
}

/** Conflicts stop the run before anything is written. */
export async function pull(options: SyncOptions): Promise<PullOutcome> {
  const context = await loadSync(options);
  if (context.conflicts.length) return { context, plan: undefined, written: [] };
  const plan = planPull(context.code, context.entries, { prune: !!options.prune }, context.renames);
  if (options.dryRun) return { context, plan, written: [] };
  const changes = plan.files.changes();
  // The resolver is the one description of the brand: a new collection's file is listed in it.
  const resolverText = plan.newFiles.length ? readFileSync(options.resolverFile, 'utf8') : undefined;
  const listed =
    resolverText === undefined ? undefined : listInLastSet(resolverText, options.resolverFile, plan.newFiles);
  if (listed) changes.set(options.resolverFile, listed.text);
  const written = writeFilesAtomically(changes);
  // The brand must still load: if the pulled values break it, put every file back as it was.
  try {
    if (written.length) loadBrand(options.resolverFile);
  } catch (error) {
    const originals = plan.files.originals();
    if (resolverText !== undefined) originals.set(options.resolverFile, resolverText);
    writeFilesAtomically(
      new Map(
        written.flatMap((file) => {
          const text = originals.get(file);
          if (text === undefined) rmSync(file, { force: true });
          return text === undefined ? [] : [[file, text] as [string, string]];
        }),
      ),
    );
    throw error instanceof DiagnosticsError
      ? new DiagnosticsError([
          {
            severity: 'error',
            group: 'figma',
            file: options.resolverFile,
            message:
              'the pulled values would leave the brand invalid (below); every file was restored and the sync state was not changed',
          },
          ...error.diagnostics,
        ])
      : error;
  }
  // After the pull code agrees with Figma wherever Figma changed: record it as the new base.
  const state = recordIds(
    nextState(context.state, context.entries, new Set(plan.applied), 'figma'),
    context.figma.variableIds,
  );
  writeState(context.stateFile, options.fileKey, state, context.code.modeModifier?.name);
  return { context, plan, written };
}

export interface PushOutcome {
  context: SyncContext;
  plan: PushPlan | undefined;
  requests: number;
  error?: PushError;
}

/** How often a push re-reads the file and re-plans after a write whose reply was lost. */
const MAX_REPLANS = 3;

export async function push(options: SyncOptions): Promise<PushOutcome> {
  let context = await loadSync(options);
  if (context.conflicts.length) return { context, plan: undefined, requests: 0 };
  // The plugin route is for plans without the REST API: Professional unless told otherwise.
  const figmaPlan = options.plan ?? (options.toFile ? 'professional' : 'enterprise');
  let plan = planPush(context.code, context.figma, context.entries, {
    prune: !!options.prune,
    renames: context.renames,
    maxModes: MODES_BY_PLAN[figmaPlan],
  });
  if (options.dryRun || plan.errors.length) return { context, plan, requests: 0 };
  if (options.toFile) {
    // Nothing is applied yet: the state is recorded when the designer applies the body and the
    // next pull --from-export finds both sides equal.
    const target = context.exported?.livery ?? {
      format: EXPORT_FORMAT,
      version: EXCHANGE_VERSION,
      fileKey: options.fileKey,
      fileName: '',
    };
    writeFilesAtomically(
      new Map([[options.toFile, `${JSON.stringify(makeBody(plan.body, target, figmaPlan), null, 2)}\n`]]),
    );
    return { context, plan, requests: 0 };
  }
  const firstPlan = plan;
  let requests = 0;
  let error: PushError | undefined;
  let realIds = new Map<string, string>();
  for (let replans = 0; ; replans++) {
    const chunks = splitRequests(plan.ops, options.maxRequestBytes ?? MAX_REQUEST_BYTES);
    try {
      realIds = await sendPush(context.client, options.fileKey, chunks, () => requests++);
      error = undefined;
      break;
    } catch (e) {
      if (!(e instanceof PushError)) throw e;
      requests++;
      error = e;
      if (!e.uncertain || replans >= MAX_REPLANS) break;
      // The reply was lost: Figma may have applied the request. Re-read the file and plan what is
      // still missing, so nothing is created twice.
      const state = structuredClone(context.state);
      let fresh: SyncContext;
      try {
        fresh = await loadSync(options, state);
      } catch {
        break;
      }
      baseForPlaceholders(fresh, firstPlan, state);
      context = {
        ...fresh,
        entries: applyPreference(compare(fresh.code.sync, fresh.figma.sync, state), options.prefer),
        state,
      };
      context.conflicts = context.entries.filter((entry) => entry.status === 'conflict');
      plan = planPush(context.code, context.figma, context.entries, {
        prune: !!options.prune,
        renames: context.renames,
        maxModes: MODES_BY_PLAN[figmaPlan],
      });
      if (plan.errors.length || context.conflicts.length) break;
    }
  }
  const applied = new Set(plan.applied.filter((entry) => !error?.notApplied.has(entryId(entry))));
  const state = nextState(context.state, context.entries, applied, 'code');
  if (error && !error.uncertain) await recordPlacedValues(context, plan, error, state, options.fileKey);
  const ids = new Map([...context.figma.variableIds].map(([key, id]) => [key, realIds.get(id) ?? id]));
  for (const op of plan.ops) {
    if (op.kind === 'variables' && op.change.action === 'CREATE' && op.entry && realIds.has(op.change.id!))
      ids.set(op.entry.replace(/@[^@]*$/, ''), realIds.get(op.change.id!)!);
  }
  writeState(context.stateFile, options.fileKey, recordIds(state, ids), context.code.modeModifier?.name);
  return { context, plan, requests, ...(error ? { error } : {}) };
}

/**
 * Variables the first plan created that exist now hold Figma's placeholder values wherever their
 * values did not arrive: those become their base, so the re-plan fills them in instead of calling
 * them conflicts.
 */
function baseForPlaceholders(context: SyncContext, firstPlan: PushPlan, state: SyncState): void {
  const created = new Set(
    firstPlan.ops.flatMap((op) =>
      op.kind === 'variables' && op.change.action === 'CREATE' && op.entry ? [op.entry.replace(/@[^@]*$/, '')] : [],
    ),
  );
  for (const key of created) {
    const [collection, name] = key.split('::') as [string, string];
    const variable = context.figma.sync.collections.get(collection)?.variables.get(name);
    if (!variable || state[key]) continue;
    for (const mode of [META, ...variable.values.keys()]) {
      const hash = entryHash(variable, mode);
      if (hash && entryHash(context.code.sync.collections.get(collection)?.variables.get(name), mode) !== hash)
        (state[key] ??= {})[mode] = hash;
    }
  }
}
/**
 * A variable created by an applied request whose values were in a failed one holds Figma's
 * placeholder values, which nobody chose: they become its base, so the next push fills them in
 * instead of calling them a conflict.
 */
async function recordPlacedValues(
  context: SyncContext,
  plan: PushPlan,
  error: PushError,
  state: SyncState,
  fileKey: string,
): Promise<void> {
  const created = new Set(
    plan.ops.flatMap((op) =>
      op.kind === 'variables' && op.change.action === 'CREATE' && op.entry && !error.notApplied.has(op.entry)
        ? [op.entry.replace(/@[^@]*$/, '')]
        : [],
    ),
  );
  if (!created.size) return;
  let figma: FigmaModel;
  try {
    figma = buildFigmaModel(await context.client.getLocalVariables(fileKey), {
      defaultMode: context.code.defaultMode,
      modes: [...(context.code.modeModifier?.contexts.keys() ?? [context.code.defaultMode])],
      isKnownName: (name) => context.code.brand.tokens.has(name),
    });
  } catch {
    return; // Figma is unreachable: the next run sees these as conflicts and says so.
  }
  for (const entry of context.entries) {
    const key = variableKey(entry.collection, entry.name);
    if (!created.has(key) || !error.notApplied.has(entryId(entry))) continue;
    const hash = entryHash(figma.sync.collections.get(entry.collection)?.variables.get(entry.name), entry.mode);
    if (hash) (state[key] ??= {})[entry.mode] = hash;
  }
}
