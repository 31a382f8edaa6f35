import { dimensionToPx } from '../build/native-value.ts';
import Color from 'colorjs.io';
import type { GetFileResponse, Paint, TypeStyle } from '@figma/rest-api-spec';
import type { Catalogue } from '../catalogue/read-catalogue.ts';
import { colorToRgba } from './figma-value.ts';
import { showValue } from './report.ts';

/**
 * The brand lint for design files: every visible solid fill and stroke, and the font size,
 * family and weight of text, must come from a bound variable (or a shared style). A raw value is
 * a finding; it names the token with that value (bind it) or, when none matches, the nearest one.
 */
export interface AuditFinding {
  nodeId: string;
  /** Page › frame › layer. */
  path: string;
  property: 'fill' | 'stroke' | 'fontSize' | 'fontFamily' | 'fontWeight';
  value: string;
  /** A token with exactly this value: bind its variable. */
  match?: string;
  /** No exact match: the closest token and how far it is. */
  nearest?: { name: string; distance: string };
  message: string;
}

/** ΔE OK below which two colours count as the same value (8-bit rounding is about 0.002). */
export const SAME_COLOR = 0.003;

interface AuditNode {
  id: string;
  name: string;
  type: string;
  visible?: boolean;
  children?: AuditNode[];
  fills?: Paint[];
  strokes?: Paint[];
  style?: TypeStyle;
  styles?: Record<string, string>;
  boundVariables?: Record<string, unknown>;
}

interface Candidates {
  colors: { name: string; color: Color }[];
  fontSizes: { name: string; px: number }[];
  fontFamilies: { name: string; family: string }[];
  fontWeights: { name: string; weight: number }[];
}

const WEIGHTS: Record<string, number> = { thin: 100, hairline: 100, 'extra-light': 200, 'ultra-light': 200, light: 300, normal: 400, regular: 400, book: 400, medium: 500, 'semi-bold': 600, 'demi-bold': 600, bold: 700, 'extra-bold': 800, 'ultra-bold': 800, black: 900, heavy: 900 };

function candidatesFrom(catalogue: Catalogue): Candidates {
  const out: Candidates = { colors: [], fontSizes: [], fontFamilies: [], fontWeights: [] };
  for (const token of catalogue.tokens.values()) {
    if (token.deprecated) continue;
    const values = [token.value, ...Object.values(token.contexts ?? {}).map((c) => c.value)];
    for (const value of values) {
      if (token.type === 'color') {
        const rgba = colorToRgba(value);
        out.colors.push({ name: token.name, color: new Color('srgb', [rgba.r, rgba.g, rgba.b], rgba.a) });
      } else if (token.type === 'dimension' && /font.?size|(^|\.)size\.\d/.test(token.name) && /font/.test(token.name)) {
        const v = value as { value: number; unit: string };
        out.fontSizes.push({ name: token.name, px: dimensionToPx(v) });
      } else if (token.type === 'fontFamily') {
        out.fontFamilies.push({ name: token.name, family: (Array.isArray(value) ? value[0] : value) as string });
      } else if (token.type === 'fontWeight') {
        out.fontWeights.push({ name: token.name, weight: typeof value === 'number' ? value : (WEIGHTS[value as string] ?? 400) });
      }
    }
  }
  return out;
}

