import { describe, expect, it } from 'vitest';
import { readCatalogue } from './read-catalogue.ts';
import { TOKEN_GROUPS, tokenGroup, tokenScale, type TokenGroup, type TokenScale } from './category.ts';

const token = (name: string, type: string) => ({ path: name.split('.'), type });

describe('tokenGroup', () => {
  const table: [name: string, type: string, group: TokenGroup][] = [
    ['palette.blue.500', 'color', 'color'],
    ['color.text.primary', 'color', 'color'],
    ['font.family.body', 'fontFamily', 'typography'],
    ['font.size.md', 'dimension', 'typography'],
    ['font.line-height.tight', 'number', 'typography'],
    ['text.body', 'typography', 'typography'],
    ['weight.bold', 'fontWeight', 'typography'],
    ['radius.md', 'dimension', 'radius'],
    ['shape.radius.control', 'dimension', 'radius'],
    ['space.4', 'dimension', 'space'],
    ['spacing.lg', 'dimension', 'space'],
    ['shadow.raised', 'shadow', 'shadow'],
    ['elevation.overlay', 'shadow', 'shadow'],
    ['motion.duration.fast', 'duration', 'motion'],
    ['easing.standard', 'cubicBezier', 'motion'],
    ['transition.fade', 'transition', 'motion'],
    ['opacity.disabled', 'number', 'opacity'],
    ['z-index.modal', 'number', 'z-index'],
    ['zIndex.modal', 'number', 'z-index'],
    ['border.width.thin', 'dimension', 'border'],
    ['focus.ring.width', 'dimension', 'border'],
    ['divider', 'border', 'border'],
    ['size.icon.md', 'dimension', 'size'],
    ['breakpoint.md', 'dimension', 'size'],
    ['control.height', 'dimension', 'size'],
    ['brand.tagline', 'string', 'other'],
  ];
  it.each(table)('%s (%s) is %s', (name, type, group) => expect(tokenGroup(token(name, type))).toBe(group));

  it('lists every group a token can get, in report order', () => {
    expect(new Set(table.map(([, , group]) => group))).toEqual(new Set(TOKEN_GROUPS));
  });
});

describe('tokenScale', () => {
  const table: [name: string, type: string, scale: TokenScale | undefined][] = [
    ['space.4', 'dimension', 'spacing'],
    ['layout.gap.sm', 'dimension', 'spacing'],
    ['button.space.inline', 'dimension', 'spacing'],
    ['card.padding', 'dimension', 'spacing'],
    ['button.corner', 'dimension', 'radius'],
    ['font.size.md', 'dimension', 'font-size'],
    ['text.fontSize.lg', 'dimension', 'font-size'],
    ['radius.md', 'dimension', 'radius'],
    ['card.radii.lg', 'dimension', 'radius'],
    ['font.line-height.body', 'dimension', 'line-height'],
    ['font.lineHeight.tight', 'number', 'line-height'],
    ['font.tracking.wide', 'dimension', 'letter-spacing'],
    ['font.letter-spacing.tight', 'dimension', 'letter-spacing'],
    ['font.weight.bold', 'number', 'font-weight'],
    ['font.weight.medium', 'fontWeight', 'font-weight'],
    ['z.overlay', 'number', 'z-index'],
    ['duration.fast', 'duration', 'duration'],
    ['easing.standard', 'cubicBezier', 'easing'],
    ['color.text.primary', 'color', undefined],
    ['opacity.disabled', 'number', undefined],
    ['size.icon.md', 'dimension', undefined],
    ['shadow.raised', 'shadow', undefined],
  ];
  it.each(table)('%s (%s) is on the %s scale', (name, type, scale) =>
    expect(tokenScale(token(name, type))).toBe(scale),
  );
});

it("puts every token of the brand's catalogue in a group, and only dimensions, numbers, weights, durations and easings on a scale", () => {
  const catalogue = readCatalogue(undefined, { warn: false });
  const groups = new Set<TokenGroup>();
  for (const t of catalogue.tokens.values()) {
    groups.add(tokenGroup(t));
    if (tokenScale(t)) expect(['dimension', 'number', 'fontWeight', 'duration', 'cubicBezier']).toContain(t.type);
  }
  expect(groups).not.toContain('other');
  for (const group of ['color', 'space', 'typography', 'radius', 'shadow', 'motion'] as const)
    expect(groups).toContain(group);
});
