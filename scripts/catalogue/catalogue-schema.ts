/** The shape of dist/tokens.json, written by formats/json-catalogue.ts and read by read-catalogue.ts. */
export interface CatalogueContextValue {
  /** As written in the context's file (references kept). */
  raw: unknown;
  /** Resolved DTCG value in this context (other modifiers at their defaults). */
  value: unknown;
  css: string;
  file: string;
}

export interface CatalogueToken {
  name: string;
  path: string[];
  type: string;
  cssVariable: string;
  /** The shorthand and, for composites, the per-field custom properties. */
  cssVariables: string[];
  jsName: string;
  description: string;
  file: string;
  status: string;
  owner: string | undefined;
  deprecated: { message: string; replacement: string | null } | null;
  raw: unknown;
  value: unknown;
  css: string;
  /** `modifier:context` → value, only for contexts that change this token. */
  contexts: Record<string, CatalogueContextValue>;
  extensions: Record<string, unknown>;
}

export interface CatalogueModifier {
  name: string;
  description: string;
  default: string;
  contexts: string[];
  attribute: string;
  media: Record<string, string>;
}

/** What the catalogue was built from, so a reader can tell that tokens/ changed since (build-record.ts). */
export interface CatalogueSources {
  /** The resolver's folder, relative to the catalogue's folder (`../tokens`). */
  root: string;
  /** The resolver, relative to `root`. */
  resolver: string;
  /** When the build ran (ms since the epoch): a file not modified since is not hashed again. */
  builtAt: number;
  /** The resolver and every token file it lists, relative to `root` → `sha256-<base64>`. */
  files: Record<string, string>;
}

export interface CatalogueFile {
  $schema: string;
  name: string;
  resolver: string;
  modifiers: CatalogueModifier[];
  tokens: Record<string, CatalogueToken>;
  /** Absent in catalogues built before it was recorded; then staleness is not checked. */
  sources?: CatalogueSources;
}
