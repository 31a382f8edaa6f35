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
}

const FIGMA_KEYS = ['file', 'resolver', 'modes', 'state'] as const;

export function parseFigmaSection(raw: unknown, file: string): FigmaSettings {
  if (raw === undefined) return {};
  const input = objectAt(raw, file, 'figma', `with ${FIGMA_KEYS.join(', ')}`);
  onlyKeys(input, FIGMA_KEYS, file, 'figma.');
  const settings: FigmaSettings = {};
  for (const key of FIGMA_KEYS) {
    const value = input[key];
    if (value === undefined) continue;
    if (typeof value !== 'string' || !value) throw new ConfigError(file, `figma.${key}`, `must be a non-empty string (got ${JSON.stringify(value)})`);
    settings[key] = value;
  }
  return settings;
}
