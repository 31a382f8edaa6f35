import { createHash } from 'node:crypto';
import Color from '../tokens/colorjs.ts';
import { colorjsSpace } from '../tokens/color-space.ts';
import type { RGBA, VariableCodeSyntax, VariableResolvedDataType, VariableScope } from '@figma/rest-api-spec';
import { cssVariableName } from '../build/naming.ts';
import { tokenScale } from '../catalogue/category.ts';
import { plainNumber, REM_PX } from '../build/native-value.ts';
import { figmaFloat, sameFigmaFloat, shortestDecimal } from './float32.ts';
import { isAlias, type SyncValue } from './sync-model.ts';

/**
 * Conversions between DTCG values and Figma variable values. Figma has four types (COLOR, FLOAT,
 * STRING, BOOLEAN) and unitless pixels, so each DTCG type maps to one of them, and the way back
 * needs the token's DTCG type (known for existing tokens, inferred by name and scope for new ones).
 */

/** `1rem` in Figma pixels. */

/** DTCG types that have a Figma variable type; composites (typography, shadow…) stay in code. */
export const FIGMA_TYPE: Record<string, VariableResolvedDataType | undefined> = {
  color: 'COLOR',
  dimension: 'FLOAT',
  duration: 'FLOAT',
  number: 'FLOAT',
  fontWeight: 'FLOAT',
  fontFamily: 'STRING',
  string: 'STRING',
  boolean: 'BOOLEAN',
};

type Dtcg = Record<string, unknown>;
const isObject = (v: unknown): v is Dtcg => !!v && typeof v === 'object' && !Array.isArray(v);

/** The Figma type a token of `type` with value `value` has, or undefined if Figma cannot hold it. */
export function figmaTypeOf(type: string | undefined, value: unknown): VariableResolvedDataType | undefined {
  if (type === 'fontWeight') return typeof value === 'string' && !value.startsWith('{') ? 'STRING' : 'FLOAT';
  return type ? FIGMA_TYPE[type] : undefined;
}

/** A literal DTCG value in Figma's terms. Throws on values that cannot be represented. */
export function toFigmaValue(type: string, value: unknown): SyncValue {
  switch (type) {
    case 'color':
      return colorToRgba(value);
    case 'dimension':
    case 'duration':
      return plainNumber(type, value);
    case 'fontFamily':
      return Array.isArray(value) ? value.join(', ') : String(value);
    case 'number':
    case 'fontWeight':
    case 'string':
    case 'boolean':
      return value as SyncValue;
    default:
      throw new Error(`a ${type} token has no Figma variable type`);
  }
}

/**
 * A Figma value as DTCG, for a token of `type`. `previous` (the token's current value in code) is
 * kept as written while Figma holds the same 32-bit floats for it (an oklch colour, 0.7, 1.5rem);
 * otherwise it keeps the author's unit (rem, s) and form (font stack as array), and numbers are
 * written as the shortest decimal that Figma stores as the same float (0.7, not 0.699999988079071).
 */
export function fromFigmaValue(type: string, value: SyncValue, previous?: unknown): unknown {
  if (isAlias(value)) return `{${value.alias}}`;
  if (previous !== undefined && !(typeof previous === 'string' && previous.startsWith('{'))) {
    try {
      if (sameValue(toFigmaValue(type, previous), value)) return previous;
    } catch {
      // The previous value is not a Figma value of this type: convert Figma's.
    }
  }
  switch (type) {
    case 'color':
      return rgbaToColor(value as RGBA);
    case 'dimension': {
      const unit = isObject(previous) && previous.unit === 'rem' ? 'rem' : 'px';
      return { value: shortestDecimal(value as number, unit === 'rem' ? REM_PX : 1), unit };
    }
    case 'duration': {
      const unit = isObject(previous) && previous.unit === 's' ? 's' : 'ms';
      return { value: shortestDecimal(value as number, unit === 's' ? 1000 : 1), unit };
    }
    case 'fontFamily':
      return Array.isArray(previous) ? String(value).split(/\s*,\s*/) : value;
    case 'number':
    case 'fontWeight':
      return typeof value === 'number' ? shortestDecimal(value) : value;
    default:
      return value;
  }
}

/** Exact sRGB components are kept as they are; other spaces convert (gamut-mapped: Figma is sRGB). */
export function colorToRgba(value: unknown): RGBA {
  const v = value as { colorSpace: string; components: (number | 'none')[]; alpha?: number };
  const components = v.components.map((c) => (c === 'none' ? 0 : c)) as [number, number, number];
  const a = v.alpha ?? 1;
  if (v.colorSpace === 'srgb' && components.every((c) => c >= 0 && c <= 1)) {
    return { r: components[0], g: components[1], b: components[2], a };
  }
  const srgb = new Color(colorjsSpace(v.colorSpace), components, a).to('srgb').toGamut({ method: 'css' });
  const [r, g, b] = srgb.coords.map((c) => Math.min(1, Math.max(0, Number(c) || 0))) as [number, number, number];
  return { r, g, b, a };
}

