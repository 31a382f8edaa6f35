import {
  CORNER_FIELDS,
  countByKind,
  effectOf,
  gapFieldsOf,
  lintLayer,
  type BrandCandidates,
  type LayerFacts,
  type LayerFinding,
  type LintedNodeFields,
  type Source,
} from '../layer-lint.ts';

/**
 * The plugin's Lint: live layers (the selection, or the whole page) turned into LayerFacts and
 * judged by the same rules as `figma audit`. The node shape below is the part of Figma's SceneNode
 * the lint reads (figma.mixed for mixed values is any symbol); the brand's candidates are embedded
 * at build time.
 */
type Alias = { type: 'VARIABLE_ALIAS'; id: string };
type PaintLike = {
  type: string;
  visible?: boolean;
  opacity?: number;
  color?: { r: number; g: number; b: number };
  boundVariables?: { color?: Alias };
};

export interface LintableNode extends LintedNodeFields<Alias> {
  children?: readonly LintableNode[];
  fills?: readonly PaintLike[] | symbol;
  strokes?: readonly PaintLike[];
  fillStyleId?: string | symbol;
  strokeStyleId?: string;
  effectStyleId?: string;
  cornerRadius?: number | symbol;
  topLeftRadius?: number;
  topRightRadius?: number;
  bottomRightRadius?: number;
  bottomLeftRadius?: number;
  boundVariables?: Record<string, Alias | readonly Alias[] | undefined>;
  getStyledTextSegments?(fields: ['fontSize', 'fontName', 'fontWeight', 'textStyleId', 'boundVariables']): {
    characters: string;
    fontSize: number;
    fontName: { family: string; style: string };
    fontWeight: number;
    textStyleId: string;
    boundVariables?: Record<string, Alias | undefined>;
  }[];
}

export interface LintHost {
  getVariableByIdAsync(id: string): Promise<{ name: string; remote: boolean } | null>;
  getStyleByIdAsync(id: string): Promise<{ name: string; key: string } | null>;
}

export interface LintReport {
  findings: (LayerFinding & { nodeName: string })[];
  counts: ReturnType<typeof countByKind>;
  layers: number;
}

export async function lintLayers(
  roots: readonly LintableNode[],
  brand: BrandCandidates,
  host: LintHost,
): Promise<LintReport> {
  const findings: LintReport['findings'] = [];
  let layers = 0;
  const variableOf = async (alias: unknown): Promise<Source['variable']> => {
    const a = (Array.isArray(alias) ? alias[0] : alias) as Alias | undefined;
    if (!a?.id) return undefined;
    const v = await host.getVariableByIdAsync(a.id);
    return v ? { name: v.name, remote: v.remote } : { remote: true };
  };
  const styleOf = async (id: unknown): Promise<Source['style']> => {
    if (typeof id !== 'string' || !id) return undefined;
    const s = await host.getStyleByIdAsync(id);
    return s ? { name: s.name, key: s.key } : { name: id, key: '' };
  };
  const visit = async (node: LintableNode, trail: string[]): Promise<void> => {
    if (node.visible === false) return;
    const path = [...trail, node.name];
    layers++;
    const facts = await factsOf(node, path.join(' › '), variableOf, styleOf);
    for (const finding of lintLayer(facts, brand)) findings.push({ ...finding, nodeName: node.name });
    for (const child of node.children ?? []) await visit(child, path);
  };
  for (const root of roots) await visit(root, []);
  return { findings, counts: countByKind(findings), layers };
}

async function factsOf(
  node: LintableNode,
  path: string,
  variableOf: (a: unknown) => Promise<Source['variable']>,
  styleOf: (id: unknown) => Promise<Source['style']>,
): Promise<LayerFacts> {
  const bound = node.boundVariables ?? {};
  const paints = async (
    list: readonly PaintLike[] | symbol | undefined,
    field: 'fills' | 'strokes',
    styleId: unknown,
  ) => {
    if (!Array.isArray(list)) return [];
    const out: LayerFacts['fills'] = [];
    const style = await styleOf(styleId);
    for (const [i, paint] of (list as readonly PaintLike[]).entries()) {
      if (paint.type !== 'SOLID' || paint.visible === false || !paint.color) continue;
      const variable = await variableOf(
        paint.boundVariables?.color ?? (bound[field] as readonly Alias[] | undefined)?.[i],
      );
      out.push({ color: { ...paint.color, a: paint.opacity ?? 1 }, variable, style });
    }
    return out;
  };
  const radii: LayerFacts['radii'] = [];
  if (typeof node.cornerRadius === 'number')
    radii.push({ px: node.cornerRadius, variable: await variableOf(bound.topLeftRadius) });
  else if (typeof node.cornerRadius === 'symbol')
    for (const corner of CORNER_FIELDS)
      radii.push({ px: node[corner] ?? 0, variable: await variableOf(bound[corner]) });
  const gaps: LayerFacts['gaps'] = [];
  for (const field of gapFieldsOf(node))
    gaps.push({ field, px: node[field]!, variable: await variableOf(bound[field]) });
  const effects: LayerFacts['effects'] = [];
  const effectStyle = await styleOf(node.effectStyleId);
  for (const e of node.effects ?? []) {
    if (e.visible === false) continue;
    const { value, binding } = effectOf(e);
    effects.push({ ...value, variable: await variableOf(binding), style: effectStyle });
  }
  const text: LayerFacts['text'] = [];
  if (node.type === 'TEXT' && node.getStyledTextSegments) {
    for (const run of node.getStyledTextSegments([
      'fontSize',
      'fontName',
      'fontWeight',
      'textStyleId',
      'boundVariables',
    ])) {
      const b = run.boundVariables ?? {};
      text.push({
        characters: run.characters,
        fontSize: run.fontSize,
        fontFamily: run.fontName.family,
        fontWeight: run.fontWeight,
        fontStyle: run.fontName.style,
        fontSizeBound: await variableOf(b.fontSize),
        fontFamilyBound: await variableOf(b.fontFamily),
        fontWeightBound: await variableOf(b.fontWeight),
        fontStyleBound: await variableOf(b.fontStyle),
        style: await styleOf(run.textStyleId),
      });
    }
  }
  return {
    id: node.id,
    path,
    fills: await paints(node.fills, 'fills', node.fillStyleId),
    strokes: await paints(node.strokes, 'strokes', node.strokeStyleId),
    effects,
    radii,
    gaps,
    text,
  };
}
