import { GENERIC_FONT_FAMILIES } from '../../../build/css-value.ts';
import { ruleDocsUrl, tokenFix } from '../../replacement.ts';
import type { Rule } from '../../types.ts';

export type Options = Record<string, never>;

/** Families that are no font to register: the generic and system families, and the CSS-wide keywords. */
const GENERIC = new Set([
  ...[...GENERIC_FONT_FAMILIES].map((family) => family.toLowerCase()),
  'inherit',
  'initial',
  'unset',
  'revert',
  'revert-layer',
]);
/** Families of a `font-family` value with their offsets (quotes stripped). */
function families(value: string): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = [];
  const re = /\s*("([^"]*)"|'([^']*)'|([^,]+?))\s*(?:,|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(value)) && m[0] !== '') {
    const raw = m[1]!;
    const start = m.index + m[0].indexOf(raw);
    out.push({ name: (m[2] ?? m[3] ?? m[4] ?? '').trim(), start, end: start + raw.length });
  }
  return out;
}

export const noUnregisteredFontFamily: Rule<Options> = {
  meta: {
    id: 'no-unregistered-font-family',
    severity: 'warning',
    fixable: true,
    rawValues: true,
    docs: {
      description: 'Disallow font families that no font-family token registers.',
      url: ruleDocsUrl('no-unregistered-font-family'),
    },
    messages: {
      exact: ({ value, token, variable }) => `${value} is ${token}: use var(${variable})`,
      unregistered: ({ family, registered }) =>
        `"${family}" is not a registered font family (registered: ${registered}); use a font-family token`,
    },
  },
  defaultOptions: {},
  create(context) {
    const { messages } = noUnregisteredFontFamily.meta;
    const { fontFamilies, fontStacks } = context.index;
    return {
      declaration(declaration) {
        if (declaration.property !== 'font-family' || !fontStacks.length) return;
        const value = declaration.value;
        if (/var\(|[$@{}]|^\s*$/.test(value)) return;
        const list = families(value);
        const names = list.map((f) => f.name.toLowerCase());
        const stack = fontStacks.find(
          (s) => s.families.length === names.length && s.families.every((f, i) => f === names[i]),
        );
        if (stack) {
          const fix = tokenFix(context, declaration, 0, value.length, stack.token);
          context.report({
            message: messages.exact!({ value, token: stack.token.name, variable: stack.token.cssVariable }),
            start: declaration.offset,
            end: declaration.offset + value.length,
            value,
            ...(fix ? { fix } : {}),
          });
          return;
        }
        const registered = [...new Set(fontStacks.map((s) => s.names[0]!))].join(', ');
        for (const family of list) {
          const lower = family.name.toLowerCase();
          if (!lower || GENERIC.has(lower) || fontFamilies.has(lower)) continue;
          context.report({
            message: messages.unregistered!({ family: family.name, registered }),
            start: declaration.offset + family.start,
            end: declaration.offset + family.end,
            value: family.name,
          });
        }
      },
    };
  },
};

export default noUnregisteredFontFamily;
