import type { GetFileResponse, GetLocalVariablesResponse, Paint, TypeStyle } from '@figma/rest-api-spec';
import type { Catalogue } from '../catalogue/read-catalogue.ts';
import { candidatesFrom } from './brand-candidates.ts';
import { lintLayer, type LayerFacts, type LayerFinding, type Rgba, type Source } from './layer-lint.ts';

/**
 * The brand lint for design files over GET /v1/files/:key (the whole file: Figma rate-limits that
 * endpoint hard for viewers and lower plans, so audit reads it once per run): every visible layer
 * is turned into LayerFacts (fills, strokes, effects, corner radii, auto-layout gaps, each text
 * run) and judged by layer-lint.ts, the same rules the plugin's Lint applies.
 */
export type AuditFinding = LayerFinding;

export interface AuditOptions {
  /** GET /v1/files/:key/variables/local, when the plan allows it: names bound variables. */
  variables?: GetLocalVariablesResponse | undefined;
  /** Published style keys of the brand library: any other style is flagged. */
  styleKeys?: string[];
}

type Bound = { type?: string; id: string };
interface AuditNode {
  id: string;
  name: string;
  type: string;
  visible?: boolean;
  children?: AuditNode[];
  fills?: Paint[];
  strokes?: Paint[];
  effects?: {
    type: string;
    visible?: boolean;
    color?: Rgba;
    radius: number;
    offset?: { x: number; y: number };
    spread?: number;
    boundVariables?: Record<string, Bound>;
  }[];
  cornerRadius?: number;
  rectangleCornerRadii?: number[];
  layoutMode?: string;
  itemSpacing?: number;
  paddingLeft?: number;
  paddingRight?: number;
  paddingTop?: number;
  paddingBottom?: number;
  characters?: string;
  style?: TypeStyle;
  characterStyleOverrides?: number[];
  styleOverrideTable?: Record<string, TypeStyle>;
  styles?: Record<string, string>;
  boundVariables?: Record<string, Bound | Bound[] | Record<string, Bound>>;
}

export function auditFile(file: GetFileResponse, catalogue: Catalogue, options: AuditOptions = {}): AuditFinding[] {
  const brand = candidatesFrom(catalogue, options.styleKeys ?? []);
  const variables = options.variables?.meta.variables ?? {};
  const styles = (file.styles ?? {}) as Record<string, { key: string; name: string }>;
  const variable = (bound: unknown): Source['variable'] => {
    const b = (Array.isArray(bound) ? bound[0] : bound) as Bound | undefined;
    if (!b?.id) return undefined;
    const v = variables[b.id];
    // Without the variables endpoint (not Enterprise) a bound variable cannot be named: trusted.
    return v ? { name: v.name, remote: v.remote } : { remote: false };
  };
  const style = (id: string | undefined): Source['style'] =>
    id ? { name: styles[id]?.name ?? id, key: styles[id]?.key ?? '' } : undefined;
  const findings: AuditFinding[] = [];
  const walk = (node: AuditNode, trail: string[]): void => {
    if (node.visible === false) return;
    const path = [...trail, node.name];
    if (node.type !== 'CANVAS' && node.type !== 'DOCUMENT') {
      const facts = factsOf(node, path.join(' › '), variable, style);
      findings.push(...lintLayer(facts, brand));
    }
    for (const child of node.children ?? []) walk(child, path);
  };
  for (const page of (file.document as unknown as AuditNode).children ?? []) walk(page, []);
  return findings;
}

function factsOf(
  node: AuditNode,
  path: string,
  variable: (b: unknown) => Source['variable'],
  style: (id: string | undefined) => Source['style'],
): LayerFacts {
  const bound = node.boundVariables ?? {};
  const paints = (list: Paint[] | undefined, field: 'fills' | 'strokes', styleId: string | undefined) =>
    (list ?? []).flatMap((paint, i) => {
      if (paint.type !== 'SOLID' || paint.visible === false) return [];
      const color = { ...paint.color, a: (paint.color.a ?? 1) * (paint.opacity ?? 1) };
      return [
        {
          color,
          variable: variable(paint.boundVariables?.color ?? (bound[field] as Bound[] | undefined)?.[i]),
          style: style(styleId),
        },
      ];
    });
  const radii =
    node.rectangleCornerRadii && new Set(node.rectangleCornerRadii).size > 1
      ? node.rectangleCornerRadii.map((px, i) => ({
          px,
          variable: variable(bound[['topLeftRadius', 'topRightRadius', 'bottomRightRadius', 'bottomLeftRadius'][i]!]),
        }))
      : node.cornerRadius !== undefined
        ? [{ px: node.cornerRadius, variable: variable(bound.topLeftRadius) }]
        : [];
  const gaps =
    node.layoutMode && node.layoutMode !== 'NONE'
      ? (['itemSpacing', 'paddingLeft', 'paddingRight', 'paddingTop', 'paddingBottom'] as const).flatMap((field) =>
          node[field] === undefined ? [] : [{ field, px: node[field]!, variable: variable(bound[field]) }],
        )
      : [];
  return {
    id: node.id,
    path,
    fills: paints(node.fills, 'fills', node.styles?.fill ?? node.styles?.fills),
    strokes: paints(node.strokes, 'strokes', node.styles?.stroke ?? node.styles?.strokes),
    effects: (node.effects ?? [])
      .filter((e) => e.visible !== false)
      .map((e) => ({
        type: e.type,
        color: e.color,
        radius: e.radius,
        offset: e.offset,
        spread: e.spread,
        variable: variable(Object.values(e.boundVariables ?? {})[0]),
        style: style(node.styles?.effect),
      })),
    radii,
    gaps,
    text: node.type === 'TEXT' && node.style ? textRuns(node, variable, style) : [],
  };
}

/** One run per style in characterStyleOverrides (mixed text), each with its own bindings. */
function textRuns(
  node: AuditNode,
  variable: (b: unknown) => Source['variable'],
  style: (id: string | undefined) => Source['style'],
): LayerFacts['text'] {
  const base = node.style!;
  const overrides = node.characterStyleOverrides ?? [];
  const table = node.styleOverrideTable ?? {};
  const ids = [...new Set([0, ...overrides])];
  const bound = (node.boundVariables ?? {}) as Record<string, Bound[] | undefined>;
  return ids.map((id, index) => {
    const s = { ...base, ...(id ? table[String(id)] : {}) } as TypeStyle;
    const pick = (field: string) =>
      variable((s.boundVariables as Record<string, unknown> | undefined)?.[field] ?? bound[field]?.[index]);
    const characters = (node.characters ?? '')
      .split('')
      .filter((_, i) => (overrides[i] ?? 0) === id)
      .join('');
    return {
      characters,
      fontSize: s.fontSize ?? 0,
      fontFamily: s.fontFamily ?? '',
      fontWeight: s.fontWeight ?? 400,
      fontStyle: s.fontStyle ?? '',
      fontSizeBound: pick('fontSize'),
      fontFamilyBound: pick('fontFamily'),
      fontWeightBound: pick('fontWeight'),
      fontStyleBound: pick('fontStyle'),
      style: style(node.styles?.text),
    };
  });
}
