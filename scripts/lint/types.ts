/**
 * The shapes every part of `livery lint` shares: what the extractors hand to rules (declarations
 * with their offsets in the file), what rules report, and what reporters print.
 */
import type { TokenIndex } from './token-index.ts';

export type Language = 'css' | 'scss' | 'sass' | 'less' | 'js' | 'html' | 'vue' | 'svelte' | 'svg';
export type Severity = 'error' | 'warning';
export type RuleSetting = Severity | 'off';

/**
 * How a replacement must be spelled where the value sits: in CSS text (stylesheets, templates,
 * style attributes), inside a JS string, as a bare JS number, or in an SVG presentation
 * attribute (where `var()` does not work, so nothing is rewritten), or inside a Tailwind arbitrary
 * value (`bg-[…]`: no spaces, and a type hint where the utility is ambiguous).
 */
export type ValueSyntax = 'css' | 'js-string' | 'js-number' | 'attribute' | 'tailwind';

/** One `property: value` found in any language, with the value's offset in the file text. */
export interface Declaration {
  /** Kebab-case CSS property, a preprocessor variable (`$brand`, `@brand`), `--custom`, or `*` (unknown context). */
  property: string;
  value: string;
  offset: number;
  syntax: ValueSyntax;
  /** For JS values: the whole literal (quotes included), so an import-style fix can replace it. */
  literal?: { start: number; end: number };
  /**
   * Where the value sits: the enclosing selectors and at-rule preludes (one per line), or the
   * names of the enclosing JS objects (each followed by NUL). Tells which theme a literal is for.
   */
  scope?: string;
  /** For Tailwind arbitrary values: the class up to its bracket, variants kept (`hover:bg`), to name the utility. */
  utility?: string;
}

export interface Fix {
  start: number;
  end: number;
  text: string;
  /** The token the fix writes (for reports), when it is one. */
  token?: string;
  /** Where the replaced text sits, added by the engine (SARIF fixes name lines and columns). */
  region?: { line: number; column: number; endLine: number; endColumn: number };
  /** Named imports from `liverykit/tokens` that the replacement needs (JS `import` fix style). */
  imports?: string[];
}

/**
 * A token that could replace the reported value, when no single one is certain (several tokens
 * of a fitting role have the value): listed in JSON and as SARIF fixes, never applied.
 */
export interface Suggestion {
  token: string;
  /** The text that would replace the reported range. */
  text: string;
}

/** What a rule reports: offsets into the file; the engine adds line and column. */
export interface Report {
  message: string;
  start: number;
  end: number;
  /** The offending value as written (used by the allowlist and the baseline). */
  value?: string;
  fix?: Fix;
  suggestions?: Suggestion[];
}

export interface RuleContext<Options> {
  file: string;
  language: Language;
  options: Options;
  index: TokenIndex;
  /** How JS fixes are written: a CSS variable string or an import of the typed token. */
  jsFix: 'css-variable' | 'import';
  /** Whether this file defines the `--lv-*` custom property itself (a component knob): then it is not an unknown token. */
  isDefined(name: string): boolean;
  report(report: Report): void;
}

export interface RuleVisitor {
  declaration?(declaration: Declaration): void;
  /** Called once for each .svg file with its whole text. */
  svgFile?(text: string): void;
  /** Called once for each JS/TS file (and SFC) with its whole text. */
  jsFile?(text: string): void;
}

export interface RuleMeta {
  id: string;
  messages: Record<string, (data: Record<string, string | number>) => string>;
  docs: { description: string; url: string };
  fixable: boolean;
  severity: Severity;
  /** Its reports are raw values (a color, a length, a font): they count against token coverage. */
  rawValues?: boolean;
}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  defaultOptions: Options;
  create(context: RuleContext<Options>): RuleVisitor;
}

/** A finding as reporters see it. Lines and columns are 1-based; `endColumn` is exclusive. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  value?: string;
  /**
   * Rule + file + value + the trimmed source line, hashed: the identity baselines and SARIF use,
   * stable when lines move. (The line itself is not kept: reporters re-read it for code frames.)
   */
  fingerprint: string;
  fix?: Fix;
  suggestions?: Suggestion[];
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface FileResult {
  file: string;
  findings: Finding[];
  skipped?: string;
  /** Text after fixes, when fixing and something changed. */
  fixed?: string;
  original?: string;
  /** Declarations through tokens and with raw values (coverage.ts). */
  coverage?: { tokens: number; raw: number };
}

/** Every finding of a run at once: what runLint returns and the whole-result reporters print. */
export interface LintResult {
  findings: Finding[];
  skipped: SkippedFile[];
  files: number;
  /** Where paths are relative to (reporters re-read lines for code frames). */
  cwd: string;
  /** The files read (relative to cwd). */
  scanned: string[];
  fixed: { file: string; before: string; after: string }[];
  baselined: number;
  baselineWritten?: number;
  allowlisted: number;
  threads: number;
  durationMs: number;
  /** Declarations through tokens and with raw values, per language (coverage.ts). */
  coverage: Coverage;
}

export interface CoverageCount {
  tokens: number;
  raw: number;
}

/** Token coverage per language (`css`, `scss`, `js`, `vue`…): see coverage.ts. */
export type Coverage = Partial<Record<Language, CoverageCount>>;
