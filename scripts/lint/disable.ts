/**
 * Disable comments, in any comment syntax of any language:
 *   livery-disable-next-line no-raw-color -- legacy email template
 *   livery-disable-line no-raw-color, no-off-scale-value -- reason
 *   livery-disable no-raw-color -- reason   …   livery-enable no-raw-color
 * The reason after ` -- ` is mandatory: a directive without one is itself an error and disables
 * nothing. Directives that suppress nothing are reported as unused.
 */
import type { RuleMeta } from './types.ts';

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
  /** Empty: every rule. */
  rules: string[];
  reason: string;
  line: number;
  column: number;
  endColumn: number;
  /** Lines covered (inclusive). */
  from: number;
  to: number;
  used: boolean;
}

export const directiveRules: RuleMeta[] = [
  {
    id: 'disable-needs-reason',
    severity: 'error',
    fixable: false,
    docs: {
      description: 'Require a reason after ` -- ` in every livery-disable comment.',
      url: 'scripts/lint/README.md#disable-comments',
    },
    messages: {
      missing: ({ directive }) => `${directive} needs a reason: add " -- <why>" (it disables nothing until then)`,
    },
  },
  {
    id: 'unused-disable',
    severity: 'warning',
    fixable: false,
    docs: {
      description: 'Report livery-disable comments that suppress nothing.',
      url: 'scripts/lint/README.md#disable-comments',
    },
    messages: {
      unused: ({ rules }) => `unused livery-disable directive (no ${rules || 'finding'} to suppress here); remove it`,
    },
  },
];

const PATTERN = /(\/\/|\/\*|<!--|\{\/\*|^\s*\*|#)\s*livery-(disable-next-line|disable-line|disable|enable)\b([^\n]*)/gm;

export function parseDirectives(
  text: string,
  lineOf: (offset: number) => { line: number; column: number },
): { directives: Directive[]; invalid: Directive[] } {
  const directives: Directive[] = [];
  const invalid: Directive[] = [];
  if (!text.includes('livery-')) return { directives, invalid };
  let m: RegExpExecArray | null;
  const open = new Map<string, Directive>();
  PATTERN.lastIndex = 0;
  while ((m = PATTERN.exec(text))) {
    const kind =
      m[2] === 'disable'
        ? 'disable'
        : m[2] === 'enable'
          ? 'enable'
          : m[2] === 'disable-line'
            ? 'disable-line'
            : 'disable-next-line';
    const rest = m[3]!.replace(/\s*(\*\/\}?|-->|\}).*$/, '');
    const [rulePart = '', ...reasonParts] = rest.split(/\s--\s|\s--$/);
    const reason = reasonParts.join(' -- ').trim();
    const rules = rulePart.split(/[\s,]+/).filter(Boolean);
    const start = m.index + m[0].indexOf('livery-');
    const { line, column } = lineOf(start);
    const directive: Directive = {
      kind,
      rules,
      reason,
      line,
      column,
      endColumn: column + m[0].length - m[0].indexOf('livery-'),
      from: line,
      to: line,
      used: false,
    };
    if (kind === 'enable') {
      for (const key of rules.length ? rules : [...open.keys()]) {
        const d = open.get(key) ?? open.get('*');
        if (d) d.to = line;
        open.delete(key);
      }
      continue;
    }
    if (!reason) {
      invalid.push(directive);
      continue;
    }
    if (kind === 'disable-next-line') ((directive.from = line + 1), (directive.to = line + 1));
    if (kind === 'disable') {
      directive.to = Number.MAX_SAFE_INTEGER;
      for (const key of rules.length ? rules : ['*']) open.set(key, directive);
    }
    directives.push(directive);
  }
  return { directives, invalid };
}

/** The directive that suppresses a finding of `ruleId` on `line`, if any (marked used). */
export function suppressing(directives: Directive[], ruleId: string, line: number): Directive | undefined {
  for (const d of directives) {
    if (line < d.from || line > d.to) continue;
    if (d.rules.length && !d.rules.includes(ruleId)) continue;
    d.used = true;
    return d;
  }
  return undefined;
}
