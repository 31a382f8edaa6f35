import { srgbToOklab } from '../tokens/oklab.ts';

/**
 * The brand rules for design layers, shared by `figma audit` (REST file JSON) and the plugin's Lint
 * (live nodes): each host turns its nodes into `LayerFacts`, and this module says what is off
 * brand (it imports nothing from Node, so the plugin bundles it). A value is on brand when it is bound to a brand variable or comes from a brand style; a
 * raw value is a finding that names the token with that value (bind it) or the nearest one.
 */
export type FindingKind = 'fill' | 'stroke' | 'effect' | 'text' | 'radius' | 'gap';
export const FINDING_KINDS: readonly FindingKind[] = ['fill', 'stroke', 'effect', 'text', 'radius', 'gap'];

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Where a value comes from: a bound variable (by name), a style (by name and key), or nothing. */
export interface Source {
  /** `name` is unknown when the host cannot read variables (REST without the Enterprise plan): trusted. */
  variable?: { name?: string | undefined; remote: boolean } | undefined;
  style?: { name: string; key: string } | undefined;
}

export interface LayerFacts {
  id: string;
  path: string;
  fills: ({ color: Rgba } & Source)[];
  strokes: ({ color: Rgba } & Source)[];
  effects: ({
    type: string;
    color?: Rgba | undefined;
    radius: number;
    offset?: { x: number; y: number } | undefined;
    spread?: number | undefined;
  } & Source)[];
  /** Corner radius per corner (one entry when uniform), with what each is bound to. */
  radii: ({ px: number } & Source)[];
  /** Auto-layout gap and paddings. */
  gaps: ({ field: string; px: number } & Source)[];
  /** Text runs (one per differently styled range). */
  text: ({
    characters: string;
    fontSize: number;
    fontFamily: string;
    fontWeight: number;
    fontStyle: string;
    fontSizeBound?: Source['variable'];
    fontFamilyBound?: Source['variable'];
    fontWeightBound?: Source['variable'];
    fontStyleBound?: Source['variable'];
  } & Pick<Source, 'style'>)[];
}

/** The auto-layout fields judged as gaps (by the same name in the REST file JSON and the plugin API). */
export const GAP_FIELDS = ['itemSpacing', 'paddingLeft', 'paddingRight', 'paddingTop', 'paddingBottom'] as const;
export type GapField = (typeof GAP_FIELDS)[number];

/** The per-corner radius fields, in Figma's order (also the order of REST's `rectangleCornerRadii`). */
export const CORNER_FIELDS = ['topLeftRadius', 'topRightRadius', 'bottomRightRadius', 'bottomLeftRadius'] as const;

/**
 * The fields of a Figma node the lint reads that both APIs (REST file JSON, the plugin's live
 * nodes) spell the same; `Binding` is how each refers to a bound variable. Each host adds the
 * fields it spells its own way (paints, corner radii, text, styles).
 */
export type LintedNodeFields<Binding> = {
  id: string;
  name: string;
  type: string;
  visible?: boolean;
  effects?: readonly {
    type: string;
    visible?: boolean;
    color?: Rgba;
    radius: number;
    offset?: { x: number; y: number };
    spread?: number;
    boundVariables?: Record<string, Binding>;
  }[];
  layoutMode?: string;
} & { [F in GapField]?: number };

/** The gap fields a node has values for; none unless it has auto layout. */
export function gapFieldsOf(node: LintedNodeFields<unknown>): GapField[] {
  return node.layoutMode && node.layoutMode !== 'NONE' ? GAP_FIELDS.filter((field) => node[field] !== undefined) : [];
}

/** An effect's values as LayerFacts holds them, and the binding its variable comes from (the first bound field). */
export function effectOf<Binding>(effect: NonNullable<LintedNodeFields<Binding>['effects']>[number]): {
  value: Omit<LayerFacts['effects'][number], keyof Source>;
  binding: Binding | undefined;
} {
  const { type, color, radius, offset, spread } = effect;
  return { value: { type, color, radius, offset, spread }, binding: Object.values(effect.boundVariables ?? {})[0] };
}

export interface LayerFinding {
  nodeId: string;
  path: string;
  kind: FindingKind;
  /** What was checked: `fill`, `effect[0].color`, `paddingLeft`, `fontSize`… */
  property: string;
  value: string;
  /** A token with exactly this value. */
  match?: string;
  nearest?: { name: string; distance: string };
  message: string;
}

