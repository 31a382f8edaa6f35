import { propertyCategory, type Category } from './categories.ts';

/**
 * A deliberately small style scanner for `livery usage`: finds CSS declarations in style files and
 * in the style regions of markup and scripts, and tells whether each goes through a Livery token
 * or carries a raw value. It stands in until the lint engine (scripts/lint/) can be asked for raw
 * values; it has no dependencies so it works from an installed package.
 */
export interface Declaration {
  property: string;
  value: string;
  line: number;
  category: Category;
  /** `tokens`: only Livery tokens (and neutral keywords); `raw`: at least one literal value. */
  kind: 'tokens' | 'raw';
}

const STYLE_FILE = /\.(css|scss|sass|less|pcss|postcss)$/i;
const MARKUP_FILE = /\.(html?|vue|svelte|astro)$/i;
const SCRIPT_FILE = /\.(m?[jt]sx?|cjs|cts)$/i;

export const SCANNED_EXTENSIONS = /\.(css|scss|sass|less|pcss|postcss|html?|vue|svelte|astro|m?[jt]sx?|cjs|cts)$/i;

interface Region {
  text: string;
  /** Line of the region's first character in the file (1-based). */
  line: number;
  /** `inline` regions are bare declaration lists (style="…", React style objects are not handled). */
  inline: boolean;
}

/** Keeps line numbers: comments become spaces, newlines stay. */
function blankComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"])\/\/[^\n]*/g, (m, lead: string) => lead + ' '.repeat(m.length - lead.length));
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** The parts of a file that hold CSS: whole style files, <style> blocks, style="" attributes, css`` templates. */
export function styleRegions(file: string, text: string): Region[] {
  if (STYLE_FILE.test(file)) return [{ text: blankComments(text), line: 1, inline: false }];
  const regions: Region[] = [];
  if (MARKUP_FILE.test(file) || SCRIPT_FILE.test(file)) {
    for (const m of text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
      const start = m.index! + m[0].indexOf(m[1]!);
      regions.push({ text: blankComments(m[1]!), line: lineAt(text, start), inline: false });
    }
    for (const m of text.matchAll(/\bstyle\s*=\s*(["'])([\s\S]*?)\1/gi)) {
      regions.push({ text: m[2]!, line: lineAt(text, m.index!), inline: true });
    }
  }
  if (SCRIPT_FILE.test(file)) {
    for (const m of text.matchAll(/\b(?:css|injectGlobal|createGlobalStyle|keyframes|styled(?:\.\w+|\([^)]*\)))\s*`([\s\S]*?)`/g)) {
      const start = m.index! + m[0].indexOf('`') + 1;
      regions.push({ text: blankComments(m[1]!.replace(/\$\{[^}]*\}/g, (x) => ' '.repeat(x.length))), line: lineAt(text, start), inline: false });
    }
  }
  return regions;
}

const COLOR_LITERAL = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(|\b(?:white|black|red|green|blue|gray|grey|silver|orange|yellow|purple|pink|navy|teal|maroon|olive|lime|aqua|fuchsia|crimson|gold|indigo|violet|tomato|coral|salmon|beige|ivory|khaki|lavender|plum|orchid|tan|brown|cyan|magenta)\b/i;
const LENGTH_LITERAL = /(?:^|[\s(,/])-?(?:\d+\.?\d*|\.\d+)(?:px|rem|em|pt|ch|ex|vh|vw)\b/i;
const TIME_LITERAL = /(?:^|[\s(,])(?:\d+\.?\d*|\.\d+)m?s\b|cubic-bezier\(|\b(?:ease|ease-in|ease-out|ease-in-out|linear|steps)\b/i;
const NUMBER_LITERAL = /(?:^|[\s(,])-?(?:\d+\.?\d*|\.\d+)(?![\w%])/;
const FONT_WEIGHT_WORD = /\b(?:bold|bolder|lighter|normal)\b/i;
const TOKEN = /var\(\s*--lv-[a-z0-9-]+|\$lv-[a-z0-9-]+/i;

/** Whether a declaration's value holds a literal of its category that should have been a token. */
function rawLiteral(category: Category, property: string, value: string): boolean {
  // Only look outside var(): `var(--lv-x, 8px)` fallbacks are fine.
  const bare = value.replace(/var\([^()]*(?:\([^()]*\)[^()]*)*\)/g, ' ').replace(/\$[\w-]+/g, ' ');
  switch (category) {
    case 'color': return COLOR_LITERAL.test(bare);
    case 'space': case 'radius': case 'border': case 'size': return LENGTH_LITERAL.test(bare) || (category === 'border' && COLOR_LITERAL.test(bare));
    case 'shadow': return LENGTH_LITERAL.test(bare) || COLOR_LITERAL.test(bare);
    case 'motion': return TIME_LITERAL.test(bare);
    case 'typography':
      if (property === 'font-family') return /[a-z]/i.test(bare.replace(/\b(?:inherit|initial|unset|revert)\b/gi, ''));
      if (property === 'font-weight') return NUMBER_LITERAL.test(bare) || FONT_WEIGHT_WORD.test(bare);
      if (property === 'line-height') return NUMBER_LITERAL.test(bare) || LENGTH_LITERAL.test(bare);
      return LENGTH_LITERAL.test(bare) || (property === 'font' && /[a-z]{3,}/i.test(bare));
    case 'opacity': return NUMBER_LITERAL.test(bare) && !/^\s*[01]\s*$/.test(bare);
    case 'z-index': return NUMBER_LITERAL.test(bare) && !/^\s*-?[01]\s*$/.test(bare);
    case 'other': return false;
  }
}

/** Every counted declaration in a file. */
export function scanDeclarations(file: string, text: string): Declaration[] {
  const found: Declaration[] = [];
  for (const region of styleRegions(file, text)) {
    // A value never holds `{`, so selectors such as `a:hover {` do not match.
    const pattern = region.inline ? /(?:^|;)\s*(--[\w-]+|[a-z-]+)\s*:\s*([^;]+)/gi : /(?:^|[{;\s])(--[\w-]+|[a-z][a-z-]*)\s*:\s*([^;{}]+?)\s*(?:;|}|$)/gim;
    for (const m of region.text.matchAll(pattern)) {
      const property = m[1]!.toLowerCase();
      const value = m[2]!.trim();
      if (property.startsWith('--lv-')) continue; // overriding a token is counted as an override, not as styling
      const category = propertyCategory(property, { hasColor: COLOR_LITERAL.test(value), hasLength: LENGTH_LITERAL.test(value) });
      if (!category) continue;
      const raw = rawLiteral(category, property, value);
      const tokens = TOKEN.test(value);
      if (!raw && !tokens) continue; // neutral: 0, inherit, currentColor, other custom properties…
      const offset = m.index! + m[0].indexOf(m[1]!);
      found.push({ property, value, line: region.line + lineAt(region.text, offset) - 1, category, kind: raw ? 'raw' : 'tokens' });
    }
  }
  return found;
}
