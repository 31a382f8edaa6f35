/**
 * The one reader of `livery.config.json` (or `package.json#livery`) for every command. The file has a
 * section per command; each section's keys are owned by its command's module, listed in SECTIONS:
 *   { "lint": { … }, "check": { … }, "figma": { … }, "usage": { … } }
 * The whole file is validated whichever command runs, so a typo in one section is reported by all
 * of them, and a section one command does not read never makes another fail.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseCheckConfig, type CheckConfig } from '../check/config.ts';
import { ruleIds as checkRuleIds } from '../check/rules/index.ts';
import { parseFigmaSection, type FigmaSettings } from '../figma/config.ts';
import { defaultConfig, LINT_KEYS, parseLintSection, type LintConfig } from '../lint/config.ts';
import { parseUsageSection, type UsageSettings } from '../usage/config.ts';
import { ConfigError, didYouMean, objectAt } from './config-error.ts';

export interface LiveryConfig {
  /** The file as shown in messages (`livery.config.json`, `package.json#livery`); undefined when there is none. */
  file: string | undefined;
  lint: LintConfig;
  check: CheckConfig;
  figma: FigmaSettings;
  usage: UsageSettings;
}

/** Each section and the parser that owns its keys. A new command adds one line here. */
const SECTIONS = {
  lint: (raw: unknown, file: string) =>
    raw === undefined ? { ...defaultConfig(), file } : parseLintSection(raw, file, 'lint.'),
  check: (raw: unknown, file: string) => parseCheckConfig(raw, file, checkRuleIds),
  figma: parseFigmaSection,
  usage: parseUsageSection,
} satisfies Record<string, (raw: unknown, file: string) => unknown>;

type SectionName = keyof typeof SECTIONS;
const SECTION_NAMES = Object.keys(SECTIONS) as SectionName[];

/** Finds the config in `cwd` (or reads the explicit file) and validates every section. */
export function readConfig(cwd: string, explicit?: string): LiveryConfig {
  const found = findConfig(cwd, explicit);
  if (!found)
    return {
      file: undefined,
      lint: defaultConfig(),
      check: parseCheckConfig(undefined, 'defaults', checkRuleIds),
      figma: {},
      usage: { repos: [] },
    };
  const { file } = found;
  const data = objectAt(found.data, file, '', `with a section per command: ${SECTION_NAMES.join(', ')}`);
  // The lint keys once sat at the top level; they are still read there, as the lint section.
  const legacyLint = Object.keys(data).filter((key) => (LINT_KEYS as readonly string[]).includes(key));
  for (const key of Object.keys(data)) {
    if ((SECTION_NAMES as string[]).includes(key) || legacyLint.includes(key)) continue;
    throw new ConfigError(
      file,
      key,
      `unknown section${didYouMean(key, [...SECTION_NAMES, ...LINT_KEYS])}; sections: ${SECTION_NAMES.join(', ')}`,
    );
  }
  if (legacyLint.length && data.lint !== undefined)
    throw new ConfigError(
      file,
      legacyLint[0]!,
      `lint settings are both here and in "lint": move "${legacyLint[0]}" into the "lint" section`,
    );
  const legacy = legacyLint.length ? Object.fromEntries(legacyLint.map((key) => [key, data[key]])) : undefined;
  return {
    file,
    lint: legacy ? parseLintSection(legacy, file, '') : SECTIONS.lint(data.lint, file),
    check: SECTIONS.check(data.check, file),
    figma: SECTIONS.figma(data.figma, file),
    usage: SECTIONS.usage(data.usage, file),
  };
}

function findConfig(cwd: string, explicit: string | undefined): { file: string; data: unknown } | undefined {
  const candidates = explicit
    ? [resolve(cwd, explicit)]
    : [resolve(cwd, 'livery.config.json'), resolve(cwd, 'package.json')];
  for (const candidate of candidates) {
    const shown = explicit ?? relative(cwd, candidate);
    if (!existsSync(candidate)) {
      if (explicit) throw new ConfigError(shown, '', 'does not exist');
      continue;
    }
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
    if (candidate.endsWith('package.json')) {
      const livery = (parsed as Record<string, unknown> | null)?.livery;
      if (livery === undefined) {
        if (explicit) throw new ConfigError(shown, '', 'has no "livery" key to read settings from');
        continue;
      }
      return { file: `${shown}#livery`, data: livery };
    }
    return { file: shown, data: parsed };
  }
  return undefined;
}
