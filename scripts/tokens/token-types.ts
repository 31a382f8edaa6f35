import { DTCG_COLOR_SPACES } from './color-space.ts';
import { COMPOSITE_FIELD_TYPES } from './composite-fields.ts';
import { isFontWeightName } from './font-weight.ts';
import { referenceName } from './token.ts';
import { DTCG_UNITS } from './units.ts';

/**
 * What each DTCG 2025.10 `$type` accepts. A validator returns problems as plain sentences; the
 * caller adds file and token path. Composite fields may be references: `fieldTypes` says which
 * type a referenced token must have, so aliases are checked once their targets are known.
 */
export interface TokenType {
  validate(value: unknown): string[];
  /** For composites: the `$type` each field must have (also when the field is a reference). */
  fieldTypes?: Record<string, string>;
}

const COLOR_SPACES = new Set(Object.keys(DTCG_COLOR_SPACES));
const STROKE_STYLES = new Set(['solid', 'dashed', 'dotted', 'double', 'groove', 'ridge', 'outset', 'inset']);

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const show = (v: unknown) => JSON.stringify(v);

function unitValue(units: readonly string[], example: string) {
  return (value: unknown): string[] => {
    if (typeof value === 'string' || isNumber(value)) {
      return [
        `${show(value)} is not a DTCG 2025.10 ${example}; write { "value": <number>, "unit": "${units.join('" | "')}" }`,
      ];
    }
    if (!isObject(value)) return [`expected { "value", "unit" }, got ${show(value)}`];
    const problems: string[] = [];
    if (!isNumber(value.value)) problems.push(`"value" must be a number, got ${show(value.value)}`);
    if (typeof value.unit !== 'string' || !units.includes(value.unit)) {
      problems.push(`"unit" must be ${units.map((u) => `"${u}"`).join(' or ')}, got ${show(value.unit)}`);
    }
    return problems;
  };
}

function composite(fields: Record<string, string>, optional: string[] = []) {
  return (value: unknown): string[] => {
    if (!isObject(value)) return [`expected an object with ${Object.keys(fields).join(', ')}, got ${show(value)}`];
    const problems: string[] = [];
    for (const [field, type] of Object.entries(fields)) {
      if (!(field in value)) {
        if (!optional.includes(field)) problems.push(`missing "${field}"`);
        continue;
      }
      const fieldValue = value[field];
      if (referenceName(fieldValue)) continue;
      for (const p of TOKEN_TYPES[type]!.validate(fieldValue)) problems.push(`"${field}": ${p}`);
    }
    for (const key of Object.keys(value)) {
      if (!(key in fields)) problems.push(`unknown field "${key}" (allowed: ${Object.keys(fields).join(', ')})`);
    }
    return problems;
  };
}

// DTCG makes a shadow layer's inset and spread optional (they default to false and 0).
const shadowLayer = composite(COMPOSITE_FIELD_TYPES.shadow, ['inset', 'spread']);
const gradientStop = composite(COMPOSITE_FIELD_TYPES.gradient);

