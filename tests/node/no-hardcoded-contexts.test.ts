/**
 * Themes and brands are the resolver's to list: CSS, the docs toolbar, the contrast matrix, Figma
 * modes and framework variants all derive them from it, so `liverykit theme add` needs no other
 * edit. This test fails when source outside tokens/ and tests/ spells out an array holding two or
 * more context names of one modifier (['light', 'dark', 'high-contrast'], toolbar items with
 * value: 'dark'…). Arrays of only CSS color-scheme keywords ('light', 'dark') are CSS values, not
 * theme lists.
 */
import { readFileSync } from 'node:fs';
import { globSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from './brand-fixture.ts';

const resolver = JSON.parse(readFileSync(join(ROOT, 'tokens', 'livery.resolver.json'), 'utf8')) as {
  modifiers: Record<string, { contexts: Record<string, unknown> }>;
};
const MODIFIERS = Object.entries(resolver.modifiers).map(([name, m]) => ({
  name,
  contexts: new Set(Object.keys(m.contexts)),
}));
const COLOR_SCHEME_KEYWORDS = new Set(['light', 'dark']);

/** Files that build a brand of their own and name its contexts on purpose, with the reason. */
const ALLOWED: Record<string, string> = {
  'bench/check.bench.ts': 'writes a synthetic brand whose resolver declares these modes',
  'bench/resolver.bench.ts': 'writes a synthetic brand with these contexts and builds it beside plain Style Dictionary',
  'bench/figma.bench.ts': 'writes a synthetic brand whose modes the fake Figma file mirrors',
  'bench/synthetic/brand.ts': 'the synthetic brand writer: its default contexts are parameters',
};

const SOURCES = [
  'scripts/**/*.ts',
  'components/**/*.ts',
  'docs/**/*.{ts,tsx,mdx}',
  'bench/**/*.ts',
  'bin/*.js',
  '*.config.{ts,mjs}',
]
  .flatMap((pattern) => globSync(pattern, { cwd: ROOT }))
  .filter(
    (file) =>
      !/(^|\/)(node_modules|generated|dist)\//.test(file) && !/\.test\.ts$/.test(file) && !file.includes('/testing/'),
  );

/** Every `[ … ]` span (outermost brackets first, nested ones too) with the string literals inside it. */
export function arrayLiterals(source: string): { at: number; strings: string[] }[] {
  const found: { at: number; strings: string[] }[] = [];
  const stack: { at: number; strings: string[] }[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '/' && source[i + 1] === '/') {
      i = source.indexOf('\n', i);
      if (i < 0) break;
    } else if (ch === '/' && source[i + 1] === '*') {
      i = source.indexOf('*/', i + 2) + 1;
      if (i <= 0) break;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      let j = i + 1;
      while (j < source.length && source[j] !== ch) j += source[j] === '\\' ? 2 : 1;
      const literal = source.slice(i + 1, j);
      for (const open of stack) open.strings.push(literal);
      i = j;
    } else if (ch === '[') stack.push({ at: i, strings: [] });
    else if (ch === ']') {
      const closed = stack.pop();
      if (closed) found.push(closed);
    }
  }
  return found;
}

export function contextLists(source: string): { line: number; modifier: string; names: string[] }[] {
  const hits: { line: number; modifier: string; names: string[] }[] = [];
  for (const { at, strings } of arrayLiterals(source)) {
    for (const m of MODIFIERS) {
      const names = [...new Set(strings.filter((s) => m.contexts.has(s)))];
      if (names.length < 2 || names.every((n) => COLOR_SCHEME_KEYWORDS.has(n))) continue;
      hits.push({ line: source.slice(0, at).split('\n').length, modifier: m.name, names });
    }
  }
  return hits;
}

describe('no hard-coded list of themes or brands', () => {
  test('the detector finds the shapes a hand-kept list takes', () => {
    expect(contextLists(`const THEMES = ['light', 'dark', 'high-contrast'];`)).toHaveLength(1);
    expect(contextLists(`items: [\n { value: 'light', title: 'Light' },\n { value: 'high-contrast' } ]`)).toMatchObject(
      [{ line: 1, modifier: 'theme' }],
    );
    expect(contextLists(`const BRANDS = ["default", "campaign"]`)).toMatchObject([{ modifier: 'brand' }]);
    expect(contextLists(`const SCHEMES = ['light', 'dark']; // a CSS color-scheme value`)).toEqual([]);
    expect(contextLists(`m.contexts.map((c) => c); // ['light', 'dark', 'high-contrast'] in a comment`)).toEqual([]);
  });

  test(`no source file outside tokens/ and tests/ lists the resolver's contexts (${SOURCES.length} files scanned)`, () => {
    expect(SOURCES.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const file of SOURCES) {
      if (ALLOWED[file]) continue;
      for (const hit of contextLists(readFileSync(join(ROOT, file), 'utf8'))) {
        found.push(
          `${file}:${hit.line}: ${hit.names.join(', ')} (contexts of "${hit.modifier}"): derive the list from the resolver or the catalogue's modifiers`,
        );
      }
    }
    expect(found).toEqual([]);
  });
});
