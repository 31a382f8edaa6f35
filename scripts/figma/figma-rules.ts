import type { VariableResolvedDataType, VariableScope } from '@figma/rest-api-spec';

/**
 * What Figma refuses, as documented for POST /v1/files/:key/variables and the Plugin API
 * (VariableScope): one owner for the REST push, the plugin's Apply and the fakes, so a plan is
 * checked before anything is sent, and a request Figma would answer with 400 is never made.
 */

/** Documented limits: per collection, per mode name, per request body. */
export const FIGMA_LIMITS = {
  modesPerCollection: 40,
  modeNameLength: 40,
  variablesPerCollection: 5000,
  requestBytes: 4 * 1024 * 1024,
} as const;

/**
 * Modes per collection by plan (Figma's help centre: Starter 1, Professional 4, Organization 4,
 * Enterprise 40); the REST API itself is Enterprise only, the plugin works on every plan.
 */
export const MODES_BY_PLAN = { starter: 1, professional: 4, organization: 4, enterprise: 40 } as const;
export type FigmaPlan = keyof typeof MODES_BY_PLAN;

/** Scopes each type accepts; a BOOLEAN variable takes none. */
export const SCOPES_BY_TYPE: Record<VariableResolvedDataType, readonly VariableScope[]> = {
  FLOAT: [
    'ALL_SCOPES',
    'TEXT_CONTENT',
    'CORNER_RADIUS',
    'WIDTH_HEIGHT',
    'GAP',
    'STROKE_FLOAT',
    'EFFECT_FLOAT',
    'OPACITY',
    'COLOR_OPACITY',
    'FONT_WEIGHT',
    'FONT_SIZE',
    'LINE_HEIGHT',
    'LETTER_SPACING',
    'PARAGRAPH_SPACING',
    'PARAGRAPH_INDENT',
  ],
  STRING: ['ALL_SCOPES', 'TEXT_CONTENT', 'FONT_FAMILY', 'FONT_STYLE'],
  COLOR: ['ALL_SCOPES', 'ALL_FILLS', 'FRAME_FILL', 'SHAPE_FILL', 'TEXT_FILL', 'STROKE_COLOR', 'EFFECT_COLOR'],
  BOOLEAN: [],
};

const FILL_SCOPES: readonly VariableScope[] = ['FRAME_FILL', 'SHAPE_FILL', 'TEXT_FILL'];

/** Why Figma would refuse these scopes on a variable of `type`, or undefined. */
export function scopeProblem(type: VariableResolvedDataType, scopes: readonly VariableScope[]): string | undefined {
  const allowed = SCOPES_BY_TYPE[type];
  if (type === 'BOOLEAN' && scopes.length) return `BOOLEAN variables take no scopes (got ${scopes.join(', ')})`;
  const wrong = scopes.filter((s) => !allowed.includes(s));
  if (wrong.length)
    return `${wrong.join(', ')} ${wrong.length === 1 ? 'is not a scope' : 'are not scopes'} of ${type} variables (allowed: ${allowed.join(', ')})`;
  if (new Set(scopes).size !== scopes.length) return `scopes repeat (${scopes.join(', ')})`;
  if (scopes.includes('ALL_SCOPES') && scopes.length > 1) return 'ALL_SCOPES cannot be combined with other scopes';
  if (scopes.includes('ALL_FILLS') && scopes.some((s) => FILL_SCOPES.includes(s)))
    return 'ALL_FILLS cannot be combined with FRAME_FILL, SHAPE_FILL or TEXT_FILL';
  return undefined;
}

/** Why Figma would refuse this variable name, or undefined. */
export function variableNameProblem(name: string): string | undefined {
  if (!name.trim()) return 'a variable name cannot be empty';
  const bad = [...new Set(name.match(/[.{}]/g) ?? [])];
  if (bad.length) return `variable names cannot contain ${bad.map((c) => `"${c}"`).join(', ')} ("${name}")`;
  if (name.split('/').some((segment) => !segment.trim()))
    return `"${name}" has an empty group (a leading, trailing or doubled "/")`;
  return undefined;
}

export function modeNameProblem(name: string): string | undefined {
  if (!name.trim() || name.length > FIGMA_LIMITS.modeNameLength)
    return `mode name "${name}" must be 1 to ${FIGMA_LIMITS.modeNameLength} characters`;
  return undefined;
}