export const TOKEN_TYPES: Record<string, TokenType> = {
  color: {
    validate(value) {
      if (typeof value === 'string') {
        return [
          `${show(value)} is a legacy string color; DTCG 2025.10 colors are objects: { "colorSpace": "oklch", "components": [L, C, H], "alpha": 1 }`,
        ];
      }
      if (!isObject(value)) return [`expected a color object, got ${show(value)}`];
      const problems: string[] = [];
      if (typeof value.colorSpace !== 'string' || !COLOR_SPACES.has(value.colorSpace)) {
        problems.push(`unknown colorSpace ${show(value.colorSpace)} (use one of ${[...COLOR_SPACES].join(', ')})`);
      }
      const c = value.components;
      if (!Array.isArray(c) || c.length !== 3 || !c.every((n) => isNumber(n) || n === 'none')) {
        problems.push(`"components" must be three numbers (or "none"), got ${show(c)}`);
      }
      if ('alpha' in value && (!isNumber(value.alpha) || value.alpha < 0 || value.alpha > 1)) {
        problems.push(`"alpha" must be a number from 0 to 1, got ${show(value.alpha)}`);
      }
      if ('hex' in value && (typeof value.hex !== 'string' || !/^#[0-9a-f]{6}$/i.test(value.hex))) {
        problems.push(`"hex" must be a 6-digit hex fallback like "#1a2b3c", got ${show(value.hex)}`);
      }
      return problems;
    },
  },
  dimension: { validate: unitValue(DTCG_UNITS.dimension, 'dimension') },
  duration: { validate: unitValue(DTCG_UNITS.duration, 'duration') },
  number: { validate: (v) => (isNumber(v) ? [] : [`expected a number, got ${show(v)}`]) },
  boolean: { validate: (v) => (typeof v === 'boolean' ? [] : [`expected true or false, got ${show(v)}`]) },
  string: { validate: (v) => (typeof v === 'string' ? [] : [`expected a string, got ${show(v)}`]) },
  fontFamily: {
    validate(v) {
      if (typeof v === 'string' && v.trim()) return [];
      if (Array.isArray(v) && v.length > 0 && v.every((f) => typeof f === 'string' && f.trim())) return [];
      return [`expected a font name or a non-empty array of names, got ${show(v)}`];
    },
  },
  fontWeight: {
    validate(v) {
      if (isNumber(v) && v >= 1 && v <= 1000) return [];
      if (isFontWeightName(v)) return [];
      return [`expected a number from 1 to 1000 or a weight name (regular, bold…), got ${show(v)}`];
    },
  },
  cubicBezier: {
    validate(v) {
      if (!Array.isArray(v) || v.length !== 4 || !v.every(isNumber))
        return [`expected [x1, y1, x2, y2], got ${show(v)}`];
      const [x1, , x2] = v as number[];
      if (x1! < 0 || x1! > 1 || x2! < 0 || x2! > 1) return [`x1 and x2 must lie between 0 and 1, got ${show(v)}`];
      return [];
    },
  },
  strokeStyle: {
    validate(v) {
      if (typeof v === 'string') return STROKE_STYLES.has(v) ? [] : [`unknown stroke style ${show(v)}`];
      if (isObject(v) && Array.isArray(v.dashArray) && typeof v.lineCap === 'string') return [];
      return [`expected a stroke style name or { dashArray, lineCap }, got ${show(v)}`];
    },
  },
  border: {
    validate: composite(COMPOSITE_FIELD_TYPES.border),
    fieldTypes: COMPOSITE_FIELD_TYPES.border,
  },
  transition: {
    validate: composite(COMPOSITE_FIELD_TYPES.transition),
    fieldTypes: COMPOSITE_FIELD_TYPES.transition,
  },
  shadow: {
    validate(v) {
      if (Array.isArray(v)) {
        if (v.length === 0) return ['a shadow needs at least one layer'];
        return v.flatMap((layer, i) => (referenceName(layer) ? [] : shadowLayer(layer).map((p) => `layer ${i}: ${p}`)));
      }
      return shadowLayer(v);
    },
    fieldTypes: COMPOSITE_FIELD_TYPES.shadow,
  },
  gradient: {
    validate(v) {
      if (!Array.isArray(v) || v.length < 2) return [`expected at least two gradient stops, got ${show(v)}`];
      return v.flatMap((stop, i) => (referenceName(stop) ? [] : gradientStop(stop).map((p) => `stop ${i}: ${p}`)));
    },
    fieldTypes: COMPOSITE_FIELD_TYPES.gradient,
  },
  typography: {
    validate: composite(COMPOSITE_FIELD_TYPES.typography),
    fieldTypes: COMPOSITE_FIELD_TYPES.typography,
  },
};

export const KNOWN_TYPES = Object.keys(TOKEN_TYPES);
