import { closestNames } from '../diagnostics.ts';
import { EXIT } from '../exit-codes.ts';

/**
 * Every mistake in `livery.config.json` (or `package.json#livery`), whichever command reads it:
 * the file, the key path inside it, and what to write instead. Commands exit 2 on it.
 */
export class ConfigError extends Error {
  readonly exitCode = EXIT.usage;
  readonly file: string;
  readonly key: string;

  constructor(file: string, key: string, message: string) {
    super(`${file}${key ? ` › ${key}` : ''}: ${message}`);
    this.name = 'ConfigError';
    this.file = file;
    this.key = key;
  }
}

/** ` (did you mean x?)` when a candidate is close, else ''. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const [best] = closestNames(name, candidates);
  return best ? ` (did you mean ${best}?)` : '';
}

/** Throws unless `value` is a plain object; names what belongs there. */
export function objectAt(value: unknown, file: string, key: string, shape: string): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new ConfigError(file, key, `must be an object ${shape}`);
  return value as Record<string, unknown>;
}

/** Throws on the first key not in `known`, with a did-you-mean. */
export function onlyKeys(
  object: Record<string, unknown>,
  known: readonly string[],
  file: string,
  prefix: string,
): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key))
      throw new ConfigError(
        file,
        `${prefix}${key}`,
        `unknown key${didYouMean(key, known)}; known keys: ${known.join(', ')}`,
      );
  }
}

export function stringsAt(value: unknown, file: string, key: string, what: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
    throw new ConfigError(file, key, `must be an array of ${what}`);
  return value as string[];
}
