/**
 * The brand's approved logo lockups as shapes (from the token index) and how close an SVG's
 * drawing is to one. Core knowledge, not a rule: the linter skips an approved lockup copied into a
 * repo (its colors are the brand's own) whether or not no-logo-misuse runs, and the rule reports
 * look-alikes with the same shapes.
 */
import type { LogoAsset, TokenIndex } from './token-index.ts';

export interface Shape {
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
  const fills = [...svg.matchAll(/(?:fill|stroke|stop-color)\s*[:=]\s*["']?([^"';\s>]+)/g)]
    .map((f) => f[1]!.toLowerCase())
    .sort();
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

const prepared = new WeakMap<TokenIndex, (LogoAsset & { shape: Shape; normalized: string })[]>();

/** The lockups' shapes, computed once per index (rules are created once per file). */
export function preparedLogos(index: TokenIndex) {
  let logos = prepared.get(index);
  if (!logos)
    prepared.set(
      index,
      (logos = index.logos.map((logo) => ({
        ...logo,
        shape: shapeOf(logo.text),
        normalized: logo.text.replace(/\s+/g, ' ').trim(),
      }))),
    );
  return logos;
}

/** The last SVG's shape: the approved-lockup check and the rule look at the same file in turn. */
let lastShape: { text: string; shape: Shape } | undefined;
export function shapeOfFile(text: string): Shape {
  if (lastShape?.text !== text) lastShape = { text, shape: shapeOf(text) };
  return lastShape.shape;
}

/** About the size of a lockup: far larger or smaller files are other drawings, never a copy or a look-alike. */
export function lockupSized(normalized: string, logo: { normalized: string }): boolean {
  return normalized.length < logo.normalized.length * 8 && normalized.length * 8 > logo.normalized.length;
}

/** True when the SVG is one of the approved lockups (formatting aside): its colors are the brand's own. */
export function isApprovedLogo(text: string, index: TokenIndex): boolean {
  const logos = preparedLogos(index);
  if (!logos.length || !text.includes('<svg')) return false;
  const normalized = text.replace(/\s+/g, ' ').trim();
  return logos.some((logo) => {
    if (logo.normalized === normalized) return true;
    if (!lockupSized(normalized, logo)) return false;
    const shape = shapeOfFile(text);
    return logo.shape.geometryText === shape.geometryText && logo.shape.fillsText === shape.fillsText;
  });
}