/** Figma's floats as a DTCG sRGB colour, each component the shortest decimal of the same float. */
function rgbaToColor(rgba: RGBA): Dtcg {
  const color: Dtcg = { colorSpace: 'srgb', components: [rgba.r, rgba.g, rgba.b].map((c) => shortestDecimal(c)) };
  if (rgba.a !== undefined && !sameFigmaFloat(rgba.a, 1)) color.alpha = shortestDecimal(rgba.a);
  return color;
}

/**
 * Figma stores numbers as 32-bit floats, so two values are the same if they are the same float32:
 * comparing and hashing at that precision keeps an oklch token and the sRGB floats Figma returns
 * for it equal, run after run.
 */
export function canonical(value: SyncValue | undefined): unknown {
  if (typeof value === 'number') return figmaFloat(value);
  if (value && typeof value === 'object' && !isAlias(value)) {
    const rgba = value as RGBA;
    return { r: figmaFloat(rgba.r), g: figmaFloat(rgba.g), b: figmaFloat(rgba.b), a: figmaFloat(rgba.a ?? 1) };
  }
  return value;
}

export const sameValue = (a: SyncValue | undefined, b: SyncValue | undefined): boolean =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

export function hashOf(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

// ---- conventions: defaults that are not written back, and types for variables new to code ----

const DIMENSION_WORDS =
  /(^|\.)(space|spacing|size|sizes|radius|radii|width|height|gap|border|breakpoint|offset|blur|spread|tracking|letter-spacing|inset|padding|margin)(\.|$)/;
const DURATION_WORDS = /(^|\.)(duration|delay)(\.|$)/;
const DIMENSION_SCOPES = new Set<VariableScope>([
  'CORNER_RADIUS',
  'WIDTH_HEIGHT',
  'GAP',
  'STROKE_FLOAT',
  'EFFECT_FLOAT',
  'FONT_SIZE',
  'LETTER_SPACING',
  'PARAGRAPH_SPACING',
  'PARAGRAPH_INDENT',
]);

/** The DTCG type of a variable that code does not have yet: by scope first, then by name. */
export function inferType(resolvedType: VariableResolvedDataType, name: string, scopes: VariableScope[]): string {
  switch (resolvedType) {
    case 'COLOR':
      return 'color';
    case 'BOOLEAN':
      return 'boolean';
    case 'STRING':
      if (scopes.includes('FONT_FAMILY') || /(^|\.)(font-?family|family)(\.|$)/.test(name)) return 'fontFamily';
      if (scopes.includes('FONT_STYLE') || /(^|\.)(font-?weight|weight)(\.|$)/.test(name)) return 'fontWeight';
      return 'string';
    case 'FLOAT':
      if (scopes.includes('FONT_WEIGHT') || /(^|\.)(font-?weight|weight)(\.|$)/.test(name)) return 'fontWeight';
      if (DURATION_WORDS.test(name)) return 'duration';
      if (scopes.length > 0 && scopes.every((s) => DIMENSION_SCOPES.has(s))) return 'dimension';
      if (DIMENSION_WORDS.test(name)) return 'dimension';
      return 'number';
  }
}

/** Scopes a token gets in Figma when its `$extensions["com.figma"]` names none. */
export function defaultScopes(
  type: string | undefined,
  name: string,
  resolvedType: VariableResolvedDataType,
): VariableScope[] {
  if (resolvedType === 'BOOLEAN') return []; // Figma refuses any scope on a boolean
  const scale = tokenScale({ path: name.split('.'), type });
  if (scale === 'radius') return ['CORNER_RADIUS'];
  if (scale === 'font-size') return ['FONT_SIZE'];
  if (scale === 'spacing') return ['GAP', 'WIDTH_HEIGHT'];
  if (type === 'fontFamily') return ['FONT_FAMILY'];
  if (type === 'fontWeight') return resolvedType === 'STRING' ? ['FONT_STYLE'] : ['FONT_WEIGHT'];
  return ['ALL_SCOPES'];
}

/** Dev Mode shows the CSS custom property the build emits for the token. */
export function defaultCodeSyntax(name: string): VariableCodeSyntax {
  return { WEB: `var(${cssVariableName(name.split('.'))})` };
}

export const FIGMA_EXTENSION = 'com.figma';

export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (isObject(value))
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys(value[k])]),
    );
  return value;
}
