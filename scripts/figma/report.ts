import type { RGBA } from '@figma/rest-api-spec';
import { META, type DriftEntry } from './drift.ts';
import { hex } from './layer-lint.ts';
import type { FigmaProblem } from './figma-model.ts';
import { isAlias, type SyncValue, type SyncVariable } from './sync-model.ts';

/** The drift report: one line per token and mode that differs, saying which side changed. */
export function showValue(value: SyncValue | undefined): string {
  if (value === undefined) return '—';
  if (isAlias(value)) return `{${value.alias}}`;
  if (typeof value === 'object') return hex({ ...(value as RGBA), a: (value as RGBA).a ?? 1 });
  return JSON.stringify(value);
}

function showSide(variable: SyncVariable | undefined, mode: string): string {
  if (!variable) return 'absent';
  if (mode === META)
    return `${variable.resolvedType} "${variable.description}" scopes=${variable.scopes.join('+')}${variable.hiddenFromPublishing ? ' hidden' : ''}`;
  return showValue(variable.values.get(mode));
}

export function describeEntry(entry: DriftEntry): string {
  const side =
    entry.status === 'conflict'
      ? 'conflict: changed in code and in Figma since the last sync'
      : entry.status === 'code'
        ? entry.figma
          ? entry.code
            ? 'changed in code'
            : 'deleted in code'
          : 'only in code'
        : entry.figma
          ? entry.code
            ? 'changed in Figma'
            : 'only in Figma'
          : 'deleted in Figma';
  const what = entry.mode === META ? '(description, scopes, code syntax)' : `[${entry.mode}]`;
  return `${entry.collection} › ${entry.name} ${what}: code ${showSide(entry.code, entry.mode)}, Figma ${showSide(entry.figma, entry.mode)} (${side})`;
}

function driftSummary(entries: DriftEntry[]): string {
  const count = (s: DriftEntry['status']) => entries.filter((e) => e.status === s).length;
  return (
    `${count('same')} in sync, ${count('code')} changed in code, ${count('figma')} changed in ` +
    `Figma, ${count('conflict')} conflict${count('conflict') === 1 ? '' : 's'}`
  );
}

export function printDrift(entries: DriftEntry[], out: { write(text: string): unknown }): void {
  for (const entry of entries)
    if (entry.status !== 'same')
      out.write(
        `  ${entry.status === 'conflict' ? '!' : entry.status === 'code' ? '>' : '<'} ${describeEntry(entry)}\n`,
      );
  out.write(`${driftSummary(entries)}\n`);
}

export function printProblems(problems: FigmaProblem[], out: NodeJS.WritableStream): void {
  for (const p of problems)
    out.write(`${p.severity} [figma] ${p.at}: ${p.message}${p.fix ? `\n    fix: ${p.fix}` : ''}\n`);
}
