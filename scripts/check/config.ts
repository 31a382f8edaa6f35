import { closestNames } from '../diagnostics.ts';

/**
 * `livery check` settings: livery.config.json → "check", or package.json → "livery"."check".
 * {
 *   "rules": { "contrast": "error", "contrast-apca": ["warn", { "body": 75 }], "no-hue-names": "off" },
 *   "pairs": [{ "foreground": "color.status.*.fg", "on": ["color.status.$1.bg"], "usage": "body" }],
 *   "primitives": ["**\/primitives/**"],
 *   "backdrop": "color.surface.page"
 * }
 */
export type RuleSeverity = 'error' | 'warn' | 'off';
export const USAGES = ['body', 'large', 'non-text'] as const;
export type Usage = (typeof USAGES)[number];

/** A family of pairs declared once: `*` matches one path segment, `**` any number, `$1`… repeat what the foreground's `*`s matched. */
export interface PairRule {
  foreground: string;
  on: string[];
  usage: Usage;
}

export interface CheckConfig {
  rules: Record<string, RuleSeverity | [RuleSeverity, Record<string, unknown>]>;
  pairs: PairRule[];
  /** Globs (against the token's file) of the primitive layer; every other file is the semantic layer. */
  primitives: string[];
  /** Translucent backgrounds are composited over this token (or white when it does not exist). */
  backdrop: string;
  /** Where the settings came from, for messages. */
  source: string;
}

export const DEFAULT_CONFIG: CheckConfig = {
  rules: {},
  pairs: [],
  primitives: ['**/primitives/**', '**/primitives.tokens.json', '**/*.primitives.tokens.json'],
  backdrop: 'color.surface.page',
  source: 'defaults',
};

export class ConfigError extends Error {}

const SEVERITIES = new Set(['error', 'warn', 'off']);

/** Validates raw settings against the known rule ids; throws ConfigError naming the file and the fix. */
export function parseCheckConfig(raw: unknown, source: string, ruleIds: string[]): CheckConfig {
  if (raw === undefined) return { ...DEFAULT_CONFIG, source };
  const where = (at: string) => `${source} › check${at}`;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(`${where('')}: expected an object with "rules", "pairs", "primitives" or "backdrop"`);
  const input = raw as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!['rules', 'pairs', 'primitives', 'backdrop'].includes(key)) {
      throw new ConfigError(`${where(`.${key}`)}: unknown setting (allowed: rules, pairs, primitives, backdrop)`);
    }
  }
  const config: CheckConfig = { ...DEFAULT_CONFIG, rules: {}, pairs: [], source };
  if (input.rules !== undefined) {
    if (!input.rules || typeof input.rules !== 'object' || Array.isArray(input.rules)) throw new ConfigError(`${where('.rules')}: expected { "<rule id>": "error" | "warn" | "off" }`);
    for (const [id, setting] of Object.entries(input.rules as Record<string, unknown>)) {
      if (!ruleIds.includes(id)) {
        const guess = closestNames(id, ruleIds);
        throw new ConfigError(`${where(`.rules.${id}`)}: unknown rule${guess.length ? ` (did you mean ${guess[0]}?)` : ''}; rules: ${ruleIds.join(', ')}`);
      }
      const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
      if (!SEVERITIES.has(severity as string)) throw new ConfigError(`${where(`.rules.${id}`)}: severity must be "error", "warn" or "off", got ${JSON.stringify(severity)}`);
      if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
        throw new ConfigError(`${where(`.rules.${id}`)}: options must be an object, as in ["error", { … }]`);
      }
      config.rules[id] = options ? [severity as RuleSeverity, options as Record<string, unknown>] : (severity as RuleSeverity);
    }
  }
  if (input.pairs !== undefined) {
    if (!Array.isArray(input.pairs)) throw new ConfigError(`${where('.pairs')}: expected an array of { foreground, on, usage }`);
    input.pairs.forEach((p: unknown, i) => {
      const pair = p as Record<string, unknown>;
      if (!pair || typeof pair.foreground !== 'string' || !Array.isArray(pair.on) || !pair.on.every((x) => typeof x === 'string') || !USAGES.includes(pair.usage as Usage)) {
        throw new ConfigError(`${where(`.pairs[${i}]`)}: expected { "foreground": "color.status.*.fg", "on": ["color.status.$1.bg"], "usage": "body" | "large" | "non-text" }`);
      }
      config.pairs.push({ foreground: pair.foreground, on: pair.on as string[], usage: pair.usage as Usage });
    });
  }
  if (input.primitives !== undefined) {
    if (!Array.isArray(input.primitives) || !input.primitives.every((x) => typeof x === 'string')) throw new ConfigError(`${where('.primitives')}: expected an array of file globs`);
    config.primitives = input.primitives as string[];
  }
  if (input.backdrop !== undefined) {
    if (typeof input.backdrop !== 'string') throw new ConfigError(`${where('.backdrop')}: expected a token name`);
    config.backdrop = input.backdrop;
  }
  return config;
}

/** The severity and options a rule runs with, after the config. */
export function ruleSetting<O>(config: CheckConfig, id: string, defaultSeverity: RuleSeverity, defaultOptions: O): { severity: RuleSeverity; options: O } {
  const setting = config.rules[id];
  if (setting === undefined) return { severity: defaultSeverity, options: defaultOptions };
  if (Array.isArray(setting)) return { severity: setting[0], options: { ...defaultOptions, ...(setting[1] as Partial<O>) } };
  return { severity: setting, options: defaultOptions };
}

/** Minimal glob for file paths: `**` any folders, `*` anything but `/`. */
export function fileGlob(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*' && glob[i + 1] === '*') {
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (ch === '*') source += '[^/]*';
    else source += ch.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

export function isPrimitiveFile(config: CheckConfig, file: string): boolean {
  const normal = file.replaceAll('\\', '/');
  return config.primitives.some((glob) => fileGlob(glob).test(normal) || fileGlob(`**/${glob}`).test(normal));
}
