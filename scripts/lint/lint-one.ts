/** Lints (and optionally fixes) one file from disk: shared by the main thread and the workers. */
import { join } from 'node:path';
import { languageOf } from './extract/index.ts';
import { applyFixes } from './fix.ts';
import { lintText, type ActiveRule, type LintSettings } from './lint-file.ts';
import { readSource } from './read-source.ts';
import { rulesById } from './rules/index.ts';
import type { TokenIndex } from './token-index.ts';
import type { FileResult, RuleSetting, Severity } from './types.ts';


/** What a worker needs to rebuild the settings (rules travel by id). */
export interface SerializableSettings {
  rules: { id: string; severity: Severity; options: unknown }[];
  jsFix: 'css-variable' | 'import';
  unusedDisable: Severity | 'off';
  fingerprints: boolean;
}

export function activeRules(config: Map<string, { severity: RuleSetting; options: Record<string, unknown> | undefined }>): SerializableSettings['rules'] {
  const out: SerializableSettings['rules'] = [];
  for (const [id, rule] of rulesById) {
    const setting = config.get(id);
    const severity = setting?.severity ?? rule.meta.severity;
    if (severity === 'off') continue;
    out.push({ id, severity, options: { ...rule.defaultOptions, ...(setting?.options ?? {}) } });
  }
  return out;
}

export function settingsFrom(serializable: SerializableSettings, index: TokenIndex): LintSettings {
  const rules: ActiveRule[] = serializable.rules.map((r) => ({ rule: rulesById.get(r.id)!, severity: r.severity, options: r.options }));
  return { rules, index, jsFix: serializable.jsFix, unusedDisable: serializable.unusedDisable, fingerprints: serializable.fingerprints };
}

export function lintOne(cwd: string, file: string, settings: LintSettings, fix: boolean): FileResult {
  const language = languageOf(file);
  if (!language) return { file, findings: [], skipped: 'not a language livery lint reads' };
  const source = readSource(join(cwd, file));
  if ('skipped' in source) return { file, findings: [], skipped: source.skipped };
  const fileSettings = language === 'js' ? settings : { ...settings, jsFix: 'css-variable' as const };
  try {
    let findings = lintText(file, source.text, language, fileSettings);
    if (!fix || !findings.some((f) => f.fix)) return { file, findings };
    let text = source.text;
    for (let pass = 0; pass < 5 && findings.some((f) => f.fix); pass++) {
      const next = applyFixes(text, findings.flatMap((f) => (f.fix ? [f.fix] : [])));
      if (next === text) break;
      text = next;
      findings = lintText(file, text, language, fileSettings);
    }
    return text === source.text ? { file, findings } : { file, findings, fixed: text, original: source.text };
  } catch (error) {
    // a bug in one extractor must not end the run: the file is reported as skipped
    return { file, findings: [], skipped: `internal error (${(error as Error).message}); please report it` };
  }
}
