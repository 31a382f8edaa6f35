/**
 * Declarations of a stylesheet (CSS, SCSS, Less, CSS modules, CSS-in-JS template text): a single
 * pass that skips comments and strings, tracks blocks, and hands back `property: value` pairs with
 * the value's offset. Selectors, at-rule preludes (`@media`, `@include`) and `--lv-*` definitions
 * (the token-definition files themselves) are not declarations rules look at.
 */
import type { Declaration } from '../types.ts';
import { lowerCase } from '../lower-case.ts';

export interface CssOptions {
  /** `//` line comments (SCSS, Less, CSS-in-JS). */
  lineComments: boolean;
  /** Added to every offset (where the stylesheet sits in the file). */
  offset: number;
  /** The scope around the whole stylesheet (a JS object's names), kept before its own preludes. */
  scope?: string;
}

/** The characters that can change the parser's state: `/ " ' ( ) { } ;`. Everything else is skipped in one test. */
const STRUCTURAL = new Uint8Array(126);
for (const c of '/"\'(){};') STRUCTURAL[c.charCodeAt(0)] = 1;
/**
 * The same characters, for skipping to the next one: the regular expression engine's scan is
 * native code, and took extraction from 300 to 210 ms on 21.7 MB of stylesheets (the same
 * declarations from all 9,206 CSS, SCSS and Less files of the bench tree, Vuetify, Spectrum and this repo).
 */
const NEXT_STRUCTURAL = /[/"'(){};]/g;

export function extractCss(text: string, options: CssOptions, out: Declaration[] = []): Declaration[] {
  const n = text.length;
  let i = 0;
  let start = 0;
  let paren = 0;
  // the scope around each open block: the outer scope and the non-empty preludes, one per line
  // (what a declaration's theme is read from); kept per depth, so closing a block joins nothing
  const scopes: (string | undefined)[] = [];
  let scope = options.scope;
  const statement = (end: number) => {
    if (end > start) declaration(text, start, end, options.offset, out, scope);
    start = end + 1;
  };
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c > 125 || !STRUCTURAL[c]) {
      NEXT_STRUCTURAL.lastIndex = i;
      // test(), not exec(): exec builds a match array per structural character (260 MB of the
      // bench tree's 2.3 GB of allocation); after a one-character match lastIndex is just past it
      i = NEXT_STRUCTURAL.test(text) ? NEXT_STRUCTURAL.lastIndex - 1 : n;
      if (i >= n) break;
      c = text.charCodeAt(i);
    }
    if (c === 47) {
      const next = text.charCodeAt(i + 1);
      if (next === 42) {
        const close = text.indexOf('*/', i + 2);
        const end = close < 0 ? n : close + 2;
        // a comment between declarations: the statement starts after it
        if (text.slice(start, i).trim() === '') start = end;
        i = end;
        continue;
      }
      if (next === 47 && options.lineComments && paren === 0 && text.charCodeAt(i - 1) !== 58) {
        const close = text.indexOf('\n', i);
        const end = close < 0 ? n : close;
        if (text.slice(start, i).trim() === '') start = end;
        i = end;
        continue;
      }
    } else if (c === 34 || c === 39) {
      i = skipString(text, i);
      continue;
    } else if (c === 40) paren++;
    else if (c === 41) paren = Math.max(0, paren - 1);
    else if (c === 123) {
      if (text.charCodeAt(i - 1) === 35 || text.charCodeAt(i - 1) === 64) {
        // #{…} / @{…} interpolation
        const close = text.indexOf('}', i);
        i = close < 0 ? n : close + 1;
        continue;
      }
      // a selector or at-rule prelude ends here; a `prop: {` (SCSS nested property) is skipped too
      const prelude = text.slice(start, i).trim();
      scopes.push(scope);
      if (prelude) scope = scope ? `${scope}\n${prelude}` : prelude;
      start = i + 1;
      paren = 0;
    } else if (c === 59 && paren === 0) statement(i);
    else if (c === 125) {
      statement(i);
      if (scopes.length) scope = scopes.pop();
      paren = 0;
    }
    i++;
  }
  if (start < n) statement(n);
  return out;
}

/**
 * The declaration in `text` from `from` to `to` (a statement: `property: value`, without its `;`),
 * added to `out` unless it is not one; offsets are `offset` plus the position in `text`. The
 * indented Sass syntax, whose statements are lines, uses it too.
 */
export function declaration(
  text: string,
  from: number,
  to: number,
  offset: number,
  out: Declaration[],
  scope: string | undefined,
): void {
  let s = from;
  while (s < to && isSpace(text.charCodeAt(s))) s++;
  if (s >= to) return;
  const first = text.charCodeAt(s);
  // Less variables `@name: value` are declarations; other at-rules are not
  if (first === 64 && !/^@[\w-]+\s*:/.test(text.slice(s, Math.min(to, s + 80)))) return;
  const colon = findColon(text, s, to);
  if (colon < 0) return;
  const property = text.slice(s, colon).trim();
  if (!isPropertyName(property)) return;
  const lower = property.startsWith('--') ? property : lowerCase(property);
  if (lower.startsWith('--lv-') || lower.startsWith('$lv-')) return;
  let v = colon + 1;
  while (v < to && isSpace(text.charCodeAt(v))) v++;
  let e = to;
  while (e > v && isSpace(text.charCodeAt(e - 1))) e--;
  let value = text.slice(v, e);
  const important = value.includes('!') ? /\s*!\s*(?:important|default|global)\s*$/i.exec(value) : null;
  if (important) value = value.slice(0, important.index);
  if (!value) return;
  out.push(
    scope
      ? { property: lower, value, offset: offset + v, syntax: 'css', scope }
      : { property: lower, value, offset: offset + v, syntax: 'css' },
  );
}

/** `--custom`, `$scss`, `@less`, `-vendor-prop` or `prop`: word characters and dashes after that. */
function isPropertyName(name: string): boolean {
  const first = name.charCodeAt(0);
  let i = 1;
  if (first === 45) {
    const second = name.charCodeAt(1);
    if (second === 45) i = 2;
    else if (isLetter(second)) i = 2;
    else return false;
  } else if (first !== 36 && first !== 64 && !isLetter(first)) return false;
  for (; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!isLetter(c) && !(c >= 48 && c <= 57) && c !== 45 && c !== 95) return false;
  }
  return name.length > 0;
}

const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

function findColon(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) return i;
    if (c === 40 || c === 34 || c === 39) return -1;
  }
  return -1;
}

/** Whitespace as CSS and HTML both define it: space, tab, line feed, carriage return, form feed. */
export const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12;

export function skipString(text: string, i: number): number {
  const quote = text.charCodeAt(i);
  let j = i + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 92) j += 2;
    else if (c === quote || c === 10) return j + 1;
    else j++;
  }
  return text.length;
}