/** What the brand offers, in Figma's units; serialisable, so the plugin embeds it at build time. */
export interface BrandCandidates {
  colors: { name: string; rgba: Rgba }[];
  radii: { name: string; px: number }[];
  spacing: { name: string; px: number }[];
  fontSizes: { name: string; px: number }[];
  fontFamilies: { name: string; family: string }[];
  fontWeights: { name: string; weight: number }[];
  /** Token names (dotted): a variable of this name is the brand's. */
  tokens: string[];
  /** Published keys of the brand library's styles (empty: styles are judged by name only). */
  styleKeys: string[];
}

/** ΔE OK below which two colours count as the same value (8-bit rounding is about 0.002). */
export const SAME_COLOR = 0.003;

export function lintLayer(layer: LayerFacts, brand: BrandCandidates): LayerFinding[] {
  const findings: LayerFinding[] = [];
  const tokens = new Set(brand.tokens);
  const keys = new Set(brand.styleKeys);
  const base = (kind: FindingKind, property: string, value: string) => ({
    nodeId: layer.id,
    path: layer.path,
    kind,
    property,
    value,
  });
  /** A bound variable or a style: on brand only if it is the brand's. */
  const sourced = (kind: FindingKind, property: string, value: string, source: Source): boolean => {
    if (source.variable) {
      const name = source.variable.name?.split('/').join('.');
      if (name !== undefined && !tokens.has(name))
        findings.push({
          ...base(kind, property, value),
          message:
            `${property} is bound to the variable "${source.variable.name}"` +
            `${source.variable.remote ? ' from another library' : ''}, which is not a brand token`,
        });
      return true;
    }
    if (source.style) {
      if (keys.size ? !keys.has(source.style.key) : false)
        findings.push({
          ...base(kind, property, value),
          message: `${property} uses the style "${source.style.name}", which is not published by the brand library`,
        });
      return true;
    }
    return false;
  };
  const paints = (kind: 'fill' | 'stroke', list: LayerFacts['fills']) =>
    list.forEach((paint, i) => {
      const property = list.length > 1 ? `${kind}[${i}]` : kind;
      if (!sourced(kind, property, hex(paint.color), paint))
        findings.push(colorFinding(base(kind, property, hex(paint.color)), paint.color, brand));
    });
  paints('fill', layer.fills);
  paints('stroke', layer.strokes);
  layer.effects.forEach((effect, i) => {
    const property = `effect[${i}]`;
    const value =
      `${effect.type.toLowerCase().replace(/_/g, ' ')} ` +
      `${effect.offset ? `${effect.offset.x} ${effect.offset.y} ` : ''}${effect.radius}` +
      `${effect.spread ? ` ${effect.spread}` : ''}${effect.color ? ` ${hex(effect.color)}` : ''}`;
    if (sourced('effect', property, value, effect)) return;
    const colour = effect.color
      ? colorFinding(base('effect', `${property}.color`, hex(effect.color)), effect.color, brand)
      : undefined;
    findings.push({
      ...base('effect', property, value),
      ...(colour?.match ? { match: colour.match } : {}),
      message:
        `raw effect (${value}): use a brand effect style or bind its values to brand ` +
        `variables${colour?.match ? ` (its colour equals ${colour.match})` : ''}`,
    });
  });
  for (const radius of layer.radii)
    if (!sourced('radius', 'cornerRadius', `${radius.px}px`, radius) && radius.px !== 0)
      findings.push(numberFinding(base('radius', 'cornerRadius', `${radius.px}px`), radius.px, brand.radii, 'px'));
  for (const gap of layer.gaps)
    if (!sourced('gap', gap.field, `${gap.px}px`, gap) && gap.px !== 0)
      findings.push(numberFinding(base('gap', gap.field, `${gap.px}px`), gap.px, brand.spacing, 'px'));
  layer.text.forEach((run, i) => {
    const at = layer.text.length > 1 ? `text[${i}] "${run.characters.slice(0, 20)}"` : 'text';
    if (run.style) {
      sourced('text', at, run.style.name, { style: run.style });
      return;
    }
    const bound = (variable: Source['variable'], property: string, value: string) =>
      sourced('text', `${at} ${property}`, value, { variable });
    if (!bound(run.fontSizeBound, 'fontSize', `${run.fontSize}px`))
      findings.push(
        numberFinding(base('text', `${at} fontSize`, `${run.fontSize}px`), run.fontSize, brand.fontSizes, 'px'),
      );
    // A weight bound through a fontStyle variable (how push maps named weights) is bound.
    if (!bound(run.fontWeightBound ?? run.fontStyleBound, 'fontWeight', String(run.fontWeight)))
      findings.push(
        numberFinding(
          base('text', `${at} fontWeight`, String(run.fontWeight)),
          run.fontWeight,
          brand.fontWeights.map((w) => ({ name: w.name, px: w.weight })),
          '',
        ),
      );
    if (!bound(run.fontFamilyBound, 'fontFamily', run.fontFamily)) {
      const match = brand.fontFamilies.find((c) => c.family.toLowerCase() === run.fontFamily.toLowerCase());
      findings.push({
        ...base('text', `${at} fontFamily`, run.fontFamily),
        ...(match ? { match: match.name } : {}),
        message: match
          ? `raw font family "${run.fontFamily}" equals ${match.name}: bind the variable`
          : `font family "${run.fontFamily}" matches no ` +
            `token${brand.fontFamilies.length ? ` (the brand's families: ${[...new Set(brand.fontFamilies.map((c) => c.family))].join(', ')})` : ''}`,
      });
    }
  });
  return findings;
}

/** Counts per kind, every kind present (0 when clean). */
export function countByKind(findings: LayerFinding[]): Record<FindingKind, number> {
  const counts = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as Record<FindingKind, number>;
  for (const f of findings) counts[f.kind]++;
  return counts;
}

function colorFinding(base: Omit<LayerFinding, 'message'>, rgba: Rgba, brand: BrandCandidates): LayerFinding {
  let best: { name: string; distance: number } | undefined;
  const lab = srgbToOklab(rgba.r, rgba.g, rgba.b);
  for (const candidate of brand.colors) {
    const other = srgbToOklab(candidate.rgba.r, candidate.rgba.g, candidate.rgba.b);
    const distance =
      Math.hypot(lab[0] - other[0], lab[1] - other[1], lab[2] - other[2]) + Math.abs(candidate.rgba.a - rgba.a);
    if (!best || distance < best.distance) best = { name: candidate.name, distance };
  }
  const distance = best && `ΔE OK ${best.distance.toFixed(3)}`;
  return rawValueFinding(
    base,
    best && {
      name: best.name,
      exact: best.distance < SAME_COLOR,
      distance: distance!,
      shown: `${best.name}, ${distance}`,
    },
  );
}

function numberFinding(
  base: Omit<LayerFinding, 'message'>,
  n: number,
  candidates: { name: string; px: number }[],
  unit: string,
): LayerFinding {
  const best = [...candidates].sort(
    (a, b) => Math.abs(a.px - n) - Math.abs(b.px - n) || a.name.localeCompare(b.name),
  )[0];
  const distance = best && `${best.px}${unit}`;
  return rawValueFinding(
    base,
    best && {
      name: best.name,
      exact: Math.abs(best.px - n) < 0.01,
      distance: distance!,
      shown: `${best.name} = ${distance}`,
    },
  );
}

/**
 * A raw value on a layer: bind the variable when a token has the value exactly, else it matches no
 * token (with the nearest one named, `shown` as the message spells it).
 */
function rawValueFinding(
  base: Omit<LayerFinding, 'message'>,
  best: { name: string; exact: boolean; distance: string; shown: string } | undefined,
): LayerFinding {
  if (best?.exact)
    return {
      ...base,
      match: best.name,
      message: `raw ${base.property} ${base.value} equals ${best.name}: bind the variable instead`,
    };
  return {
    ...base,
    ...(best ? { nearest: { name: best.name, distance: best.distance } } : {}),
    message: `${base.property} ${base.value} matches no token${best ? ` (nearest: ${best.shown})` : ''}`,
  };
}

export function hex(c: Rgba): string {
  const h = (n: number) =>
    Math.round(Math.min(1, Math.max(0, n)) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${h(c.r)}${h(c.g)}${h(c.b)}${c.a < 1 ? h(c.a) : ''}`;
}
