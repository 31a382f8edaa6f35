/** A token as written in one DTCG file, before any layering or alias resolution. */
export interface TokenDefinition {
  /** Dotted path, e.g. `color.text.primary`. */
  name: string;
  path: string[];
  /** `$type`, inherited from the nearest group when the token has none; undefined for bare aliases. */
  type: string | undefined;
  /** `$value` as written: literals, `{a.b}` references, or composites mixing both. */
  value: unknown;
  description?: string;
  /** DTCG `$deprecated`: true, or a message that names the replacement as `{a.b}`. */
  deprecated?: boolean | string;
  extensions?: Record<string, unknown>;
  /** File the definition came from, relative to the working directory. */
  file: string;
  /** Dotted path of the token or group whose `$type` applies ('' for the file's root); unset when untyped. */
  typeFrom?: string;
  /** The `$type` its group hands down, when the token sets a different one itself. */
  groupType?: string;
  /**
   * Its `$type` or `$value` is wrong and was already reported. It stays in the brand so that tokens
   * referring to it are not reported again as "does not exist", and so later checks still run.
   */
  invalid?: true;
}

/** Namespace for Livery's own metadata inside `$extensions`. */
export const LIVERY_EXTENSION = 'org.livery';

export function liveryExtension(token: Pick<TokenDefinition, 'extensions'>): Record<string, unknown> {
  const ext = token.extensions?.[LIVERY_EXTENSION];
  return ext && typeof ext === 'object' ? (ext as Record<string, unknown>) : {};
}

const REFERENCE = /^\{([^{}]+)\}$/;

/** The token name a value refers to, when the whole value is a `{a.b.c}` reference. */
export function referenceName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return REFERENCE.exec(value)?.[1];
}

/** Every `{a.b}` reference anywhere inside a (possibly composite) value. */
export function referencesIn(value: unknown, found: string[] = []): string[] {
  const name = referenceName(value);
  if (name) found.push(name);
  else if (Array.isArray(value)) for (const item of value) referencesIn(item, found);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) referencesIn(item, found);
  return found;
}

/** The replacement a deprecated token names in its `$deprecated` message, if any. */
export function deprecationReplacement(token: Pick<TokenDefinition, 'deprecated'>): string | undefined {
  if (typeof token.deprecated !== 'string') return undefined;
  return /\{([^{}]+)\}/.exec(token.deprecated)?.[1];
}
