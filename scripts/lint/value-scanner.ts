/**
 * Splits one CSS value into the pieces rules look at: colors (hex, color functions, named
 * colors), `var()` references, numbers with units and `cubic-bezier()`/`steps()`. Other words
 * are passed over without a token (a rule that needs one reads the value itself: the bench tree's
 * CSS and SCSS hold 287,000 words no rule asked about, 30 MB of the 1.2 GB linting allocated).
 * Strings, `url()` and comments are skipped: values inside them are never findings.
 */
import { COLOR_FUNCTIONS, NAMED_COLORS } from './color.ts';
import { lowerCase } from './lower-case.ts';

export type ValueToken =
  | {
      kind: 'hex' | 'color-function' | 'named-color';
      text: string;
      start: number;
      end: number;
      depth: number;
      inLvFallback: boolean;
    }
  | {
      kind: 'var';
      name: string;
      start: number;
      end: number;
      nameStart: number;
      nameEnd: number;
      hasFallback: boolean;
      depth: number;
      inLvFallback: boolean;
    }
  | {
      kind: 'dimension';
      text: string;
      number: number;
      unit: string;
      start: number;
      end: number;
      depth: number;
      inMath: boolean;
      inLvFallback: boolean;
    }
  | { kind: 'easing'; text: string; start: number; end: number; depth: number; inLvFallback: boolean };

const MATH = new Set([
  'calc',
  'min',
  'max',
  'clamp',
  'round',
  'mod',
  'rem',
  'abs',
  'sign',
  '-webkit-calc',
  '-moz-calc',
]);
const isIdentStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 45 || c > 127;
const isIdent = (c: number) => isIdentStart(c) || (c >= 48 && c <= 57);
const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
const isDigit = (c: number) => c >= 48 && c <= 57;

let last: { value: string; tokens: ValueToken[] } = { value: '', tokens: [] };

/**
 * Tokens of a value; offsets are relative to the value. Every rule looks at the same declaration
 * in turn, so remembering the last value is enough: scanning a short value is cheaper than
 * hashing it into a cache of every value in a 100 MB repo.
 */
export function scanValue(value: string): ValueToken[] {
  if (last.value !== value) last = { value, tokens: scan(value) };
  return last.tokens;
}

type Frame = { name: string; lvFallback: boolean };
// (functions of the stack, not closures made per value: a 100 MB repo scans a million values)
const inMath = (stack: Frame[]) => stack.length > 0 && stack.some((f) => MATH.has(f.name));
const inLv = (stack: Frame[]) => stack.length > 0 && stack.some((f) => f.lvFallback);

