/**
 * Tailwind arbitrary values in class lists (`bg-[#fff]`, `hover:text-[#325ee4]`, `p-[13px]`,
 * `shadow-[0_1px_2px_#0001]`): each becomes a declaration of the property its utility sets, so the
 * rules (and the role map) treat `bg-[#fff]` as a background. Underscores are Tailwind's spaces;
 * they are read as spaces at the same offsets, so reports and fixes land inside the brackets.
 */
import type { Declaration } from '../types.ts';

/**
 * Utility prefix → the property its arbitrary value sets (`text-` is a color or, for lengths, a font
 * size). A Map, not an object: `constructor-[#fff]` must not find Object.prototype's.
 */
const UTILITIES = new Map<string, string>([
  ['bg', 'background-color'],
  ['text', 'color'],
  ['border', 'border-color'],
  ['border-t', 'border-top-color'],
  ['border-r', 'border-right-color'],
  ['border-b', 'border-bottom-color'],
  ['border-l', 'border-left-color'],
  ['border-x', 'border-color'],
  ['border-y', 'border-color'],
  ['outline', 'outline-color'],
  ['ring', 'outline-color'],
  ['ring-offset', 'outline-color'],
  ['divide', 'border-color'],
  ['decoration', 'text-decoration-color'],
  ['fill', 'fill'],
  ['stroke', 'stroke'],
  ['accent', 'accent-color'],
  ['caret', 'caret-color'],
  ['placeholder', 'color'],
  ['shadow', 'box-shadow'],
  ['from', 'background-image'],
  ['via', 'background-image'],
  ['to', 'background-image'],
  ['p', 'padding'],
  ['px', 'padding-inline'],
  ['py', 'padding-block'],
  ['pt', 'padding-top'],
  ['pr', 'padding-right'],
  ['pb', 'padding-bottom'],
  ['pl', 'padding-left'],
  ['m', 'margin'],
  ['mx', 'margin-inline'],
  ['my', 'margin-block'],
  ['mt', 'margin-top'],
  ['mr', 'margin-right'],
  ['mb', 'margin-bottom'],
  ['ml', 'margin-left'],
  ['gap', 'gap'],
  ['gap-x', 'column-gap'],
  ['gap-y', 'row-gap'],
  ['space-x', 'margin-left'],
  ['space-y', 'margin-top'],
  ['rounded', 'border-radius'],
  ['leading', 'line-height'],
  ['z', 'z-index'],
  ['duration', 'transition-duration'],
  ['ease', 'transition-timing-function'],
  ['font', 'font-weight'],
]);

const CLASS = /(?:^|\s)(?:[\w-]+:)*!?-?([a-z]+(?:-[a-z]+)?)-\[([^\]\s]+)\]/g;
const LENGTH = /^-?[\d.]+(?:px|rem|em|%)?$/;

/** Declarations of the arbitrary values in one class list (`offset`: where the list starts in the file). */
export function tailwindDeclarations(classes: string, offset: number, out: Declaration[]): void {
  if (!classes.includes('-[')) return;
  for (const m of classes.matchAll(CLASS)) {
    const utility = m[1]!;
    let property = UTILITIES.get(utility);
    if (!property) continue;
    const raw = m[2]!;
    // a type hint (`bg-[color:var(--x)]`, `text-[length:1.5rem]`) says what the value is
    const hint = /^([a-z-]+):/.exec(raw);
    const value = (hint ? ' '.repeat(hint[0].length) + raw.slice(hint[0].length) : raw).replace(/_/g, ' ');
    if (utility === 'text' && (LENGTH.test(value.trim()) || hint?.[1] === 'length')) property = 'font-size';
    if (utility === 'font' && !/^\d+$/.test(value.trim())) continue;
    const start = m.index! + m[0].indexOf('[') + 1;
    out.push({
      property,
      value,
      offset: offset + start,
      syntax: 'tailwind',
      utility: m[0].trim().slice(0, m[0].trim().indexOf('-[')),
    });
  }
}
