import type { GetFileResponse, GetLocalVariablesResponse, Paint, TypeStyle } from '@figma/rest-api-spec';
import type { Catalogue } from '../catalogue/read-catalogue.ts';
import { candidatesFrom } from './brand-candidates.ts';
import {
  CORNER_FIELDS,
  effectOf,
  gapFieldsOf,
  lintLayer,
  type LayerFacts,
  type LayerFinding,
  type LintedNodeFields,
  type Source,
} from './layer-lint.ts';

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
/** A node of the REST file JSON, as far as the lint reads it. */
interface AuditNode extends LintedNodeFields<Bound> {
  children?: AuditNode[];
  fills?: Paint[];
  strokes?: Paint[];
  cornerRadius?: number;
  rectangleCornerRadii?: number[];
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
      ? node.rectangleCornerRadii.map((px, i) => ({ px, variable: variable(bound[CORNER_FIELDS[i]!]) }))
      : node.cornerRadius !== undefined
        ? [{ px: node.cornerRadius, variable: variable(bound.topLeftRadius) }]
        : [];
  const gaps = gapFieldsOf(node).map((field) => ({ field, px: node[field]!, variable: variable(bound[field]) }));
  return {
    id: node.id,
    path,
    fills: paints(node.fills, 'fills', node.styles?.fill ?? node.styles?.fills),
    strokes: paints(node.strokes, 'strokes', node.styles?.stroke ?? node.styles?.strokes),
    effects: (node.effects ?? [])
      .filter((e) => e.visible !== false)
      .map((e) => {
        const { value, binding } = effectOf(e);
        return { ...value, variable: variable(binding), style: style(node.styles?.effect) };
      }),
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
