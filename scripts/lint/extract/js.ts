/**
 * Style regions of JS/TS/JSX/TSX: tagged templates (styled-components, emotion, Lit `css` as
 * stylesheets; Lit `html`/`svg` as markup), object styles and theme objects (`key: 'value'`),
 * JSX `style="…"` and color attributes, `el.style.x = …`, and any string holding `var(--lv-…)`.
 * A small lexer skips comments, regex literals and non-style strings, so values there are never findings.
 */
import { jsScope } from '../theme-scope.ts';
import type { Declaration } from '../types.ts';
import { extractCss } from './css.ts';
import { tailwindDeclarations } from './tailwind.ts';
import { COLOR_ATTRIBUTES, NON_STYLE_KEYS, isCssProperty, kebabProperty } from './properties.ts';

export interface JsHooks {
  /** Markup inside html`` / svg`` templates (the HTML extractor, passed in to avoid an import cycle). */
  html(text: string, offset: number, out: Declaration[]): void;
}

const REGEX_AFTER = new Set([...'(,=:[!&|?{};+-*%<>~^'].map((c) => c.charCodeAt(0)));
const REGEX_WORDS = new Set([
  'return',
  'typeof',
  'case',
  'do',
  'else',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'yield',
  'await',
]);
const isIdent = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c > 127;
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

export function extractJs(text: string, offset: number, hooks: JsHooks, out: Declaration[] = []): Declaration[] {
  lexCode(text, 0, text.length, false, { text, offset, hooks, out, names: [] });
  return out;
}

interface State {
  text: string;
  offset: number;
  hooks: JsHooks;
  out: Declaration[];
  /** The name of each open brace's object (`darkTheme = {`, `dark: {`), '' for other braces: a value's theme is read from them. */
  names: string[];
}

/** `name = {`, `name: Type = {`, `key: {`, `'key': {` before a brace: the object's name, else ''. */
function objectName(text: string, brace: number): string {
  let j = brace - 1;
  while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
  // most braces open blocks and arrow bodies: only `=` and `:` can name an object
  const c = text.charCodeAt(j);
  if ((c !== 61 && c !== 58) || text.charCodeAt(j - 1) === 61 || text.charCodeAt(j - 1) === 33) return '';
  // read backwards by hand: a regular expression anchored at the end tries every start before it,
  // which cost 65 ms of a 2,000-file Vue repository
  let k = j - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  const quote = text.charCodeAt(k);
  if (c === 58 && (quote === 39 || quote === 34)) {
    const open = text.lastIndexOf(String.fromCharCode(quote), k - 1);
    return open < 0 || text.slice(open, k).includes('\n') ? '' : text.slice(open + 1, k);
  }
  if (c === 61) {
    // `name: Type = {`: the annotation's characters back to its colon, then the name before that
    const floor = Math.max(0, brace - 120);
    let t = k;
    while (t >= floor && isAnnotation(text.charCodeAt(t))) t--;
    if (t >= floor && text.charCodeAt(t) === 58 && text.charCodeAt(t - 1) !== 58) {
      let n = t - 1;
      while (n >= 0 && isSpace(text.charCodeAt(n))) n--;
      // no name before that colon (`'label': <Select items={`): the word before `=` names it
      if (isWord(text.charCodeAt(n))) k = n;
    }
  }
  let start = k;
  while (start >= 0 && isWord(text.charCodeAt(start))) start--;
  return text.slice(start + 1, k + 1);
}

/** `[\w$]`: the characters of a name as the object-name patterns read them. */
const isWord = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36;
/** What a type annotation is written with: names, `.`, `<>`, `[]`, `,` and spaces. */
const isAnnotation = (c: number) =>
  isWord(c) || c === 46 || c === 60 || c === 62 || c === 91 || c === 93 || c === 44 || c === 32;

