/**
 * What `livery usage` counts in one file, asked of `livery lint`: its extractors find the
 * declarations (stylesheets, <style>, style="", css`` templates, style={{…}} and theme objects),
 * its value scanner says what a value holds, and its raw-value rules decide what is a raw value.
 * So usage's raw-value count of a repo is lint's count of those rules' findings, by construction.
 */
import type { LintConfig } from '../lint/config.ts';
import { extract } from '../lint/extract/index.ts';
import { lineStarts, lintText, locate, type LintSettings } from '../lint/lint-file.ts';
import { activeRules, settingsFrom } from '../lint/lint-one.ts';
import type { TokenIndex } from '../lint/token-index.ts';
import type { Language } from '../lint/types.ts';
import { scanValue } from '../lint/value-scanner.ts';
import { propertyCategory, type Category } from './categories.ts';

/** The lint rules whose findings are raw values (the others report token names and logos). */
export const RAW_VALUE_RULES = ['no-raw-color', 'no-off-scale-value', 'no-unregistered-font-family'];

/** Lint settings for the raw-value rules, with the repo's own severities and options. */
export function rawValueSettings(index: TokenIndex, config: LintConfig): LintSettings {
  const rules = activeRules(config.rules).filter((r) => RAW_VALUE_RULES.includes(r.id));
  return settingsFrom({ rules, jsFix: config.jsFix, unusedDisable: 'off', fingerprints: false }, index);
}

export interface StyleDeclaration {
  property: string;
  value: string;
  line: number;
  category: Category;
  /** `tokens`: through Livery tokens only; `raw`: holds at least one raw value lint reports. */
  kind: 'tokens' | 'raw';
}

export interface RawValue {
  line: number;
  property: string;
  value: string;
  category: Category;
}

const COLOR_KINDS = new Set(['hex', 'color-function', 'named-color']);

function categoryOf(property: string, value: string): Category | undefined {
  const tokens = scanValue(value);
  return propertyCategory(property, {
    hasColor: tokens.some((t) => COLOR_KINDS.has(t.kind)),
    hasLength: tokens.some((t) => t.kind === 'dimension' && t.unit !== ''),
  });
}

const usesToken = (value: string) =>
  /\$lv-[a-z0-9]/i.test(value) || scanValue(value).some((t) => t.kind === 'var' && t.name.startsWith('--lv-'));

/**
 * Every counted declaration of a file and every raw value lint finds in it. A declaration counts
 * when it goes through a token or holds a raw value; neutral ones (0, inherit, layout) do not.
 */
export function styleUsage(
  file: string,
  text: string,
  language: Language,
  settings: LintSettings,
): { declarations: StyleDeclaration[]; raw: RawValue[] } {
  const findings = lintText(file, text, language, settings).filter((f) => RAW_VALUE_RULES.includes(f.ruleId));
  const starts = lineStarts(text);
  const offsets = findings.map((f) => (starts[f.line - 1] ?? 0) + f.column - 1);
  const declarations: StyleDeclaration[] = [];
  const raw: RawValue[] = [];
  const claimed = new Set<number>();
  for (const d of extract(text, language)) {
    if (d.property.startsWith('--lv-')) continue; // overriding a token is counted as an override, not as styling
    const end = d.offset + d.value.length;
    const inside = offsets.flatMap((offset, i) => (offset >= d.offset && offset < end && !claimed.has(i) ? [i] : []));
    const category = categoryOf(d.property, d.value) ?? (inside.length ? 'other' : undefined);
    if (!category) continue;
    const line = locate(starts, d.offset).line;
    for (const i of inside) {
      claimed.add(i);
      raw.push({ line: findings[i]!.line, property: d.property, value: findings[i]!.value ?? d.value, category });
    }
    if (inside.length) declarations.push({ property: d.property, value: d.value, line, category, kind: 'raw' });
    else if (usesToken(d.value))
      declarations.push({ property: d.property, value: d.value, line, category, kind: 'tokens' });
  }
  // raw values outside declarations: colors in arrays of literals (chart palettes)
  findings.forEach((f, i) => {
    if (!claimed.has(i))
      raw.push({
        line: f.line,
        property: '*',
        value: f.value ?? '',
        category: f.ruleId === 'no-raw-color' ? 'color' : 'other',
      });
  });
  return { declarations, raw };
}
