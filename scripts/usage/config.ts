import { ConfigError, objectAt, onlyKeys, stringsAt } from '../config/config-error.ts';

/**
 * The `usage` section of the config: the consuming repositories `livery usage` reports on when
 * none are named on the command line: { "usage": { "repos": ["../web", "../app"] } }.
 */
export interface UsageSettings {
  repos: string[];
}

export function parseUsageSection(raw: unknown, file: string): UsageSettings {
  if (raw === undefined) return { repos: [] };
  const input = objectAt(raw, file, 'usage', 'with repos');
  onlyKeys(input, ['repos'], file, 'usage.');
  const repos = input.repos === undefined ? [] : stringsAt(input.repos, file, 'usage.repos', 'folder paths');
  if (repos.some((r) => !r)) throw new ConfigError(file, 'usage.repos', 'a folder path is empty');
  return { repos };
}
