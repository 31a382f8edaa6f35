/**
 * Applies fixes: non-overlapping replacements from the end of the file back, then the named
 * imports JS fixes need (merged into an existing `import { … } from 'liverykit/tokens'`). The engine
 * re-lints the result until nothing more is fixable, so `--fix` is idempotent.
 */
import type { Fix } from './types.ts';

export function applyFixes(text: string, fixes: Fix[]): string {
  const sorted = [...fixes].sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: Fix[] = [];
  let lastEnd = -1;
  for (const fix of sorted) {
    if (fix.start < lastEnd) continue;
    chosen.push(fix);
    lastEnd = fix.end;
  }
  let out = text;
  for (let i = chosen.length - 1; i >= 0; i--) {
    const fix = chosen[i]!;
    out = out.slice(0, fix.start) + fix.text + out.slice(fix.end);
  }
  const imports = [...new Set(chosen.flatMap((f) => f.imports ?? []))];
  return imports.length ? addImports(out, imports) : out;
}

const IMPORT = /import\s*\{([^}]*)\}\s*from\s*(['"])livery\/tokens\2;?/;

function addImports(text: string, names: string[]): string {
  const existing = IMPORT.exec(text);
  if (existing) {
    const have = existing[1]!
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const all = [...new Set([...have, ...names])].sort();
    return (
      text.slice(0, existing.index) +
      `import { ${all.join(', ')} } from ${existing[2]}liverykit/tokens${existing[2]};` +
      text.slice(existing.index + existing[0].length)
    );
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  // after a shebang, leading comments and directives ('use client')
  const head = /^(?:#![^\n]*\n)?(?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/)\s*\n)*(?:\s*(['"])use [a-z]+\1;?[^\n]*\n)*/.exec(
    text,
  );
  const at = head ? head[0].length : 0;
  return (
    text.slice(0, at) + `import { ${[...names].sort().join(', ')} } from 'liverykit/tokens';${eol}` + text.slice(at)
  );
}

/** A unified diff of two versions of a file (hunks of changed lines with one line of context). */
export function unifiedDiff(file: string, before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  const out = [`--- a/${file}`, `+++ b/${file}`];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) (endA--, endB--);
  if (endA - start === endB - start) {
    // same number of lines: one hunk per run of changed lines
    let i = start;
    while (i <= endA) {
      if (a[i] === b[i]) {
        i++;
        continue;
      }
      let j = i;
      while (j <= endA && a[j] !== b[j]) j++;
      out.push(`@@ -${i + 1},${j - i} +${i + 1},${j - i} @@`);
      // each fixed line right under the line it replaces, so a reviewer compares them in place
      // (still a unified diff that `git apply` and `patch` accept)
      for (let k = i; k < j; k++) out.push(`-${a[k]}`, `+${b[k]}`);
      i = j;
    }
  } else {
    out.push(`@@ -${start + 1},${endA - start + 1} +${start + 1},${endB - start + 1} @@`);
    for (let k = start; k <= endA; k++) out.push(`-${a[k]}`);
    for (let k = start; k <= endB; k++) out.push(`+${b[k]}`);
  }
  return `${out.join('\n')}\n`;
}
