/**
 * The fields of each DTCG composite type and the `$type` each holds: the one table validation,
 * reference checks, CSS (shorthands and sub-properties), native outputs and the docs read. Fields
 * are listed in CSS shorthand order (border: width style color), the order sub-properties are emitted in.
 */
export const COMPOSITE_FIELD_TYPES = {
  typography: {
    fontFamily: 'fontFamily',
    fontSize: 'dimension',
    fontWeight: 'fontWeight',
    lineHeight: 'number',
    letterSpacing: 'dimension',
  },
  transition: { duration: 'duration', delay: 'duration', timingFunction: 'cubicBezier' },
  border: { width: 'dimension', style: 'strokeStyle', color: 'color' },
  shadow: {
    color: 'color',
    offsetX: 'dimension',
    offsetY: 'dimension',
    blur: 'dimension',
    spread: 'dimension',
    inset: 'boolean',
  },
  gradient: { color: 'color', position: 'number' },
} as const satisfies Record<string, Record<string, string>>;

export type CompositeType = keyof typeof COMPOSITE_FIELD_TYPES;

/** The `$type` of a composite's field, or undefined when the type or field is not a composite's. */
export function compositeFieldType(type: string, field: string): string | undefined {
  return (COMPOSITE_FIELD_TYPES as Record<string, Record<string, string>>)[type]?.[field];
}

/** Composites that also get a custom property per field (`--lv-typography-body-font-size`), with their fields. */
export const SUB_PROPERTY_FIELDS: Record<string, string[]> = Object.fromEntries(
  (['typography', 'transition', 'border'] as const).map((type) => [type, Object.keys(COMPOSITE_FIELD_TYPES[type])]),
);
