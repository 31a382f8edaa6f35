/**
 * `livery.config.json` or `package.json#livery`:
 *   { "include": ["src/**"], "exclude": ["legacy/**"],
 *     "rules": { "no-raw-color": "error", "no-off-scale-value": ["warning", { "ignore": ["z-index"] }] },
 *     "allowlist": [{ "rule": "no-raw-color", "value": "#ff00ff", "files": "src/promo/**", "reason": "…", "expires": "2026-12-31" }],
 *     "fix": { "js": "css-variable" | "import" }, "catalogue": "path/to/tokens.json", "unusedDisable": "warning" }
 * Every problem is a ConfigError naming the file and the key, and the CLI exits 2.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { closestNames } from '../diagnostics.ts';
import { directiveRules } from './disable.ts';
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
}

export class ConfigError extends Error {
  readonly file: string;
  readonly key: string;

  constructor(file: string, key: string, message: string) {
    super(`${file}${key ? ` › ${key}` : ''}: ${message}`);
    this.name = 'ConfigError';
    this.file = file;
    this.key = key;
  }
}

const KEYS = ['include', 'exclude', 'rules', 'allowlist', 'fix', 'catalogue', 'unusedDisable'];
const SEVERITIES = ['error', 'warning', 'warn', 'off'];

export function defaultConfig(): LintConfig {
  return { file: undefined, include: [], exclude: [], rules: new Map(), allowlist: [], jsFix: 'css-variable', catalogue: undefined, unusedDisable: 'warning' };
}

/** Finds and validates the config in `cwd` (or the explicit file). */
export function loadConfig(cwd: string, explicit?: string): LintConfig {
  let file: string | undefined;
  let data: unknown;
  const candidates = explicit ? [explicit] : [join(cwd, 'livery.config.json'), join(cwd, 'package.json')];
  for (const candidate of candidates) {
    if (!existsSync(candidate)) {
      if (explicit) throw new ConfigError(candidate, '', 'does not exist');
      continue;
    }
    const shown = relative(cwd, candidate) || candidate;
    let text: string;
    try {
      text = readFileSync(candidate, 'utf8');
    } catch (error) {
      throw new ConfigError(shown, '', `cannot be read (${(error as Error).message})`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new ConfigError(shown, '', `is not valid JSON: ${(error as Error).message}`);
    }
    if (candidate.endsWith('package.json') && !explicit) {
      const livery = (parsed as Record<string, unknown> | null)?.livery;
      if (livery === undefined) continue;
      file = `${shown}#livery`;
      data = livery;
    } else {
      file = shown;
      data = parsed;
    }
    break;
  }
  const config = defaultConfig();
  if (file === undefined) return config;
  config.file = file;
  return validate(file, data, config);
}

function validate(file: string, data: unknown, config: LintConfig): LintConfig {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(file, '', 'must be an object');
  const object = data as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    if (!KEYS.includes(key)) throw new ConfigError(file, key, `unknown key${hint(key, KEYS)}; known keys: ${KEYS.join(', ')}`);
  }
  const globs = (key: 'include' | 'exclude') => {
    const value = object[key];
    if (value === undefined) return [];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new ConfigError(file, key, 'must be an array of glob strings');
    return value as string[];
  };
  config.include = globs('include');
  config.exclude = globs('exclude');
  if (object.rules !== undefined) {
    if (!object.rules || typeof object.rules !== 'object' || Array.isArray(object.rules)) throw new ConfigError(file, 'rules', 'must be an object of rule id → severity');
    const known = [...rulesById.keys(), ...directiveRules.map((r) => r.id)];
    for (const [id, setting] of Object.entries(object.rules as Record<string, unknown>)) {
      const key = `rules.${id}`;
      if (!known.includes(id)) throw new ConfigError(file, key, `unknown rule${hint(id, known)}; rules: ${known.join(', ')}`);
      const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
      if (typeof severity !== 'string' || !SEVERITIES.includes(severity)) throw new ConfigError(file, key, `severity must be one of error, warning, off (got ${JSON.stringify(severity)})`);
      if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) throw new ConfigError(file, key, 'options (the second item) must be an object');
      const rule = rulesById.get(id);
      if (rule && options) {
        for (const option of Object.keys(options)) {
          if (!(option in rule.defaultOptions) && !(id === 'no-raw-color' && option === 'threshold')) throw new ConfigError(file, `${key}.${option}`, `unknown option${hint(option, Object.keys(rule.defaultOptions))}`);
        }
      }
      config.rules.set(id, { severity: severity === 'warn' ? 'warning' : (severity as RuleSetting), options: options as Record<string, unknown> | undefined });
    }
  }
  if (object.allowlist !== undefined) {
    if (!Array.isArray(object.allowlist)) throw new ConfigError(file, 'allowlist', 'must be an array of { rule, value?, files?, reason, expires? }');
    object.allowlist.forEach((raw, i) => {
      const key = `allowlist[${i}]`;
      if (!raw || typeof raw !== 'object') throw new ConfigError(file, key, 'must be an object');
      const entry = raw as Record<string, unknown>;
      for (const k of Object.keys(entry)) if (!['rule', 'value', 'files', 'reason', 'expires'].includes(k)) throw new ConfigError(file, `${key}.${k}`, 'unknown key; an entry has rule, value, files, reason, expires');
      if (typeof entry.rule !== 'string' || (entry.rule !== '*' && !rulesById.has(entry.rule))) throw new ConfigError(file, `${key}.rule`, `must name a rule or "*"${typeof entry.rule === 'string' ? hint(entry.rule, [...rulesById.keys()]) : ''}`);
      if (typeof entry.reason !== 'string' || !entry.reason.trim()) throw new ConfigError(file, `${key}.reason`, 'every allowlist entry needs a reason');
      if (entry.value !== undefined && typeof entry.value !== 'string') throw new ConfigError(file, `${key}.value`, 'must be a string');
      const files = entry.files === undefined ? undefined : typeof entry.files === 'string' ? [entry.files] : entry.files;
      if (files !== undefined && (!Array.isArray(files) || !files.every((f) => typeof f === 'string'))) throw new ConfigError(file, `${key}.files`, 'must be a glob or an array of globs');
      if (entry.expires !== undefined && (typeof entry.expires !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(entry.expires) || Number.isNaN(Date.parse(entry.expires)))) throw new ConfigError(file, `${key}.expires`, 'must be a date YYYY-MM-DD');
      config.allowlist.push({ rule: entry.rule, reason: entry.reason, at: `${file} › ${key}`, ...(entry.value !== undefined ? { value: entry.value as string } : {}), ...(files ? { files: files as string[] } : {}), ...(entry.expires ? { expires: entry.expires as string } : {}) });
    });
  }
  if (object.fix !== undefined) {
    const fix = object.fix as Record<string, unknown>;
    if (!fix || typeof fix !== 'object') throw new ConfigError(file, 'fix', 'must be an object { "js": "css-variable" | "import" }');
    for (const k of Object.keys(fix)) if (k !== 'js') throw new ConfigError(file, `fix.${k}`, 'unknown key; only "js"');
    if (fix.js !== undefined && fix.js !== 'css-variable' && fix.js !== 'import') throw new ConfigError(file, 'fix.js', `must be "css-variable" or "import" (got ${JSON.stringify(fix.js)})`);
    if (fix.js) config.jsFix = fix.js as LintConfig['jsFix'];
  }
  if (object.catalogue !== undefined) {
    if (typeof object.catalogue !== 'string') throw new ConfigError(file, 'catalogue', 'must be a path to tokens.json');
    config.catalogue = object.catalogue;
  }
  if (object.unusedDisable !== undefined) {
    if (typeof object.unusedDisable !== 'string' || !SEVERITIES.includes(object.unusedDisable)) throw new ConfigError(file, 'unusedDisable', 'must be error, warning or off');
    config.unusedDisable = object.unusedDisable === 'warn' ? 'warning' : (object.unusedDisable as Severity | 'off');
  }
  return config;
}

function hint(name: string, candidates: string[]): string {
  const [best] = closestNames(name, candidates);
  return best ? ` (did you mean ${best}?)` : '';
}
