/** The units DTCG 2025.10 allows in a `{ value, unit }` value, by `$type`: validation and conversions read them. */
export const DTCG_UNITS = {
  dimension: ['px', 'rem'],
  duration: ['ms', 's'],
} as const satisfies Record<string, readonly string[]>;
