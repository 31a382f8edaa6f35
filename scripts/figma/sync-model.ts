import type { RGBA, VariableCodeSyntax, VariableResolvedDataType, VariableScope } from '@figma/rest-api-spec';

/**
 * The one shape both sides of the sync are projected into, so that drift, push and pull compare
 * like with like: Figma's view of a token (resolvedType, per-mode values in Figma units) whether
 * it was read from `tokens/` or from `GET /v1/files/:key/variables/local`.
 */

/** An alias by token name (`palette.blue`), not by Figma id: ids differ per file, names do not. */
export interface AliasValue {
  alias: string;
}

export type SyncValue = boolean | number | string | RGBA | AliasValue;

export interface SyncVariable {
  /** Dotted token name, `color.text.primary` (Figma: `color/text/primary`). */
  name: string;
  collection: string;
  resolvedType: VariableResolvedDataType;
  description: string;
  scopes: VariableScope[];
  codeSyntax: VariableCodeSyntax;
  hiddenFromPublishing: boolean;
  /** Mode name → value. */
  values: Map<string, SyncValue>;
}

export interface SyncCollection {
  name: string;
  /** Mode names, default first. */
  modes: string[];
  variables: Map<string, SyncVariable>;
}

export interface SyncModel {
  collections: Map<string, SyncCollection>;
}

export const isAlias = (v: unknown): v is AliasValue => !!v && typeof v === 'object' && 'alias' in v;

/** `primitives/palette` + `palette.blue` → a key unique across collections. */
export const variableKey = (collection: string, name: string): string => `${collection}::${name}`;

/** Figma variable names use `/` for groups; DTCG uses `.`. */
export const toFigmaName = (name: string): string => name.split('.').join('/');
export const fromFigmaName = (name: string): string =>
  name
    .split('/')
    .map((s) => s.trim())
    .join('.');
