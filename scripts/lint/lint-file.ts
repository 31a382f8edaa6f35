/**
 * Lints one file's text: extracts declarations for its language, runs every active rule, maps
 * offsets to lines and columns, applies disable comments and reports unused or reason-less ones.
 */
import { tailwindUtilityFor } from '../build/tailwind-namespaces.ts';
import { directiveRules, parseDirectives, suppressing } from './disable.ts';
import { fingerprint } from './baseline.ts';
import { extract } from './extract/index.ts';
import { isApprovedLogo } from './logo-shapes.ts';
import type { TokenIndex } from './token-index.ts';
import type { Declaration, Finding, Language, Report, Rule, RuleVisitor, Severity } from './types.ts';

export interface ActiveRule {
  rule: Rule<any>;
  severity: Severity;
  options: unknown;
}

export interface LintSettings {
  rules: ActiveRule[];
  index: TokenIndex;
  jsFix: 'css-variable' | 'import';
  /** Severity of unused-disable reports ('off' to skip them). */
  unusedDisable: Severity | 'off';
  /** Compute fingerprints (for baselines and SARIF); otherwise they are ''. */
  fingerprints?: boolean;
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i >= 0) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}

/** The index of the line an offset is on (0-based), given the offsets where lines start. */
function lineIndexOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function locate(starts: number[], offset: number): { line: number; column: number } {
  const index = lineIndexOf(starts, offset);
  return { line: index + 1, column: offset - starts[index]! + 1 };
}

/**
 * A finding inside a Tailwind arbitrary value (`bg-[#fff]`) also names the utility that
 * liverykit/tailwind.css gives for the token it suggests (`bg-surface-default`); the fix itself
 * keeps `bg-[color:var(--lv-…)]`, which works whether or not the project imports that theme.
 */
function nameTailwindUtilities(
  utility: string,
  reports: { report: Report }[],
  from: number,
  index: LintSettings['index'],
): void {
  for (let i = from; i < reports.length; i++) {
    const report = reports[i]!.report;
    const token = report.fix?.token ? index.catalogue.get(report.fix.token) : undefined;
    const className = token ? tailwindUtilityFor(`${utility}-[x]`, token.path, token.type) : undefined;
    if (className) report.message = `${report.message}; with liverykit/tailwind.css: ${className}`;
  }
}

/**
 * The last text's declarations: ESLint runs each livery rule as a rule of its own, each asking
 * for the same file's text, which is extracted once instead of once per rule.
 */
let lastExtraction: { text: string; language: Language; declarations: Declaration[] } | undefined;
function declarationsOf(text: string, language: Language): Declaration[] {
  if (lastExtraction?.text === text && lastExtraction.language === language) return lastExtraction.declarations;
  const declarations = extract(text, language);
  lastExtraction = { text, language, declarations };
  return declarations;
}