function scan(value: string): ValueToken[] {
  const tokens: ValueToken[] = [];
  // the stack of open functions; "lv" marks the fallback of a var(--lv-…)
  const stack: Frame[] = [];
  const n = value.length;
  let i = 0;
  while (i < n) {
    const c = value.charCodeAt(i);
    if (c === 34 || c === 39) {
      i = skipString(value, i);
      continue;
    }
    if (c === 47 && value.charCodeAt(i + 1) === 42) {
      const close = value.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 2;
      continue;
    }
    if (c === 35) {
      // #{…} is SCSS interpolation; #abc a hex color
      if (value.charCodeAt(i + 1) === 123) {
        const close = value.indexOf('}', i);
        i = close < 0 ? n : close + 1;
        continue;
      }
      let j = i + 1;
      while (j < n && isHex(value.charCodeAt(j))) j++;
      const len = j - i - 1;
      if (
        (len === 3 || len === 4 || len === 6 || len === 8) &&
        (j >= n || !isIdent(value.charCodeAt(j))) &&
        (i === 0 || !isIdent(value.charCodeAt(i - 1)))
      ) {
        tokens.push({
          kind: 'hex',
          text: value.slice(i, j),
          start: i,
          end: j,
          depth: stack.length,
          inLvFallback: inLv(stack),
        });
      }
      i = j;
      while (i < n && isIdent(value.charCodeAt(i))) i++;
      continue;
    }
    if (c === 40) {
      stack.push({ name: '', lvFallback: false });
      i++;
      continue;
    }
    if (c === 41) {
      stack.pop();
      i++;
      continue;
    }
    if (c === 44 && stack.length && stack[stack.length - 1]!.name === 'var') {
      const top = stack[stack.length - 1]!;
      top.lvFallback = (top as { lv?: boolean }).lv === true;
      i++;
      continue;
    }
    if (
      isDigit(c) ||
      ((c === 46 || c === 45 || c === 43) && isDigit(value.charCodeAt(i + 1))) ||
      (c === 46 && isDigit(value.charCodeAt(i + 1))) ||
      ((c === 45 || c === 43) && value.charCodeAt(i + 1) === 46 && isDigit(value.charCodeAt(i + 2)))
    ) {
      if (i > 0 && isIdent(value.charCodeAt(i - 1)) && c !== 45 && c !== 43) {
        // a digit inside an identifier (e.g. h1, col-2, or the `.5` of `a.5`): part of that identifier;
        // the first step is taken unconditionally, as `.` is not an identifier character
        do i++;
        while (i < n && (isIdent(value.charCodeAt(i)) || value.charCodeAt(i) === 46));
        continue;
      }
      let j = i + 1;
      while (j < n && (isDigit(value.charCodeAt(j)) || value.charCodeAt(j) === 46)) j++;
      if ((value.charCodeAt(j) === 101 || value.charCodeAt(j) === 69) && isDigit(value.charCodeAt(j + 1))) {
        j += 2;
        while (j < n && isDigit(value.charCodeAt(j))) j++;
      }
      const numberEnd = j;
      if (value.charCodeAt(j) === 37) j++;
      else while (j < n && isIdentStart(value.charCodeAt(j)) && value.charCodeAt(j) !== 45) j++;
      if (j < n && isIdent(value.charCodeAt(j))) {
        while (j < n && isIdent(value.charCodeAt(j))) j++;
        i = j;
        continue;
      }
      const number = Number(value.slice(i, numberEnd));
      if (Number.isFinite(number))
        tokens.push({
          kind: 'dimension',
          text: value.slice(i, j),
          number,
          unit: lowerCase(value.slice(numberEnd, j)),
          start: i,
          end: j,
          depth: stack.length,
          inMath: inMath(stack),
          inLvFallback: inLv(stack),
        });
      i = j;
      continue;
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdent(value.charCodeAt(j))) j++;
      const word = value.slice(i, j);
      const lower = lowerCase(word);
      if (value.charCodeAt(j) === 40) {
        if (lower === 'url' || lower === 'format' || lower === 'local' || lower === 'attr') {
          i = skipParens(value, j);
          continue;
        }
        // a whole function call is one token: a color (`rgb(…)`, not `theme.rgb(…)`) or an easing
        const call =
          COLOR_FUNCTIONS.has(lower) && (i === 0 || value.charCodeAt(i - 1) !== 46)
            ? ('color-function' as const)
            : lower === 'cubic-bezier' || lower === 'steps'
              ? ('easing' as const)
              : undefined;
        if (call) {
          const end = skipParens(value, j);
          tokens.push({
            kind: call,
            text: value.slice(i, end),
            start: i,
            end,
            depth: stack.length,
            inLvFallback: inLv(stack),
          });
          i = end;
          continue;
        }
        if (lower === 'var') {
          let k = j + 1;
          while (
            k < n &&
            (value.charCodeAt(k) === 32 ||
              value.charCodeAt(k) === 10 ||
              value.charCodeAt(k) === 9 ||
              value.charCodeAt(k) === 13)
          )
            k++;
          let e = k;
          while (e < n && isIdent(value.charCodeAt(e))) e++;
          const name = value.slice(k, e);
          const close = skipParens(value, j);
          let m = e;
          while (m < n && value.charCodeAt(m) === 32) m++;
          tokens.push({
            kind: 'var',
            name,
            start: i,
            end: close,
            nameStart: k,
            nameEnd: e,
            hasFallback: value.charCodeAt(m) === 44,
            depth: stack.length,
            inLvFallback: inLv(stack),
          });
          const frame = { name: 'var', lvFallback: false, lv: name.startsWith('--lv-') };
          stack.push(frame);
          i = e;
          continue;
        }
        stack.push({ name: lower, lvFallback: false });
        i = j + 1;
        continue;
      }
      // a member access (theme.red) or a property name inside a value is not a color
      const prev = i > 0 ? value.charCodeAt(i - 1) : 0;
      const next = value.charCodeAt(j);
      if (prev !== 46 && prev !== 36 && prev !== 64 && next !== 58 && next !== 46 && NAMED_COLORS.has(lower))
        tokens.push({
          kind: 'named-color',
          text: word,
          start: i,
          end: j,
          depth: stack.length,
          inLvFallback: inLv(stack),
        });
      i = j;
      continue;
    }
    if (c === 36 || c === 64) {
      // $scss / @less variables
      i++;
      while (i < n && isIdent(value.charCodeAt(i))) i++;
      continue;
    }
    i++;
  }
  return tokens;
}

function skipString(text: string, i: number): number {
  const quote = text.charCodeAt(i);
  let j = i + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 92) j += 2;
    else if (c === quote) return j + 1;
    else j++;
  }
  return text.length;
}

/** From an opening parenthesis to just after its match (strings inside are skipped). */
function skipParens(text: string, open: number): number {
  let depth = 0;
  let j = open;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 34 || c === 39) {
      j = skipString(text, j);
      continue;
    }
    if (c === 40) depth++;
    else if (c === 41) {
      depth--;
      if (depth === 0) return j + 1;
    }
    j++;
  }
  return text.length;
}
