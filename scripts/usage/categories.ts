import { TOKEN_GROUPS, type TokenGroup } from '../catalogue/category.ts';

/**
 * The categories usage is counted in: the catalogue's token groups (scripts/catalogue/category.ts
 * decides a token's). Token references and raw values use the same set, so the share of styling
 * that goes through tokens can be computed per category.
 */
export const CATEGORIES = TOKEN_GROUPS;
export type Category = TokenGroup;

export const emptyCounts = (): Record<Category, number> =>
  Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;

const SPACE = /^(margin|padding)(-(top|right|bottom|left|block|inline)(-(start|end))?)?$|^(gap|row-gap|column-gap)$/;
const COLOR = new RegExp(
  `^(${[
    ...['color', 'background-color', 'fill', 'stroke', 'caret-color', 'accent-color', 'outline-color'],
    ...[
      'text-decoration-color',
      'column-rule-color',
      'border(-(top|right|bottom|left|block|inline)(-(start|end))?)?-color',
    ],
  ].join('|')})$`,
);
const RADIUS = /^border(-(top|bottom|start|end)-(left|right|start|end))?-radius$/;
const BORDER_WIDTH =
  /^(border(-(top|right|bottom|left|block|inline)(-(start|end))?)?-width|outline-width|outline-offset)$/;
const SHORTHAND_BORDER = /^(border(-(top|right|bottom|left|block|inline)(-(start|end))?)?|outline|background)$/;
const TYPOGRAPHY = /^(font|font-size|font-family|font-weight|line-height|letter-spacing)$/;
const MOTION = /^(transition|animation)(-(duration|timing-function|delay))?$/;

/**
 * The category a CSS declaration belongs to, given the literal kinds its value holds. Layout
 * properties (width, top, …) are not counted: brands rarely tokenize them, and counting them
 * would drown the signal. Returns undefined for declarations that are not counted.
 */
export function propertyCategory(
  property: string,
  value: { hasColor: boolean; hasLength: boolean },
): Category | undefined {
  const p = property.toLowerCase();
  if (COLOR.test(p)) return 'color';
  if (SPACE.test(p)) return 'space';
  if (RADIUS.test(p)) return 'radius';
  if (BORDER_WIDTH.test(p)) return 'border';
  if (SHORTHAND_BORDER.test(p)) return value.hasColor ? 'color' : p === 'background' ? undefined : 'border';
  if (TYPOGRAPHY.test(p)) return 'typography';
  if (p === 'box-shadow' || p === 'text-shadow') return 'shadow';
  if (MOTION.test(p)) return 'motion';
  if (p === 'opacity') return 'opacity';
  if (p === 'z-index') return 'z-index';
  if (p.startsWith('--')) return value.hasColor ? 'color' : undefined;
  return undefined;
}