export function auditFile(file: GetFileResponse, catalogue: Catalogue): AuditFinding[] {
  const candidates = candidatesFrom(catalogue);
  const findings: AuditFinding[] = [];
  const walk = (node: AuditNode, trail: string[]): void => {
    if (node.visible === false) return;
    const path = [...trail, node.name];
    const bound = node.boundVariables ?? {};
    for (const property of ['fill', 'stroke'] as const) {
      const paints = (property === 'fill' ? node.fills : node.strokes) ?? [];
      if (node.styles?.[property === 'fill' ? 'fill' : 'stroke'] || node.styles?.[`${property}s`]) continue;
      const boundList = (bound[`${property}s`] as unknown[] | undefined) ?? [];
      paints.forEach((paint, i) => {
        if (paint.type !== 'SOLID' || paint.visible === false) return;
        if (paint.boundVariables?.color || boundList[i]) return;
        const opacity = paint.opacity ?? 1;
        const rgba = { ...paint.color, a: (paint.color.a ?? 1) * opacity };
        findings.push(colorFinding(node, path, property, rgba, candidates));
      });
    }
    if (node.type === 'TEXT' && node.style && !node.styles?.text) {
      const style = node.style;
      const boundText = { ...(style.boundVariables ?? {}), ...bound } as Record<string, unknown>;
      if (style.fontSize !== undefined && !boundText.fontSize) {
        findings.push(numberFinding(node, path, 'fontSize', style.fontSize, `${style.fontSize}px`, candidates.fontSizes.map((c) => ({ name: c.name, n: c.px })), 'px'));
      }
      if (style.fontWeight !== undefined && !boundText.fontWeight) {
        findings.push(numberFinding(node, path, 'fontWeight', style.fontWeight, String(style.fontWeight), candidates.fontWeights.map((c) => ({ name: c.name, n: c.weight })), ''));
      }
      if (style.fontFamily && !boundText.fontFamily) {
        const match = candidates.fontFamilies.find((c) => c.family.toLowerCase() === style.fontFamily!.toLowerCase());
        findings.push({
          nodeId: node.id, path: path.join(' › '), property: 'fontFamily', value: style.fontFamily,
          ...(match ? { match: match.name } : {}),
          message: match ? `raw font family "${style.fontFamily}" equals ${match.name}: bind the variable` : `font family "${style.fontFamily}" matches no token${candidates.fontFamilies[0] ? ` (the brand's families: ${[...new Set(candidates.fontFamilies.map((c) => c.family))].join(', ')})` : ''}`,
        });
      }
    }
    for (const child of node.children ?? []) walk(child, path);
  };
  for (const page of (file.document as unknown as AuditNode).children ?? []) walk(page, []);
  return findings;
}

function colorFinding(node: AuditNode, path: string[], property: 'fill' | 'stroke', rgba: { r: number; g: number; b: number; a: number }, candidates: Candidates): AuditFinding {
  const color = new Color('srgb', [rgba.r, rgba.g, rgba.b], rgba.a);
  const value = showValue(rgba);
  let best: { name: string; distance: number } | undefined;
  for (const candidate of candidates.colors) {
    const alphaGap = Math.abs(Number(candidate.color.alpha) - rgba.a);
    const distance = color.deltaE(candidate.color, 'OK') + alphaGap;
    if (!best || distance < best.distance) best = { name: candidate.name, distance };
  }
  const base = { nodeId: node.id, path: path.join(' › '), property, value };
  if (best && best.distance < SAME_COLOR) return { ...base, match: best.name, message: `raw ${property} ${value} equals ${best.name}: bind the variable instead` };
  return {
    ...base,
    ...(best ? { nearest: { name: best.name, distance: `ΔE OK ${best.distance.toFixed(3)}` } } : {}),
    message: `${property} ${value} matches no token${best ? ` (nearest: ${best.name}, ΔE OK ${best.distance.toFixed(3)})` : ''}`,
  };
}

function numberFinding(node: AuditNode, path: string[], property: 'fontSize' | 'fontWeight', n: number, value: string, candidates: { name: string; n: number }[], unit: string): AuditFinding {
  const sorted = [...candidates].sort((a, b) => Math.abs(a.n - n) - Math.abs(b.n - n) || a.name.localeCompare(b.name));
  const best = sorted[0];
  const base = { nodeId: node.id, path: path.join(' › '), property, value };
  if (best && Math.abs(best.n - n) < 0.01) return { ...base, match: best.name, message: `raw ${property} ${value} equals ${best.name}: bind the variable instead` };
  return {
    ...base,
    ...(best ? { nearest: { name: best.name, distance: `${best.n}${unit}` } } : {}),
    message: `${property} ${value} matches no token${best ? ` (nearest: ${best.name} = ${best.n}${unit})` : ''}`,
  };
}