/** Lexes code from `i`; in an expression (`${…}`) stops at the closing brace and returns its index. */
function lexCode(text: string, i: number, end: number, inExpression: boolean, state: State): number {
  let depth = 0;
  let prev = 0; // last significant char code
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === 47) {
      const next = text.charCodeAt(i + 1);
      if (next === 47) {
        const close = text.indexOf('\n', i);
        i = close < 0 ? end : close;
        continue;
      }
      if (next === 42) {
        const close = text.indexOf('*/', i + 2);
        i = close < 0 ? end : close + 2;
        continue;
      }
      if (
        prev === 0 ||
        (REGEX_AFTER.has(prev) && prev !== 60) ||
        (isIdent(prev) && REGEX_WORDS.has(lastWord(text, i)))
      ) {
        i = skipRegex(text, i, end);
        prev = 41;
        continue;
      }
      prev = c;
      i++;
      continue;
    }
    if ((c === 39 || c === 34) && (i === 0 || !isIdent(text.charCodeAt(i - 1)))) {
      // (a quote right after a word is JSX text: `<p>Don't</p>`)
      const close = skipString(text, i, end);
      literal(text, i, close, state);
      i = close;
      prev = 39;
      continue;
    }
    if (c === 96) {
      i = template(text, i, end, state);
      prev = 96;
      continue;
    }
    if (c === 123) {
      depth++;
      state.names.push(objectName(text, i));
    } else if (c === 125) {
      if (inExpression && depth === 0) return i;
      depth--;
      state.names.pop();
    } else if (c >= 48 && c <= 57 && !isIdent(text.charCodeAt(i - 1))) {
      let j = i + 1;
      while (j < end && (isIdent(text.charCodeAt(j)) || text.charCodeAt(j) === 46)) j++;
      numberValue(text, i, j, state);
      prev = 48;
      i = j;
      continue;
    } else if (isIdent(c)) {
      let j = i + 1;
      while (j < end && isIdent(text.charCodeAt(j))) j++;
      prev = c;
      i = j;
      continue;
    }
    prev = c;
    i++;
  }
  return end;
}

function lastWord(text: string, i: number): string {
  let e = i - 1;
  while (e >= 0 && isSpace(text.charCodeAt(e))) e--;
  let s = e;
  while (s >= 0 && isIdent(text.charCodeAt(s))) s--;
  return text.slice(s + 1, e + 1);
}

function skipString(text: string, i: number, end: number): number {
  const quote = text.charCodeAt(i);
  let j = i + 1;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c === 92) j += 2;
    else if (c === quote) return j + 1;
    else if (c === 10) return j;
    else j++;
  }
  return end;
}

function skipRegex(text: string, i: number, end: number): number {
  let j = i + 1;
  let inClass = false;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c === 92) j += 2;
    else if (c === 10) return j;
    else if (c === 91) ((inClass = true), j++);
    else if (c === 93) ((inClass = false), j++);
    else if (c === 47 && !inClass) {
      j++;
      while (j < end && isIdent(text.charCodeAt(j))) j++;
      return j;
    } else j++;
  }
  return end;
}

