import { formatDiagnostic, type Diagnostic } from './diagnostics.ts';

/**
 * Prints diagnostics grouped by logger group, with counts per severity. Repeated warnings of one
 * kind are summarised after the first few, so a 10,000-token brand does not flood the terminal.
 */
const SHOWN_PER_KIND = 5;

export function printDiagnostics(diagnostics: Diagnostic[], stream: NodeJS.WritableStream = process.stderr): void {
  const perKind = new Map<string, number>();
  let hidden = 0;
  for (const d of diagnostics) {
    const kind = `${d.severity}:${d.group}:${d.message.replace(/"[^"]*"|\{[^}]*\}|\d+/g, '…')}`;
    const count = (perKind.get(kind) ?? 0) + 1;
    perKind.set(kind, count);
    if (d.severity === 'warning' && count > SHOWN_PER_KIND) {
      hidden++;
      continue;
    }
    stream.write(`${formatDiagnostic(d)}\n`);
  }
  if (hidden) stream.write(`… and ${hidden} more warnings of the kinds above\n`);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length) stream.write(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
}
