/**
 * The `lint` section of the config (scripts/config/read-config.ts reads the file):
 *   { "lint": { "include": ["src/**"], "exclude": ["legacy/**"],
 *     "rules": { "no-raw-color": "error", "no-off-scale-value": ["warning", { "ignore": ["z-index"] }] },
 *     "allowlist": [{ "rule": "no-raw-color", "value": "#ff00ff", "files": "src/promo/**", "reason": "…", "expires": "2026-12-31" }],
 *     "fix": { "js": "css-variable" | "import" }, "catalogue": "path/to/tokens.json", "unusedDisable": "warning",
 *     "roles": { "tokens": { "surface": ["color.card"] }, "properties": { "--card-bg": ["surface"] } } } }
 * The same keys at the top level of the file (the older form) are read as this section.
 */
import { ConfigError, didYouMean, objectAt, onlyKeys, stringsAt } from '../config/config-error.ts';
import { parseRuleSetting, parseSeverity } from '../config/severity.ts';
import { directiveRules } from './disable.ts';
import { DEFAULT_ROLE_MAP, extendRoleMap, type RoleMap } from './roles.ts';
import { rulesById } from './rules/index.ts';
import type { RuleSetting, Severity } from './types.ts';

export interface AllowlistEntry {
  rule: string;
  value?: string;
  files?: string[];
  reason: string;
  expires?: string;
  /** Where the entry sits, for messages: `livery.config.json › allowlist[2]`. */
  at: string;
}

export interface LintConfig {
  file: string | undefined;
  include: string[];
  exclude: string[];
  rules: Map<string, { severity: RuleSetting; options: Record<string, unknown> | undefined }>;
  allowlist: AllowlistEntry[];
  jsFix: 'css-variable' | 'import';
  catalogue: string | undefined;
  unusedDisable: Severity | 'off';
  /** The default role map with the config's `roles` added. */
  roles: RoleMap;
}

export const LINT_KEYS = [
  'include',
  'exclude',
  'rules',
  'allowlist',
  'fix',
  'catalogue',
  'unusedDisable',
  'roles',
] as const;

export function defaultConfig(): LintConfig {
  return {
    file: undefined,
    include: [],
    exclude: [],
    rules: new Map(),
    allowlist: [],
    jsFix: 'css-variable',
    catalogue: undefined,
    unusedDisable: 'warning',
    roles: DEFAULT_ROLE_MAP,
  };
}

