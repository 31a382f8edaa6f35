/** Language by file name, and the extractor for each language. */
import type { Declaration, Language } from '../types.ts';
import { extractCss } from './css.ts';
import { extractHtml, htmlHooks } from './html.ts';
import { extractJs } from './js.ts';
import { extractSass } from './sass.ts';

/** A Map, not an object: a file named `x.constructor` must not find Object.prototype's. */
const BY_EXTENSION = new Map<string, Language>([
  ['css', 'css'],
  ['pcss', 'css'],
  ['postcss', 'css'],
  ['scss', 'scss'],
  ['sass', 'sass'],
  ['less', 'less'],
  ['js', 'js'],
  ['mjs', 'js'],
  ['cjs', 'js'],
  ['jsx', 'js'],
  ['ts', 'js'],
  ['mts', 'js'],
  ['cts', 'js'],
  ['tsx', 'js'],
  ['html', 'html'],
  ['htm', 'html'],
  ['vue', 'vue'],
  ['svelte', 'svelte'],
  ['svg', 'svg'],
]);

export function languageOf(file: string): Language | undefined {
  if (file.endsWith('.d.ts')) return undefined;
  const dot = file.lastIndexOf('.');
  return dot < 0 ? undefined : BY_EXTENSION.get(file.slice(dot + 1).toLowerCase());
}

export function extract(text: string, language: Language): Declaration[] {
  switch (language) {
    case 'css':
      return extractCss(text, { lineComments: false, offset: 0 });
    case 'scss':
    case 'less':
      return extractCss(text, { lineComments: true, offset: 0 });
    case 'sass':
      return extractSass(text, { offset: 0 });
    case 'js':
      return extractJs(text, 0, htmlHooks);
    default:
      return extractHtml(text, 0);
  }
}
