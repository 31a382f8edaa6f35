/**
 * Declarations of a stylesheet in Sass's indented syntax (`.sass`, `<style lang="sass">`): no
 * braces or semicolons, a statement per line, blocks by indentation. A line is a declaration when
 * it is `name: value` with a space (or the line's end) after the colon, which is how Sass tells
 * `color: red` from the selector `a:hover`; each declaration goes through the CSS extractor's own
 * `declaration()`, so properties, `!important`, `--lv-*` definitions and offsets are read the same
 * way. Every other line (a selector, `@media`, `@include`, `+mixin`) opens a block whose prelude
 * joins the scope its declarations' theme is read from. Comments (`//` and `/*`) run on over
 * the lines indented below them, as Sass reads them.
 */
import type { Declaration } from '../types.ts';
import { declaration, isSpace } from './css.ts';

export interface SassOptions {
  /** Added to every offset (where the stylesheet sits in the file). */
  offset: number;
}

/** `name:` followed by a space or the end: a declaration (`$variable`, `--custom`, `property`, `#{…}` names). */
const DECLARATION = /^(?:\$[\w-]+|--[\w-]+|[\w-]*(?:#\{[^}]*\}[\w-]*)*[\w-])\s*:(?:[ \t]|$)/;

interface Block {
  /** The indentation of the line that opened it: lines indented more are inside. */
  indent: number;
  /** The scope outside it, restored when it closes. */
  outer: string | undefined;
  /** A selector line ending in a comma: the next line at its indentation continues the list. */
  continues: boolean;
}

export function extractSass(text: string, options: SassOptions, out: Declaration[] = []): Declaration[] {
  const n = text.length;
  const blocks: Block[] = [];
  let scope: string | undefined;
  // inside a comment while lines are indented more than this
  let commentIndent = -1;
  for (let lineStart = 0; lineStart < n;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    const next = lineEnd + 1;
    let start = lineStart;
    while (start < lineEnd && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
    const indent = start - lineStart;
    const end = contentEnd(text, start, lineEnd);
    lineStart = next;
    if (end <= start) continue;
    if (commentIndent >= 0 && indent > commentIndent) continue;
    commentIndent = -1;
    if (text.startsWith('//', start) || (text.startsWith('/*', start) && !closesOnItsLine(text, start, lineEnd))) {
      commentIndent = indent;
      continue;
    }
    if (text.startsWith('/*', start)) continue;
    const top = blocks[blocks.length - 1];
    if (top?.continues && top.indent === indent) {
      // the second line of `.a,\n.b`: one selector list
      top.continues = text.charCodeAt(end - 1) === 44;
      scope = `${scope}\n${text.slice(start, end)}`;
      continue;
    }
    while (blocks.length && blocks[blocks.length - 1]!.indent >= indent) scope = blocks.pop()!.outer;
    const line = text.slice(start, end);
    if (DECLARATION.test(line)) {
      declaration(text, start, end, options.offset, out, scope);
      // a nested property (`font:` over `family: …`) opens a block that leaves the scope as it is
      blocks.push({ indent, outer: scope, continues: false });
      continue;
    }
    blocks.push({ indent, outer: scope, continues: text.charCodeAt(end - 1) === 44 });
    scope = scope ? `${scope}\n${line}` : line;
  }
  return out;
}

/**
 * Where a line's content ends: before a `//` comment outside strings and parentheses (so
 * `url(http://…)` keeps its slashes), and before trailing spaces and a carriage return.
 */
function contentEnd(text: string, start: number, lineEnd: number): number {
  let depth = 0;
  let quote = 0;
  let end = lineEnd;
  for (let i = start; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === 92) i++;
      else if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 40) depth++;
    else if (c === 41) depth--;
    else if (c === 47 && depth <= 0 && text.charCodeAt(i + 1) === 47 && i > start) {
      end = i;
      break;
    }
  }
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Whether a `/*` comment at `start` closes on its own line with nothing after it (else it runs on, indented). */
function closesOnItsLine(text: string, start: number, lineEnd: number): boolean {
  const close = text.indexOf('*/', start + 2);
  return close >= 0 && close < lineEnd;
}