/** Validates the lint settings found in `file` under `prefix` (`lint.`, or '' for the older top-level form). */
export function parseLintSection(data: unknown, file: string, prefix: string): LintConfig {
  const config = defaultConfig();
  config.file = file;
  const object = objectAt(data, file, prefix.slice(0, -1), `of ${LINT_KEYS.join(', ')}`);
  onlyKeys(object, LINT_KEYS, file, prefix);
  const at = (key: string) => `${prefix}${key}`;
  if (object.include !== undefined) config.include = stringsAt(object.include, file, at('include'), 'glob strings');
  if (object.exclude !== undefined) config.exclude = stringsAt(object.exclude, file, at('exclude'), 'glob strings');
  if (object.rules !== undefined) {
    const rules = objectAt(object.rules, file, at('rules'), 'of rule id → severity');
    const known = [...rulesById.keys(), ...directiveRules.map((r) => r.id)];
    for (const [id, setting] of Object.entries(rules)) {
      const key = at(`rules.${id}`);
      if (!known.includes(id))
        throw new ConfigError(file, key, `unknown rule${didYouMean(id, known)}; rules: ${known.join(', ')}`);
      const { severity, options } = parseRuleSetting(setting, file, key);
      const rule = rulesById.get(id);
      if (rule && options) {
        for (const option of Object.keys(options)) {
          if (!(option in rule.defaultOptions) && !(id === 'no-raw-color' && option === 'threshold'))
            throw new ConfigError(
              file,
              `${key}.${option}`,
              `unknown option${didYouMean(option, Object.keys(rule.defaultOptions))}`,
            );
        }
      }
      config.rules.set(id, { severity: severity as RuleSetting, options });
    }
  }
  if (object.allowlist !== undefined) {
    if (!Array.isArray(object.allowlist))
      throw new ConfigError(file, at('allowlist'), 'must be an array of { rule, value?, files?, reason, expires? }');
    object.allowlist.forEach((raw, i) => {
      const key = at(`allowlist[${i}]`);
      const entry = objectAt(raw, file, key, '{ rule, value?, files?, reason, expires? }');
      onlyKeys(entry, ['rule', 'value', 'files', 'reason', 'expires'], file, `${key}.`);
      if (typeof entry.rule !== 'string' || (entry.rule !== '*' && !rulesById.has(entry.rule)))
        throw new ConfigError(
          file,
          `${key}.rule`,
          `must name a rule or "*"${typeof entry.rule === 'string' ? didYouMean(entry.rule, rulesById.keys()) : ''}`,
        );
      if (typeof entry.reason !== 'string' || !entry.reason.trim())
        throw new ConfigError(file, `${key}.reason`, 'every allowlist entry needs a reason');
      if (entry.value !== undefined && typeof entry.value !== 'string')
        throw new ConfigError(file, `${key}.value`, 'must be a string');
      const files =
        entry.files === undefined ? undefined : typeof entry.files === 'string' ? [entry.files] : entry.files;
      if (files !== undefined && (!Array.isArray(files) || !files.every((f) => typeof f === 'string')))
        throw new ConfigError(file, `${key}.files`, 'must be a glob or an array of globs');
      if (
        entry.expires !== undefined &&
        (typeof entry.expires !== 'string' ||
          !/^\d{4}-\d{2}-\d{2}$/.test(entry.expires) ||
          Number.isNaN(Date.parse(entry.expires)))
      )
        throw new ConfigError(file, `${key}.expires`, 'must be a date YYYY-MM-DD');
      config.allowlist.push({
        rule: entry.rule,
        reason: entry.reason,
        at: `${file} › ${key}`,
        ...(entry.value !== undefined ? { value: entry.value as string } : {}),
        ...(files ? { files: files as string[] } : {}),
        ...(entry.expires ? { expires: entry.expires as string } : {}),
      });
    });
  }
  if (object.fix !== undefined) {
    const fix = objectAt(object.fix, file, at('fix'), '{ "js": "css-variable" | "import" }');
    onlyKeys(fix, ['js'], file, at('fix.'));
    if (fix.js !== undefined && fix.js !== 'css-variable' && fix.js !== 'import')
      throw new ConfigError(file, at('fix.js'), `must be "css-variable" or "import" (got ${JSON.stringify(fix.js)})`);
    if (fix.js) config.jsFix = fix.js as LintConfig['jsFix'];
  }
  if (object.catalogue !== undefined) {
    if (typeof object.catalogue !== 'string')
      throw new ConfigError(file, at('catalogue'), 'must be a path to tokens.json');
    config.catalogue = object.catalogue;
  }
  if (object.unusedDisable !== undefined)
    config.unusedDisable = parseSeverity(object.unusedDisable, file, at('unusedDisable')) as Severity | 'off';
  if (object.roles !== undefined)
    config.roles = extendRoleMap(DEFAULT_ROLE_MAP, parseRoles(object.roles, file, at('roles')));
  return config;
}

/** `roles`: token path patterns to add to a role, and the roles a property takes (scripts/lint/roles.ts). */
function parseRoles(value: unknown, file: string, key: string): Partial<RoleMap> {
  const shape = '{ "tokens": { role: [token path patterns] }, "properties": { property: [roles] } }';
  const object = objectAt(value, file, key, shape);
  onlyKeys(object, ['tokens', 'properties'], file, `${key}.`);
  const lists = (part: 'tokens' | 'properties', what: string): Record<string, string[]> => {
    if (object[part] === undefined) return {};
    const entries = objectAt(object[part], file, `${key}.${part}`, shape);
    for (const [name, list] of Object.entries(entries)) stringsAt(list, file, `${key}.${part}.${name}`, what);
    return entries as Record<string, string[]>;
  };
  const tokens = lists('tokens', 'token path patterns ("color.card", "color.status.*.bg")');
  const properties = lists('properties', 'role names');
  const known = [...new Set([...Object.keys(DEFAULT_ROLE_MAP.tokens), ...Object.keys(tokens)])];
  for (const [property, roles] of Object.entries(properties)) {
    for (const role of roles)
      if (!known.includes(role))
        throw new ConfigError(
          file,
          `${key}.properties.${property}`,
          `unknown role "${role}"${didYouMean(role, known)}; add it under ${key}.tokens or use one of ${known.join(', ')}`,
        );
  }
  return { tokens, properties };
}
