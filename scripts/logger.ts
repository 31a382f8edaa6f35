import { formatDiagnostic, type Diagnostic } from './diagnostics.ts';

/**
 * Prints diagnostics grouped by logger group (`config`, `tokens`, `build`, `figma`…, in the order
 * each group first appears), errors before warnings within a group, with counts per severity for
 * every group and in total. Repeated warnings of one kind are summarised after the first few, so a
 * 10,000-token brand does not flood the terminal; errors are always printed.
 */
const SHOWN_PER_KIND = 5;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const counts = (items: Diagnostic[]) => {
  const errors = items.filter((d) => d.severity === 'error').length;
  return `${plural(errors, 'error')}, ${plural(items.length - errors, 'warning')}`;
};

export function printDiagnostics(diagnostics: Diagnostic[], stream: NodeJS.WritableStream = process.stderr): void {
  if (!diagnostics.length) return;
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) groups.set(d.group, [...(groups.get(d.group) ?? []), d]);
  const perKind = new Map<string, number>();
  for (const [group, items] of groups) {
    let hidden = 0;
    const ordered = [...items.filter((d) => d.severity === 'error'), ...items.filter((d) => d.severity !== 'error')];
    for (const d of ordered) {
      const kind = `${d.severity}:${group}:${d.message.replace(/"[^"]*"|\{[^}]*\}|\d+/g, '…')}`;
      const count = (perKind.get(kind) ?? 0) + 1;
      perKind.set(kind, count);
      if (d.severity === 'warning' && count > SHOWN_PER_KIND) hidden++;
      else stream.write(`${formatDiagnostic(d)}\n`);
    }
    if (hidden) stream.write(`… and ${plural(hidden, 'more warning')} [${group}] of the kinds above\n`);
  }
  const byGroup =
    groups.size > 1 ? ` (${[...groups].map(([group, items]) => `${group}: ${counts(items)}`).join('; ')})` : '';
  stream.write(`${counts(diagnostics)}${byGroup}\n`);
}
