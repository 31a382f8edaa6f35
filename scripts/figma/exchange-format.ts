import type { GetLocalVariablesResponse, PostVariablesRequestBody } from '@figma/rest-api-spec';
import { FIGMA_LIMITS, MODES_BY_PLAN, type FigmaPlan } from './figma-rules.ts';

/**
 * The two files that carry a sync through the Livery plugin instead of the REST API (which only
 * Enterprise plans have):
 * - an export: the file's variables exactly as GET /v1/files/:key/variables/local returns them,
 *   plus a `livery` stamp (tool, format version, file key and name);
 * - a body: exactly the POST /v1/files/:key/variables body push would send, plus a stamp naming the
 *   file it was planned against and the mode limit of the designer's plan.
 * This module owns both formats; the plugin writes exports and reads bodies, the CLI the reverse.
 */
export const EXPORT_FORMAT = 'liverykit-figma-export';
export const BODY_FORMAT = 'liverykit-figma-body';
/** Bumped when a reader could misread an older file; older files are refused with a clear message. */
export const EXCHANGE_VERSION = 1;

export interface ExchangeStamp {
  format: typeof EXPORT_FORMAT | typeof BODY_FORMAT;
  version: number;
  /** The Figma file key (figma.fileKey); empty when the plugin could not read it. */
  fileKey: string;
  fileName: string;
  /** Variables the export leaves out, named with their type (types the REST API has no shape for). */
  skipped?: string[];
}

export type VariablesExport = GetLocalVariablesResponse & { livery: ExchangeStamp };

export interface VariablesBody {
  livery: ExchangeStamp & { modesPerCollection: number; plan: FigmaPlan };
  body: PostVariablesRequestBody;
}

export class ExchangeFileError extends Error {}

export function makeBody(body: PostVariablesRequestBody, target: ExchangeStamp, plan: FigmaPlan): VariablesBody {
  return {
    livery: {
      format: BODY_FORMAT,
      version: EXCHANGE_VERSION,
      fileKey: target.fileKey,
      fileName: target.fileName,
      plan,
      modesPerCollection: MODES_BY_PLAN[plan],
    },
    body,
  };
}

/**
 * Checks a body (parsed JSON from the designer's clipboard or a file) before anything is applied:
 * ours, current, planned for this file. Returns what is wrong, or [] when it may be applied.
 */
export function bodyProblems(json: unknown, fileKey: string): string[] {
  if (!isRecord(json) || !isRecord(json.livery) || json.livery.format !== BODY_FORMAT) {
    return [
      'this is not a body planned by `liverykit figma push --to-file` (no livery.format "liverykit-figma-body"); plan one with liverykit and open that file',
    ];
  }
  const stamp = json.livery as unknown as VariablesBody['livery'];
  if (stamp.version !== EXCHANGE_VERSION)
    return [
      `this body has format version ${String(stamp.version)}, this plugin reads version ` +
        `${EXCHANGE_VERSION}; update liverykit and the plugin to the same release and plan again`,
    ];
  if (stamp.fileKey && fileKey && stamp.fileKey !== fileKey)
    return [
      `this body was planned against file ${stamp.fileKey} ("${stamp.fileName}"), not this file ` +
        `(${fileKey}); export this file, plan again with --from-export, and apply the new body here`,
    ];
  if (!isRecord(json.body)) return ['the body has no "body" object (the file is truncated or edited); plan again'];
  const limit = Number(stamp.modesPerCollection);
  if (!(limit >= 1 && limit <= FIGMA_LIMITS.modesPerCollection))
    return [
      `livery.modesPerCollection must be 1 to ${FIGMA_LIMITS.modesPerCollection}, got ${String(stamp.modesPerCollection)}`,
    ];
  return [];
}

/** Checks parsed JSON is a complete export of this format version; `file` names it in messages. */
export function checkExport(json: unknown, file: string): VariablesExport {
  stampOf(
    json,
    file,
    EXPORT_FORMAT,
    'Export variables in the Livery plugin (Plugins › Development › Livery › Export) and pass that file',
  );
  const meta = (json as { meta?: { variables?: unknown; variableCollections?: unknown } }).meta;
  if (!meta || !isRecord(meta.variables) || !isRecord(meta.variableCollections)) {
    throw new ExchangeFileError(
      `${file}: has no meta.variables and meta.variableCollections objects; it is not a complete export (export again from the plugin)`,
    );
  }
  for (const [id, variable] of Object.entries(meta.variables)) {
    const v = variable as { id?: unknown; name?: unknown; variableCollectionId?: unknown; valuesByMode?: unknown };
    if (
      v.id !== id ||
      typeof v.name !== 'string' ||
      typeof v.variableCollectionId !== 'string' ||
      !isRecord(v.valuesByMode)
    ) {
      throw new ExchangeFileError(
        `${file}: meta.variables["${id}"] is incomplete (id, name, variableCollectionId, valuesByMode); export again from the plugin`,
      );
    }
  }
  for (const [id, collection] of Object.entries(meta.variableCollections)) {
    const c = collection as { id?: unknown; modes?: unknown; defaultModeId?: unknown };
    if (c.id !== id || !Array.isArray(c.modes) || typeof c.defaultModeId !== 'string') {
      throw new ExchangeFileError(
        `${file}: meta.variableCollections["${id}"] is incomplete (id, modes, defaultModeId); export again from the plugin`,
      );
    }
  }
  return json as VariablesExport;
}

function stampOf(json: unknown, file: string, format: string, fix: string): ExchangeStamp {
  if (!isRecord(json) || !isRecord(json.livery)) {
    const hint =
      isRecord(json) && isRecord(json.meta) ? " (it looks like a raw REST reply or another tool's export)" : '';
    throw new ExchangeFileError(`${file}: is not a Livery export: no "livery" stamp${hint}. ${fix}`);
  }
  const stamp = json.livery as Partial<ExchangeStamp>;
  if (stamp.format !== format)
    throw new ExchangeFileError(`${file}: is a "${String(stamp.format)}" file, not a "${format}". ${fix}`);
  if (stamp.version !== EXCHANGE_VERSION) {
    throw new ExchangeFileError(
      `${file}: was written by ${Number(stamp.version) < EXCHANGE_VERSION ? 'an older' : 'a newer'}` +
        ` plugin (format version ${String(stamp.version)}; this liverykit reads ` +
        `${EXCHANGE_VERSION}). Update the plugin and liverykit to the same release and export again`,
    );
  }
  return stamp as ExchangeStamp;
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
