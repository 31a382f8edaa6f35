/**
 * Which color roles may fill which property, for the audit's "nearest token of a fitting role".
 * Roles are read from a semantic token's path (`color.text.*` is a text role); primitives
 * (`palette.*`) fit every role but are offered only when no semantic token fits.
 */
import type { CatalogueToken } from '../../catalogue/catalogue-schema.ts';

export type ColorRole = 'text' | 'background' | 'border' | 'focus' | 'icon';

const ROLE_OF_PROPERTY: Record<string, ColorRole> = {
  color: 'text',
  'background-color': 'background',
  'border-top-color': 'border',
  'border-right-color': 'border',
  'border-bottom-color': 'border',
  'border-left-color': 'border',
  'outline-color': 'focus',
  fill: 'icon',
  stroke: 'icon',
};

/**
 * The roles each group of semantic color tokens (`color.<group>.…`) may fill. Status colors say
 * their role in their last segment (`color.status.danger.fg|bg|border`).
 */
const ROLES_OF_GROUP: Record<string, ColorRole[]> = {
  text: ['text', 'icon'],
  surface: ['background'],
  interactive: ['background', 'border', 'icon'],
  border: ['border'],
  focus: ['focus', 'border'],
  brand: ['background', 'icon', 'text'],
  dataviz: ['background', 'icon'],
  overlay: ['background'],
};
const ROLES_OF_STATUS_PART: Record<string, ColorRole[]> = { fg: ['text', 'icon'], bg: ['background'], border: ['border'] };

export function roleOf(property: string): ColorRole {
  return ROLE_OF_PROPERTY[property] ?? 'text';
}

export function fitsRole(token: CatalogueToken, role: ColorRole): boolean {
  const [root, group, ...rest] = token.path;
  if (root !== 'color' || !group) return false;
  const roles = group === 'status' ? ROLES_OF_STATUS_PART[rest.at(-1) ?? ''] : ROLES_OF_GROUP[group];
  return roles?.includes(role) ?? false;
}
