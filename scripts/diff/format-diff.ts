import { KIND_ORDER, type TokenChange, type TokenDiff } from './diff-tokens.ts';

export const DIFF_FORMATS = ['text', 'json', 'markdown'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export function formatDiff(diff: TokenDiff, format: DiffFormat): string {
  if (format === 'json') return `${JSON.stringify(diff, null, 2)}\n`;
  if (format === 'markdown') return markdown(diff);
  return text(diff);
}

const side = (s: TokenDiff['from']) => (s.commit ? `${s.label} (${s.commit.slice(0, 7)})` : s.label);

export function summaryLine(diff: TokenDiff): string {
  const parts = KIND_ORDER.filter((k) => diff.counts[k]).map((k) => `${diff.counts[k]} ${k}`);
  return parts.length ? parts.join(', ') : 'no token changes';
}

/** One line per change, as text and in release-check. */
export function describeChange(c: TokenChange): string {
  switch (c.kind) {
    case 'added':
      return `added ${c.name} (${c.type}) = ${c.value}`;
    case 'removed':
      return `removed ${c.name} (${c.type}${c.wasDeprecated ? ', was deprecated' : ''})`;
    case 'renamed':
      return (
        `renamed ${c.from} → ${c.to}${c.alias ? ' (old name kept as a deprecated alias)' : ' without a deprecated alias'}` +
        `${c.valueChanged ? ', value changed too' : ''}`
      );
    case 'retyped':
      return `retyped ${c.name}: ${c.from} → ${c.to}`;
    case 'changed': {
      const modes = c.modes.map((m) => `${m.mode}: ${m.from} → ${m.to}`);
      if (c.reference && !c.modes.length)
        modes.push(`reference ${c.reference.from} → ${c.reference.to} (same resolved value)`);
      return `changed ${c.name}: ${modes.join('; ')}`;
    }
    case 'deprecated':
      return `deprecated ${c.name}: ${c.message}`;
    case 'mode-added':
      return `new context ${c.mode}`;
    case 'mode-removed':
      return `removed context ${c.mode}`;
  }
}

function text(diff: TokenDiff): string {
  const lines = [
    `tokens ${side(diff.from)} → ${side(diff.to)}: ${summaryLine(diff)}${diff.bump === 'none' ? '' : ` (needs a ${diff.bump} release)`}`,
  ];
  for (const c of diff.changes) lines.push(`  ${c.bump.padEnd(5)}  ${describeChange(c)}`);
  return `${lines.join('\n')}\n`;
}

const code = (s: string) => `\`${s.replaceAll('`', "'").replaceAll('|', '\\|')}\``;
const cell = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** Release-notes markdown: breaking changes first, each with what to do about it. */
function markdown(diff: TokenDiff): string {
  const out = [
    `## Token changes`,
    '',
    `${side(diff.from)} → ${side(diff.to)}: ${summaryLine(diff)}.${diff.bump === 'none' ? '' : ` This is a **${diff.bump}** change.`}`,
    '',
  ];
  const of = <K extends TokenChange['kind']>(kind: K) =>
    diff.changes.filter((c): c is Extract<TokenChange, { kind: K }> => c.kind === kind);
  const breaking = diff.changes.filter((c) => c.bump === 'major');
  if (breaking.length) {
    out.push('### Breaking changes', '', '| Change | Token | Migration |', '| --- | --- | --- |');
    for (const c of breaking) {
      if (c.kind === 'removed')
        out.push(
          `| Removed | ${code(c.name)} | Stop using ${code(c.cssVariable)}${c.wasDeprecated ? ' (it was deprecated)' : ''} |`,
        );
      else if (c.kind === 'renamed')
        out.push(`| Renamed | ${code(c.from)} → ${code(c.to)} | Replace the old name with the new one |`);
      else if (c.kind === 'retyped') out.push(`| Type changed | ${code(c.name)} | Was ${c.from}, now ${c.to} |`);
      else if (c.kind === 'mode-removed') out.push(`| Context removed | ${code(c.mode)} | Select another context |`);
    }
    out.push('');
  }
  const added = of('added');
  if (added.length) {
    out.push('### Added', '', '| Token | Type | Value |', '| --- | --- | --- |');
    for (const c of added) out.push(`| ${code(c.name)} | ${c.type} | ${code(c.value)} |`);
    out.push('');
  }
  const modesAdded = of('mode-added');
  if (modesAdded.length) out.push('### New contexts', '', ...modesAdded.map((c) => `- ${code(c.mode)}`), '');
  const deprecated = of('deprecated');
  const aliased = of('renamed').filter((c) => c.alias);
  if (deprecated.length || aliased.length) {
    out.push(
      '### Deprecated',
      '',
      'Deprecated tokens keep working until the next major release; `livery lint --fix` rewrites them.',
      '',
      '| Token | Replacement | Note |',
      '| --- | --- | --- |',
    );
    for (const c of aliased)
      out.push(
        `| ${code(c.from)} | ${code(c.to)} | Renamed; the old name is an alias${c.valueChanged ? ' (value changed)' : ''} |`,
      );
    for (const c of deprecated)
      out.push(`| ${code(c.name)} | ${c.replacement ? code(c.replacement) : '—'} | ${cell(c.message)} |`);
    out.push('');
  }
  const changed = of('changed');
  if (changed.length) {
    out.push('### Changed values', '', '| Token | Context | Before | After |', '| --- | --- | --- | --- |');
    for (const c of changed) {
      for (const m of c.modes) out.push(`| ${code(c.name)} | ${m.mode} | ${code(m.from)} | ${code(m.to)} |`);
      if (c.reference && !c.modes.length)
        out.push(`| ${code(c.name)} | reference | ${code(c.reference.from)} | ${code(c.reference.to)} |`);
    }
    out.push('');
  }
  if (!diff.changes.length) out.push('No token changes.', '');
  return out.join('\n');
}
