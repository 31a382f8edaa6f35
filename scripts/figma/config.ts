import { ConfigError, objectAt, onlyKeys } from '../config/config-error.ts';

/**
 * The `figma` section of the config: defaults for `livery figma`'s options, so a team writes its
 * file key once: { "figma": { "file": "<key>", "resolver": "tokens/livery.resolver.json", "modes": "theme", "state": "figma-sync.json" } }.
 * An option given on the command line wins.
 */
export interface FigmaSettings {
  file?: string;
  resolver?: string;
  modes?: string;
  state?: string;
  /** Published style keys of the brand library: audit flags any other style (by key, not name). */
  styleKeys?: string[];
}

const FIGMA_KEYS = ['file', 'resolver', 'modes', 'state', 'styleKeys'] as const;

export function parseFigmaSection(raw: unknown, file: string): FigmaSettings {
  if (raw === undefined) return {};
  const input = objectAt(raw, file, 'figma', `with ${FIGMA_KEYS.join(', ')}`);
  onlyKeys(input, FIGMA_KEYS, file, 'figma.');
  const settings: FigmaSettings = {};
  for (const key of FIGMA_KEYS) {
    const value = input[key];
    if (value === undefined) continue;
    if (key === 'styleKeys') {
      if (!Array.isArray(value) || !value.every((k) => typeof k === 'string' && k))
        throw new ConfigError(
          file,
          'figma.styleKeys',
          `must be an array of style keys (GET /v1/files/<library>/styles lists them), got ${JSON.stringify(value)}`,
        );
      settings.styleKeys = value as string[];
      continue;
    }
    if (typeof value !== 'string' || !value)
      throw new ConfigError(file, `figma.${key}`, `must be a non-empty string (got ${JSON.stringify(value)})`);
    settings[key] = value;
  }
  return settings;
}