/** A template literal: its expressions are lexed as code; its text is blanked where they were. */
function template(text: string, open: number, end: number, state: State): number {
  let j = open + 1;
  let blanked = '';
  let chunkStart = j;
  let hasExpressions = false;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c === 92) {
      j += 2;
      continue;
    }
    if (c === 96) break;
    if (c === 36 && text.charCodeAt(j + 1) === 123) {
      hasExpressions = true;
      blanked += text.slice(chunkStart, j);
      const close = lexCode(text, j + 2, end, true, state);
      blanked += text.slice(j, Math.min(close + 1, end)).replace(/[^\n]/g, ' ');
      j = close + 1;
      chunkStart = j;
      continue;
    }
    j++;
  }
  blanked += text.slice(chunkStart, Math.min(j, end));
  const close = Math.min(j + 1, end);
  const tag = tagBefore(text, open);
  const contentOffset = state.offset + open + 1;
  if (
    tag &&
    /(?:^|[.(])(?:styled|css|createGlobalStyle|keyframes|injectGlobal|unsafeCSS)\b|^styled\b|\.(?:attrs|withConfig)\(|^(?:css|tw|global)$/.test(
      tag,
    )
  ) {
    const scope = jsScope(state.names);
    extractCss(blanked, { lineComments: true, offset: contentOffset, ...(scope ? { scope } : {}) }, state.out);
  } else if (tag && /(?:^|\.)(?:html|svg)$/.test(tag)) {
    state.hooks.html(blanked, contentOffset, state.out);
  } else if (!tag && !hasExpressions) {
    literal(text, open, close, state);
  } else if (blanked.includes('var(--lv-')) {
    state.out.push({ property: '*', value: blanked, offset: contentOffset, syntax: 'css' });
  }
  return close;
}

/** The tag of a tagged template: `css`, `styled.div`, `styled(Button).attrs(…)`, `html`. */
function tagBefore(text: string, open: number): string {
  let e = open - 1;
  while (e >= 0 && isSpace(text.charCodeAt(e))) e--;
  let s = e;
  while (s >= 0) {
    const c = text.charCodeAt(s);
    if (isIdent(c) || c === 46) s--;
    else if (c === 41 || c === 62) {
      // balanced (…) or <…> (TS generics)
      const openChar = c === 41 ? 40 : 60;
      let depth = 0;
      while (s >= 0) {
        const d = text.charCodeAt(s);
        if (d === c) depth++;
        else if (d === openChar && --depth === 0) break;
        s--;
      }
      s--;
    } else break;
  }
  return text.slice(s + 1, e + 1).replace(/<[^()]*>$/, '');
}

interface KeyInfo {
  key: string;
  /** `key: value` in an object literal, `name="value"` as a JSX attribute, `.style.x = value`, `const x = value`, or `[value, …]` of literals. */
  kind: 'object' | 'attribute' | 'style-assignment' | 'variable' | 'array-element';
}

/**
 * Whether the literal at `s` is an element of an array of literals (`['#2955d3', '#c43b15']`, a
 * chart palette): steps back over earlier literal elements to the `[`, which must open an array,
 * not index a value (`theme['#x']`).
 */
function inLiteralArray(text: string, s: number): boolean {
  let j = s - 1;
  for (;;) {
    while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
    const c = text.charCodeAt(j);
    if (c === 91) {
      j--;
      while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
      const before = text.charCodeAt(j);
      return j < 0 || !(isIdent(before) || before === 41 || before === 93);
    }
    if (c !== 44) return false;
    j--;
    while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
    const q = text.charCodeAt(j);
    if (q === 39 || q === 34) {
      const open = text.lastIndexOf(String.fromCharCode(q), j - 1);
      if (open < 0 || text.lastIndexOf('\n', j) > open) return false;
      j = open - 1;
    } else if (q >= 48 && q <= 57) {
      while (j >= 0 && (isIdent(text.charCodeAt(j)) || text.charCodeAt(j) === 46)) j--;
    } else return false;
  }
}

/** Steps back from `j` over whitespace and comments (line comments at a line end, block comments). */
function skipBackTrivia(text: string, j: number): number {
  for (;;) {
    while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
    if (j > 0 && text.charCodeAt(j) === 47 && text.charCodeAt(j - 1) === 42) {
      const open = text.lastIndexOf('/*', j - 2);
      if (open < 0) return j;
      j = open - 1;
      continue;
    }
    const lineStart = text.lastIndexOf('\n', j) + 1;
    const inLine = j - lineStart < 400 ? text.slice(lineStart, j).lastIndexOf('//') : -1;
    const comment = inLine < 0 ? -1 : lineStart + inLine;
    if (
      comment >= lineStart &&
      comment < j &&
      text.charCodeAt(comment - 1) !== 58 &&
      !/['"`]/.test(text.slice(comment, j + 1))
    ) {
      j = comment - 1;
      continue;
    }
    return j;
  }
}

/** What the literal starting at `s` is the value of, if anything. */
function keyBefore(text: string, s: number): KeyInfo | undefined {
  let j = skipBackTrivia(text, s - 1);
  const c = text.charCodeAt(j);
  if (c === 58) {
    j--;
    while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
    let key: string;
    let k: number;
    const q = text.charCodeAt(j);
    if (q === 39 || q === 34) {
      const open = text.lastIndexOf(String.fromCharCode(q), j - 1);
      if (open < 0) return undefined;
      key = text.slice(open + 1, j);
      k = open - 1;
    } else {
      k = j;
      while (k >= 0 && isIdent(text.charCodeAt(k))) k--;
      key = text.slice(k + 1, j + 1);
      if (!key) return undefined;
    }
    k = skipBackTrivia(text, k);
    const before = text.charCodeAt(k);
    return before === 123 || before === 44 ? { key, kind: 'object' } : undefined;
  }
  if (c === 61 && text.charCodeAt(j - 1) !== 61 && text.charCodeAt(j - 1) !== 33 && text.charCodeAt(j + 1) !== 61) {
    j--;
    while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
    let k = j;
    while (k >= 0 && (isIdent(text.charCodeAt(k)) || text.charCodeAt(k) === 45 || text.charCodeAt(k) === 58)) k--;
    const name = text.slice(k + 1, j + 1);
    if (!name) return undefined;
    if (text.charCodeAt(k) === 46)
      return text.slice(Math.max(0, k - 6), k + 1).endsWith('.style.')
        ? { key: name, kind: 'style-assignment' }
        : undefined;
    if (!isSpace(text.charCodeAt(k))) return undefined;
    const declared = /\b(const|let|var|type)\s*$/.exec(text.slice(Math.max(0, k - 8), k + 1));
    if (declared) return declared[1] === 'type' ? undefined : { key: name, kind: 'variable' };
    return { key: name, kind: 'attribute' };
  }
  if ((c === 91 || c === 44) && inLiteralArray(text, s)) return { key: '', kind: 'array-element' };
  return undefined;
}

function literal(text: string, s: number, e: number, state: State): void {
  if (e - s < 2) return;
  const value = text.slice(s + 1, e - 1);
  if (!value.trim()) return;
  const info = keyBefore(text, s);
  const offset = state.offset + s + 1;
  const literalRange = { start: state.offset + s, end: state.offset + e };
  // a union type (`'red' | 'blue'`) is not a value
  let after = e;
  while (after < text.length && isSpace(text.charCodeAt(after))) after++;
  const typeContext = text.charCodeAt(after) === 124 || previousSignificant(text, s) === 124;
  if (info && !typeContext) {
    if (info.kind === 'attribute') {
      if (info.key === 'style') return void extractCss(value, { lineComments: false, offset }, state.out);
      const attribute = kebabProperty(info.key);
      if (COLOR_ATTRIBUTES.has(attribute))
        return void state.out.push({ property: attribute, value, offset, syntax: 'attribute' });
    } else if (info.kind === 'variable' || info.kind === 'array-element') {
      // `const accent = '#ff00aa'`, `['#2955d3', '#c43b15']`: only a value that is a color as a whole counts
      state.out.push(withScope({ property: '*', value, offset, syntax: 'js-string', literal: literalRange }, state));
      tailwindDeclarations(value, offset, state.out);
      return;
    } else if (!NON_STYLE_KEYS.has(info.key)) {
      const property = kebabProperty(info.key);
      state.out.push(
        withScope(
          {
            property: isCssProperty(property) || property.startsWith('--') ? property : '*',
            value,
            offset,
            syntax: 'js-string',
            literal: literalRange,
          },
          state,
        ),
      );
      return;
    }
  }
  if (value.includes('var(--lv-'))
    state.out.push({ property: '*', value, offset, syntax: 'js-string', literal: literalRange });
  // className="…", cn('…'), clsx({ '…': x }): Tailwind arbitrary values
  else if (!typeContext) tailwindDeclarations(value, offset, state.out);
}

function withScope(declaration: Declaration, state: State): Declaration {
  const scope = jsScope(state.names);
  if (scope) declaration.scope = scope;
  return declaration;
}

function previousSignificant(text: string, s: number): number {
  let j = s - 1;
  while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
  return text.charCodeAt(j);
}

function numberValue(text: string, s: number, e: number, state: State): void {
  // most numbers in code are not `key: 12`: on the same line, only a ':' or the end of a block comment can come before one
  let j = s - 1;
  while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
  if (
    j >= 0 &&
    text.charCodeAt(j) !== 58 &&
    text.charCodeAt(j) !== 47 &&
    text.charCodeAt(j) !== 10 &&
    text.charCodeAt(j) !== 13
  )
    return;
  const info = keyBefore(text, s);
  if (!info || info.kind !== 'object') return;
  const property = kebabProperty(info.key);
  if (!isCssProperty(property)) return;
  const value = text.slice(s, e);
  if (!/^\d+(?:\.\d+)?$/.test(value)) return;
  state.out.push({
    property,
    value,
    offset: state.offset + s,
    syntax: 'js-number',
    literal: { start: state.offset + s, end: state.offset + e },
  });
}
