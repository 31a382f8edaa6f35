import type { Severity } from '../diagnostics.ts';
import { ConfigError } from './config-error.ts';

/**
 * The one severity vocabulary of every command's rules: `error`, `warning` or `off` (the words
 * findings are printed with and SARIF uses). `warn`, check's former word, is read as `warning`.
 */
export type SeveritySetting = Severity | 'off';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'off'];

export function parseSeverity(value: unknown, file: string, key: string): SeveritySetting {
  if (value === 'warn') return 'warning';
  if (typeof value !== 'string' || !(SEVERITY_SETTINGS as readonly string[]).includes(value)) {
    throw new ConfigError(
      file,
      key,
      `severity must be one of ${SEVERITY_SETTINGS.join(', ')} (got ${JSON.stringify(value)})`,
    );
  }
  return value as SeveritySetting;
}

/** A rule's setting: `"error"` or `["warning", { …options }]`. */
export function parseRuleSetting(
  setting: unknown,
  file: string,
  key: string,
): { severity: SeveritySetting; options: Record<string, unknown> | undefined } {
  const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new ConfigError(file, key, 'options (the second item) must be an object, as in ["error", { … }]');
  }
  return { severity: parseSeverity(severity, file, key), options: options as Record<string, unknown> | undefined };
}
