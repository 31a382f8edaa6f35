/**
 * Markup: HTML, SVG, Vue and Svelte single-file components, and Lit `html` templates. `<style>`
 * blocks are stylesheets (their `lang` picks SCSS/Less comments), `<script>` blocks are JS,
 * `style="…"` attributes are declaration lists, color presentation attributes (`fill`, `stroke`,
 * `stop-color`…) are single values, Vue `:style` bindings are JS objects, Svelte `style:prop` is a
 * declaration. Comments and text content are never scanned.
 */
import type { Declaration } from '../types.ts';
import { extractCss, isSpace } from './css.ts';
import { extractSass } from './sass.ts';
import { extractJs } from './js.ts';
import { COLOR_ATTRIBUTES } from './properties.ts';
import { tailwindDeclarations } from './tailwind.ts';

/** A start tag's name, matched where the `<` is (sticky: no copy of the text after it). */
const TAG_NAME = /<([a-zA-Z][\w:-]{0,38})/y;

const hooks = { html: (text: string, offset: number, out: Declaration[]) => void extractHtml(text, offset, out) };

export function extractHtml(text: string, offset: number, out: Declaration[] = []): Declaration[] {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const lt = text.indexOf('<', i);
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) {
      const close = text.indexOf('-->', lt + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    TAG_NAME.lastIndex = lt;
    const name = TAG_NAME.exec(text);
    if (!name) {
      i = lt + 1;
      continue;
    }
    const tag = name[1]!.toLowerCase();
    const tagEnd = attributes(text, lt + name[0].length, offset, out, tag);
    i = tagEnd;
    if (tag === 'style' || tag === 'script') {
      const closer = new RegExp(`</${tag}`, 'ig');
      closer.lastIndex = tagEnd;
      const closeTag = closer.exec(text)?.index ?? -1;
      const bodyEnd = closeTag < 0 ? n : closeTag;
      const open = text.slice(lt, tagEnd);
      const body = text.slice(tagEnd, bodyEnd);
      if (tag === 'style') {
        const lang = /\blang=["']?(\w+)/.exec(open)?.[1] ?? 'css';
        if (lang === 'sass') extractSass(body, { offset: offset + tagEnd }, out);
        else extractCss(body, { lineComments: lang !== 'css', offset: offset + tagEnd }, out);
      } else if (!/\btype=["']?(?:text\/template|text\/html|application\/(?:ld\+)?json|importmap)/.test(open)) {
        extractJs(body, offset + tagEnd, hooks, out);
      }
      i = bodyEnd;
    }
  }
  return out;
}

/** Reads the attributes of one start tag; returns the index after `>`. */
function attributes(text: string, i: number, offset: number, out: Declaration[], tag: string): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 62) return i + 1;
    if (c === 123) {
      // Svelte/JSX-ish {expression} inside a tag: skip balanced braces
      let depth = 0;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 123) depth++;
        else if (d === 125 && --depth === 0) break;
        i++;
      }
      i++;
      continue;
    }
    if (isSpace(c) || c === 47) {
      i++;
      continue;
    }
    let j = i;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isSpace(d) || d === 61 || d === 62 || d === 47) break;
      j++;
    }
    const attr = text.slice(i, j).toLowerCase();
    i = j;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== 61) continue;
    i++;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    const q = text.charCodeAt(i);
    let valueStart: number;
    let valueEnd: number;
    if (q === 34 || q === 39) {
      valueStart = i + 1;
      valueEnd = text.indexOf(String.fromCharCode(q), valueStart);
      if (valueEnd < 0) valueEnd = n;
      i = valueEnd + 1;
    } else if (q === 123) {
      // Svelte attr={expr}: a JS expression
      let depth = 0;
      let k = i;
      while (k < n) {
        const d = text.charCodeAt(k);
        if (d === 123) depth++;
        else if (d === 125 && --depth === 0) break;
        k++;
      }
      valueStart = i + 1;
      valueEnd = k;
      i = k + 1;
      if (attr === 'style') extractJs(`(${text.slice(valueStart, valueEnd)})`, offset + valueStart - 1, hooks, out);
      continue;
    } else {
      valueStart = i;
      while (i < n && !isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 62) i++;
      valueEnd = i;
    }
    const value = text.slice(valueStart, valueEnd);
    if (!value.trim()) continue;
    // Svelte {expr} inside an attribute value: blank it
    const blanked =
      value.includes('{') && tag !== 'svg' ? value.replace(/\{[^}]*\}/g, (m) => ' '.repeat(m.length)) : value;
    if (attr === 'style') extractCss(blanked, { lineComments: false, offset: offset + valueStart }, out);
    else if (attr === ':style' || attr === 'v-bind:style' || attr === ':class' || attr === 'v-bind:class')
      extractJs(`(${value})`, offset + valueStart - 1, hooks, out);
    else if (attr === 'class' || attr === 'classname') tailwindDeclarations(value, offset + valueStart, out);
    else if (attr.startsWith('style:'))
      out.push({ property: attr.slice(6), value: blanked, offset: offset + valueStart, syntax: 'css' });
    else if (COLOR_ATTRIBUTES.has(attr))
      out.push({ property: attr, value: blanked, offset: offset + valueStart, syntax: 'attribute' });
  }
  return n;
}

export { hooks as htmlHooks };