/** `coverage`, when given, receives the file's count of declarations through tokens and with raw values. */
export function lintText(
  file: string,
  text: string,
  language: Language,
  settings: LintSettings,
  coverage?: { tokens: number; raw: number },
): Finding[] {
  // an approved lockup copied into the repo carries the brand's own colors: nothing to report
  if (language === 'svg' && isApprovedLogo(text, settings.index)) return [];
  const reports: { ruleId: string; severity: Severity; report: Report }[] = [];
  // only asked about names the catalogue lacks, which is rare: found when first needed
  let defined: Set<string> | undefined;
  const isDefined = (name: string) =>
    (defined ??= new Set(Array.from(text.matchAll(/(--lv-[\w-]+)\s*:/g), (m) => m[1]!))).has(name);
  const visitors: RuleVisitor[] = settings.rules.map(({ rule, severity, options }) =>
    rule.create({
      file,
      language,
      options,
      index: settings.index,
      jsFix: settings.jsFix,
      isDefined,
      report: (report) => reports.push({ ruleId: rule.meta.id, severity, report }),
    }),
  );
  const declarationVisitors = visitors.filter((v) => v.declaration);
  const { liveReferences } = settings.index;
  const rawRule = new Set(settings.rules.filter((r) => r.rule.meta.rawValues).map((r) => r.rule.meta.id));
  // declaration by declaration, every rule in turn: the rules share one scan of each value
  const declarations = declarationsOf(text, language);
  for (let d = 0; d < declarations.length; d++) {
    const declaration = declarations[d]!;
    // `var(--name)` alone, naming a live catalogue token: the value every rule asks for, so no rule
    // needs to see it (most declarations of a repo that has adopted tokens are exactly this). The
    // first and last characters are tested first: hashing every value for the set costs more.
    const { value } = declaration;
    if (value.charCodeAt(0) === 118 && value.charCodeAt(value.length - 1) === 41 && liveReferences.has(value)) {
      if (coverage) coverage.tokens++;
      continue;
    }
    const before = reports.length;
    for (let v = 0; v < declarationVisitors.length; v++) declarationVisitors[v]!.declaration!(declaration);
    if (declaration.utility) nameTailwindUtilities(declaration.utility, reports, before, settings.index);
    if (!coverage) continue;
    let raw = false;
    for (let i = before; i < reports.length && !raw; i++) raw = !!rawRule.has(reports[i]!.ruleId);
    if (raw) coverage.raw++;
    else if (declaration.value.includes('var(--lv-') || declaration.value.includes('$lv-')) coverage.tokens++;
  }
  for (const visitor of visitors) {
    if (language === 'svg' && visitor.svgFile) visitor.svgFile(text);
    if ((language === 'js' || language === 'vue' || language === 'svelte') && visitor.jsFile) visitor.jsFile(text);
  }
  if (!reports.length && !text.includes('livery-')) return [];
  let starts: number[] | undefined;
  const lines = () => (starts ??= lineStarts(text));
  const at = (offset: number) => locate(lines(), offset);
  const sourceLine = (line: number) => {
    const s = lines()[line - 1] ?? 0;
    const e = lines()[line] ?? text.length;
    return text.slice(s, Math.min(e, s + 2000)).trim();
  };
  const print = (ruleId: string, value: string | undefined, line: number) =>
    !settings.fingerprints ? '' : fingerprint(`${ruleId}\0${file}\0${value ?? ''}\0${sourceLine(line)}`);
  const regionOf = (from: number, to: number) => {
    const a = at(from);
    const b = at(to);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
  const { directives, invalid } = parseDirectives(text, at);
  const findings: Finding[] = [];
  // (indexed, with line numbers found as indexes: a quarter of a million findings in a large repo,
  // and a for-of with destructuring and a location object per offset allocated for each)
  const lineStart = lines();
  for (let r = 0; r < reports.length; r++) {
    const { ruleId, severity, report } = reports[r]!;
    const end = Math.max(report.start, report.end);
    const startLine = lineIndexOf(lineStart, report.start);
    const endLine = lineIndexOf(lineStart, end);
    if (suppressing(directives, ruleId, startLine + 1)) continue;
    const finding: Finding = {
      ruleId,
      severity,
      file,
      line: startLine + 1,
      column: report.start - lineStart[startLine]! + 1,
      endLine: endLine + 1,
      endColumn: end - lineStart[endLine]! + 1,
      message: report.message,
      fingerprint: print(ruleId, report.value, startLine + 1),
    };
    // (assigned, not spread in: a quarter of a million findings in a large repo)
    if (report.value !== undefined) finding.value = report.value;
    if (report.fix) finding.fix = { ...report.fix, region: regionOf(report.fix.start, report.fix.end) };
    if (report.suggestions?.length) finding.suggestions = report.suggestions;
    findings.push(finding);
  }
  const [needsReason, unused] = directiveRules;
  for (const d of invalid) {
    findings.push({
      ruleId: needsReason!.id,
      severity: 'error',
      file,
      line: d.line,
      column: d.column,
      endLine: d.line,
      endColumn: d.endColumn,
      message: needsReason!.messages.missing!({
        directive: `livery-${d.kind}${d.rules.length ? ` ${d.rules.join(', ')}` : ''}`,
      }),
      fingerprint: print(needsReason!.id, undefined, d.line),
    });
  }
  if (settings.unusedDisable !== 'off') {
    const active = new Set(settings.rules.map((r) => r.rule.meta.id));
    for (const d of directives) {
      // a directive for a rule switched off in config is not "unused"
      if (d.used || (d.rules.length && d.rules.every((r) => !active.has(r)))) continue;
      findings.push({
        ruleId: unused!.id,
        severity: settings.unusedDisable,
        file,
        line: d.line,
        column: d.column,
        endLine: d.line,
        endColumn: d.endColumn,
        message: unused!.messages.unused!({ rules: d.rules.join(', ') }),
        fingerprint: print(unused!.id, undefined, d.line),
      });
    }
  }
  // reports come in declaration order, so most files' findings are in order already
  const byPosition = (a: Finding, b: Finding) => a.line - b.line || a.column - b.column;
  for (let i = 1; i < findings.length; i++)
    if (byPosition(findings[i - 1]!, findings[i]!) > 0) return findings.sort(byPosition);
  return findings;
}
