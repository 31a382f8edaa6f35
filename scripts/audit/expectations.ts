/**
 * What a page is compared with: the brand's token values in every permutation, taken from the
 * catalogue and lint's token index (the owners of values, scales and logos), then spelled the way
 * Chromium computes them on that page (so `1.5rem` on a page with a 20px root is 30px there, and a
 * shadow's colors read as the page's computed `box-shadow` does).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { toCss } from '../build/css-value.ts';
import type { Catalogue } from '../catalogue/catalogue.ts';
import type { CatalogueToken } from '../catalogue/catalogue-schema.ts';
import { tokenScale } from '../catalogue/category.ts';
import { permutationName, permutationsOf } from '../catalogue/permutations.ts';
import type { RoleMap } from '../lint/roles.ts';
import { buildTokenIndex, type ScaleCategory, type TokenIndex } from '../lint/token-index.ts';
import type { ProbeInput } from './probe.ts';

export interface ExpectedValue {
  token: CatalogueToken;
  variable: string;
  /** As the token writes it. */
  css: string;
  /** As Chromium computes it on the page being audited (filled by `normalizedFor`). */
  computed?: string;
}

export interface PermutationValues {
  name: string;
  selection: Record<string, string>;
  shadows: ExpectedValue[];
}

/** The scales a computed length, weight or ratio is compared with. */
export type AuditedScale = 'spacing' | 'font-size' | 'font-weight' | 'line-height' | 'radius' | 'letter-spacing';

/** The property Chromium computes a scale's token values through. */
const NORMALIZING_PROPERTY: Partial<Record<AuditedScale, string>> = {
  spacing: 'padding-left',
  'font-size': 'font-size',
  radius: 'border-top-left-radius',
  'letter-spacing': 'letter-spacing',
};

export class Expectations {
  readonly index: TokenIndex;
  readonly permutations: PermutationValues[];
  readonly scales = new Map<AuditedScale, ExpectedValue[]>();
  /** Lower-case first families of the brand's font stacks. */
  readonly fontFamilies: Set<string>;
  /** Modifier attribute → modifier name (`data-theme` → `theme`). */
  readonly attributes: Map<string, string>;
  /** `lv-*` tags that are interactive controls, so the reuse rate counts them against hand-built ones. */
  readonly systemControlTags: string[];
  private readonly byName = new Map<string, PermutationValues>();

  readonly catalogue: Catalogue;

  /** `roles`: lint's role map (with the config's additions), so both name the same fitting tokens. */
  constructor(catalogue: Catalogue, roles?: RoleMap) {
    this.catalogue = catalogue;
    this.index = buildTokenIndex(catalogue, roles);
    this.fontFamilies = this.index.fontFamilies;
    this.attributes = new Map(catalogue.modifiers.map((m) => [m.attribute, m.name]));
    this.systemControlTags = interactiveComponents(catalogue.file);
    // Colors come from the token index (values per permutation, roles); shadows are written from
    // the same resolved values (the catalogue resolves each permutation once per process).
    this.permutations = permutationsOf(catalogue).map(({ name, selection }) => {
      const values = catalogue.resolve(selection);
      const shadows: ExpectedValue[] = [];
      for (const token of catalogue.tokens.values()) {
        if (token.type !== 'shadow') continue;
        try {
          shadows.push({ token, variable: token.cssVariable, css: toCss(token.type, values.get(token.name)) });
        } catch {
          // a shadow the build could not write is not one the page can use either
        }
      }
      const permutation = { name, selection, shadows };
      this.byName.set(name, permutation);
      return permutation;
    });
    for (const [category, entries] of this.index.scales) {
      if (!isAudited(category)) continue;
      this.scales.set(
        category,
        entries.map((e) => ({ token: e.token, variable: e.token.cssVariable, css: e.css })),
      );
    }
    // Tracking tokens: letter-spacing fields of the typography composites and the primitives they alias.
    const tracking: ExpectedValue[] = [];
    const seen = new Set<string>();
    for (const token of catalogue.tokens.values()) {
      const field =
        token.type === 'typography' ? (token.value as Record<string, unknown> | null)?.letterSpacing : undefined;
      const isTracking = tokenScale(token) === 'letter-spacing';
      if (!isTracking && field === undefined) continue;
      let css: string;
      try {
        css = isTracking ? token.css : toCss('dimension', field);
      } catch {
        continue;
      }
      if (seen.has(css)) continue;
      seen.add(css);
      const variable = isTracking
        ? token.cssVariable
        : (token.cssVariables.find((v) => v.endsWith('-letter-spacing')) ?? token.cssVariable);
      tracking.push({ token, variable, css });
    }
    this.scales.set('letter-spacing', tracking);
  }

  /** The permutation an element is painted in: the sweep's theme, then the data attributes around it. */
  permutationFor(theme: Record<string, string>, contexts: Record<string, string>): PermutationValues {
    const selection = { ...this.catalogue.defaultSelection(), ...theme };
    for (const [attribute, value] of Object.entries(contexts)) {
      const modifier = this.catalogue.modifiers.find((m) => m.attribute === attribute);
      if (modifier?.contexts.includes(value)) selection[modifier.name] = value;
    }
    return this.byName.get(permutationName(this.catalogue, selection))!;
  }

  /** The `{ property, value }` pairs the probe asks Chromium to compute. */
  normalizeRequests(): ProbeInput['normalize'] {
    const requests: ProbeInput['normalize'] = [];
    for (const [scale, entries] of this.scales) {
      const property = NORMALIZING_PROPERTY[scale];
      if (property) for (const e of entries) requests.push({ property, value: e.css });
    }
    for (const p of this.permutations)
      for (const s of p.shadows) requests.push({ property: 'box-shadow', value: s.css });
    return requests;
  }

  /** A copy of scales and shadows with Chromium's spelling from one page's probe. */
  normalizedFor(computed: string[]): NormalizedExpectations {
    let i = 0;
    const scales = new Map<AuditedScale, ExpectedValue[]>();
    for (const [scale, entries] of this.scales) {
      const property = NORMALIZING_PROPERTY[scale];
      scales.set(
        scale,
        entries.map((e) => ({ ...e, computed: property ? computed[i++] : e.css })),
      );
    }
    const shadows = new Map<string, ExpectedValue[]>();
    for (const p of this.permutations)
      shadows.set(
        p.name,
        p.shadows.map((s) => ({ ...s, computed: computed[i++] })),
      );
    return { scales, shadows };
  }
}

export interface NormalizedExpectations {
  scales: Map<AuditedScale, ExpectedValue[]>;
  /** Permutation name → shadow tokens as this page computes them. */
  shadows: Map<string, ExpectedValue[]>;
}

function isAudited(category: ScaleCategory): category is ScaleCategory & AuditedScale {
  return (
    category === 'spacing' ||
    category === 'font-size' ||
    category === 'font-weight' ||
    category === 'line-height' ||
    category === 'radius'
  );
}

interface ManifestDeclaration {
  tagName?: string;
  attributes?: { name: string }[];
}

/**
 * Interactive components from custom-elements.json beside the catalogue: those that can be
 * disabled (form controls, buttons) or navigate (links). None when the brand ships no components.
 */
function interactiveComponents(catalogueFile: string): string[] {
  const file = join(dirname(catalogueFile), 'components', 'custom-elements.json');
  if (!existsSync(file)) return [];
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { modules?: { declarations?: ManifestDeclaration[] }[] };
  return (manifest.modules ?? [])
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName && d.attributes?.some((a) => a.name === 'disabled' || a.name === 'href'))
    .map((d) => d.tagName!);
}
