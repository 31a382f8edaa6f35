import { PACKAGE_NAME } from '../../../package-identity.ts';
import { ruleDocsUrl } from '../../replacement.ts';
import type { LogoAsset, TokenIndex } from '../../token-index.ts';
import type { Rule } from '../../types.ts';

export interface Options {
  /** Path similarity (0–1) at or over which an SVG is a look-alike of a logo. */
  similarity: number;
  /** Lower bar for SVGs whose file name says logo or the brand's name. */
  namedSimilarity: number;
}

interface Shape {
  /** Path data and shape coordinates, numbers rounded: what makes the drawing. */
  geometry: string[];
  fills: string[];
  /** Both joined, for equality tests. */
  geometryText: string;
  fillsText: string;
}

/** Geometry of an SVG: `d`, `points` and shape attributes, numbers rounded to one decimal. */
export function shapeOf(svg: string): Shape {
  const geometry: string[] = [];
  const attr = /\s(d|points|cx|cy|r|rx|ry|x|y|width|height|x1|y1|x2|y2)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = attr.exec(svg))) {
    const value = m[3] ?? m[4] ?? '';
    for (const part of value.match(/[a-zA-Z]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? []) {
      geometry.push(/\d/.test(part) ? String(Math.round(Number(part) * 10) / 10) : part);
    }
  }
  const fills = [...svg.matchAll(/(?:fill|stroke|stop-color)\s*[:=]\s*["']?([^"';\s>]+)/g)].map((f) => f[1]!.toLowerCase()).sort();
  return { geometry, fills, geometryText: geometry.join(' '), fillsText: fills.join() };
}

/** Multiset Jaccard similarity of two token lists. */
export function similarity(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const count = new Map<string, number>();
  for (const x of a) count.set(x, (count.get(x) ?? 0) + 1);
  let shared = 0;
  for (const x of b) {
    const n = count.get(x) ?? 0;
    if (n > 0) {
      shared++;
      count.set(x, n - 1);
    }
  }
  return shared / (a.length + b.length - shared);
}

const preparedLogos = new WeakMap<TokenIndex, (LogoAsset & { shape: Shape; normalized: string })[]>();

/** The lockups' shapes, computed once per index (rules are created once per file). */
function prepared(index: TokenIndex) {
  let logos = preparedLogos.get(index);
  if (!logos) preparedLogos.set(index, (logos = index.logos.map((logo) => ({ ...logo, shape: shapeOf(logo.text), normalized: logo.text.replace(/\s+/g, ' ').trim() }))));
  return logos;
}

/** The last SVG's shape: the approved-lockup check and the rule look at the same file in turn. */
let lastShape: { text: string; shape: Shape } | undefined;
function shapeOfFile(text: string): Shape {
  if (lastShape?.text !== text) lastShape = { text, shape: shapeOf(text) };
  return lastShape.shape;
}

/** About the size of a lockup: far larger or smaller files are other drawings, never a copy or a look-alike. */
function lockupSized(normalized: string, logo: { normalized: string }): boolean {
  return normalized.length < logo.normalized.length * 8 && normalized.length * 8 > logo.normalized.length;
}

/** True when the SVG is one of the approved lockups (formatting aside): its colors are the brand's own. */
export function isApprovedLogo(text: string, index: TokenIndex): boolean {
  const logos = prepared(index);
  if (!logos.length || !text.includes('<svg')) return false;
  const normalized = text.replace(/\s+/g, ' ').trim();
  return logos.some((logo) => {
    if (logo.normalized === normalized) return true;
    if (!lockupSized(normalized, logo)) return false;
    const shape = shapeOfFile(text);
    return logo.shape.geometryText === shape.geometryText && logo.shape.fillsText === shape.fillsText;
  });
}

export const noLogoMisuse: Rule<Options> = {
  meta: {
    id: 'no-logo-misuse',
    severity: 'error',
    fixable: false,
    docs: { description: 'Disallow SVGs that look like the brand logo but are not an approved lockup shipped by the package.', url: ruleDocsUrl('no-logo-misuse') },
    messages: {
      misuse: ({ logo, score, how, file }) => `this SVG looks like the ${logo} logo (path similarity ${score}) but is not an approved lockup (${how}); use ${PACKAGE_NAME}/${file}`,
    },
  },
  defaultOptions: { similarity: 0.6, namedSimilarity: 0.3 },
  create(context) {
    const { messages } = noLogoMisuse.meta;
    const logos = prepared(context.index);
    return {
      svgFile(text) {
        if (!logos.length) return;
        const normalized = text.replace(/\s+/g, ' ').trim();
        if (!logos.some((logo) => lockupSized(normalized, logo))) return;
        const shape = shapeOfFile(text);
        if (!shape.geometry.length) return;
        const base = context.file.split('/').pop()!.toLowerCase();
        const named = /logo|wordmark|lockup/.test(base) || context.index.brandWords.some((w) => base.includes(w));
        const threshold = named ? context.options.namedSimilarity : context.options.similarity;
        let best: { logo: (typeof logos)[number]; score: number } | undefined;
        for (const logo of logos) {
          if (normalized === logo.normalized) return;
          const geometryEqual = logo.shape.geometryText === shape.geometryText;
          if (geometryEqual && logo.shape.fillsText === shape.fillsText) return;
          // Jaccard similarity is at most the ratio of the two sizes: skip drawings that cannot reach the bar
          const a = logo.shape.geometry.length;
          const b = shape.geometry.length;
          if (!geometryEqual && Math.min(a, b) / Math.max(a, b) < threshold) continue;
          const score = geometryEqual ? 1 : similarity(logo.shape.geometry, shape.geometry);
          if (!best || score > best.score) best = { logo, score };
        }
        if (!best) return;
        if (best.score < threshold) return;
        const how = best.score === 1 ? 'recolored' : 'altered shape';
        const end = Math.max(1, text.indexOf('>') + 1);
        context.report({ message: messages.misuse!({ logo: best.logo.name, score: best.score.toFixed(2), how, file: best.logo.file }), start: 0, end, value: best.logo.name });
      },
    };
  },
};

export default noLogoMisuse;
