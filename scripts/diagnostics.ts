/**
 * Every problem Livery finds in a brand's input is a Diagnostic: where it is (file, and the token
 * path, JSON pointer or line), what was found, and how to fix it. Commands collect them all before
 * deciding to stop, so one run reports every error instead of the first.
 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Logger group, e.g. `tokens`, `resolver`, `build`, `assets`. */
  group: string;
  /** File relative to the working directory. */
  file: string;
  /** Dotted token path (`color.text.primary`) or JSON pointer (`#/modifiers/theme/default`). */
  at?: string;
  line?: number;
  column?: number;
  message: string;
  fix?: string;
}

export class Diagnostics {
  readonly items: Diagnostic[] = [];

  error(d: Omit<Diagnostic, 'severity'>): void {
    this.items.push({ severity: 'error', ...d });
  }

  warn(d: Omit<Diagnostic, 'severity'>): void {
    this.items.push({ severity: 'warning', ...d });
  }

  get errors(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'error');
  }

  get warnings(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'warning');
  }

  hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
}

/** `tokens/a.tokens.json:12:5 › color.text.primary: message (fix)` */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line ? `${d.file}:${d.line}${d.column ? `:${d.column}` : ''}` : d.file;
  const at = d.at ? ` › ${d.at}` : '';
  const fix = d.fix ? `\n    fix: ${d.fix}` : '';
  return `${d.severity === 'error' ? 'error' : 'warning'} [${d.group}] ${where}${at}: ${d.message}${fix}`;
}

/** Thrown when a stage cannot continue; carries every diagnostic gathered so far. */
export class DiagnosticsError extends Error {
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(`${errors.length} error${errors.length === 1 ? '' : 's'}:\n${errors.map(formatDiagnostic).join('\n')}`);
    this.name = 'DiagnosticsError';
    this.diagnostics = diagnostics;
  }
}

/** Closest candidates by edit distance, for "did you mean …" fixes. */
export function closestNames(target: string, candidates: Iterable<string>, max = 1): string[] {
  const scored: { name: string; distance: number }[] = [];
  const limit = Math.max(2, Math.floor(target.length / 3));
  for (const name of candidates) {
    if (Math.abs(name.length - target.length) > limit) continue;
    const distance = editDistance(target, name, limit);
    if (distance <= limit) scored.push({ name, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name));
  return scored.slice(0, max).map((s) => s.name);
}

function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}
