import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ConfigError, parseCheckConfig, type CheckConfig } from './config.ts';

/** Reads `check` settings from livery.config.json (or package.json → livery.check) in `cwd`, or from an explicit file. */
export function loadCheckConfig(ruleIds: string[], cwd = process.cwd(), explicit?: string): CheckConfig {
  const read = (file: string): unknown => {
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new ConfigError(`${relative(cwd, file) || file}: ${(error as Error).message}`);
    }
  };
  if (explicit) {
    const file = join(cwd, explicit);
    if (!existsSync(file)) throw new ConfigError(`${explicit} does not exist`);
    const data = read(file) as Record<string, unknown>;
    const isPackage = file.endsWith('package.json');
    return parseCheckConfig(isPackage ? (data.livery as Record<string, unknown> | undefined)?.check : data.check, explicit, ruleIds);
  }
  const configFile = join(cwd, 'livery.config.json');
  if (existsSync(configFile)) {
    const data = read(configFile) as Record<string, unknown>;
    if (data && typeof data === 'object' && 'check' in data) return parseCheckConfig(data.check, 'livery.config.json', ruleIds);
  }
  const packageFile = join(cwd, 'package.json');
  if (existsSync(packageFile)) {
    const data = read(packageFile) as { livery?: { check?: unknown } };
    if (data?.livery?.check !== undefined) return parseCheckConfig(data.livery.check, 'package.json › livery', ruleIds);
  }
  return parseCheckConfig(undefined, 'defaults', ruleIds);
}
