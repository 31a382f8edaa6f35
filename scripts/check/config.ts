import { ConfigError, didYouMean, objectAt, onlyKeys, stringsAt } from '../config/config-error.ts';
import { parseRuleSetting, type SeveritySetting } from '../config/severity.ts';

/**
 * The `check` section of the config (scripts/config/read-config.ts reads the file):
 * {
 *   "rules": { "contrast": "error", "contrast-apca": ["warning", { "body": 75 }], "no-hue-names": "off" },
 *   "pairs": [{ "foreground": "color.status.*.fg", "on": ["color.status.$1.bg"], "usage": "body" }],
 *   "primitives": ["**\/primitives/**"],
 *   "backdrop": "color.surface.page"
 * }
 */
export type RuleSeverity = SeveritySetting;
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
  /** The file the settings came from (`defaults` when none), for messages. */
  source: string;
}

export const DEFAULT_CONFIG: CheckConfig = {
  rules: {},
  pairs: [],
  primitives: ['**/primitives/**', '**/primitives.tokens.json', '**/*.primitives.tokens.json'],
  backdrop: 'color.surface.page',
  source: 'defaults',
};

const CHECK_KEYS = ['rules', 'pairs', 'primitives', 'backdrop'] as const;

/** Validates the `check` section of `file` against the known rule ids; throws ConfigError naming the key and the fix. */
export function parseCheckConfig(raw: unknown, file: string, ruleIds: string[]): CheckConfig {
  if (raw === undefined) return { ...DEFAULT_CONFIG, source: file };
  const input = objectAt(raw, file, 'check', `with ${CHECK_KEYS.join(', ')}`);
  onlyKeys(input, CHECK_KEYS, file, 'check.');
  const config: CheckConfig = { ...DEFAULT_CONFIG, rules: {}, pairs: [], source: file };
  if (input.rules !== undefined) {
    const rules = objectAt(input.rules, file, 'check.rules', '{ "<rule id>": "error" | "warning" | "off" }');
    for (const [id, setting] of Object.entries(rules)) {
      const key = `check.rules.${id}`;
      if (!ruleIds.includes(id))
        throw new ConfigError(file, key, `unknown rule${didYouMean(id, ruleIds)}; rules: ${ruleIds.join(', ')}`);
      const { severity, options } = parseRuleSetting(setting, file, key);
      config.rules[id] = options ? [severity, options] : severity;
    }
  }
  if (input.pairs !== undefined) {
    if (!Array.isArray(input.pairs))
      throw new ConfigError(file, 'check.pairs', 'must be an array of { foreground, on, usage }');
    input.pairs.forEach((p: unknown, i) => {
      const pair = p as Record<string, unknown>;
      if (
        !pair ||
        typeof pair.foreground !== 'string' ||
        !Array.isArray(pair.on) ||
        !pair.on.every((x) => typeof x === 'string') ||
        !USAGES.includes(pair.usage as Usage)
      ) {
        throw new ConfigError(
          file,
          `check.pairs[${i}]`,
          'expected { "foreground": "color.status.*.fg", "on": ["color.status.$1.bg"], "usage": "body" | "large" | "non-text" }',
        );
      }
      config.pairs.push({ foreground: pair.foreground, on: pair.on as string[], usage: pair.usage as Usage });
    });
  }
  if (input.primitives !== undefined)
    config.primitives = stringsAt(input.primitives, file, 'check.primitives', 'file globs');
  if (input.backdrop !== undefined) {
    if (typeof input.backdrop !== 'string') throw new ConfigError(file, 'check.backdrop', 'must be a token name');
    config.backdrop = input.backdrop;
  }
  return config;
}

/** The severity and options a rule runs with, after the config. */
export function ruleSetting<O>(
  config: CheckConfig,
  id: string,
  defaultSeverity: RuleSeverity,
  defaultOptions: O,
): { severity: RuleSeverity; options: O } {
  const setting = config.rules[id];
  if (setting === undefined) return { severity: defaultSeverity, options: defaultOptions };
  if (Array.isArray(setting))
    return { severity: setting[0], options: { ...defaultOptions, ...(setting[1] as Partial<O>) } };
  return { severity: setting, options: defaultOptions };
}

/** Minimal glob for file paths: `**` any folders, `*` anything but `/`. */
function fileGlob(glob: string): RegExp {
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
