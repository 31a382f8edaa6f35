import { expect, it } from 'vitest';
import { readCatalogue } from '../catalogue/read-catalogue.ts';
import { candidatesFrom } from './brand-candidates.ts';

it("sorts the brand's dimensions into Figma's candidates by the catalogue's scales", () => {
  const candidates = candidatesFrom(readCatalogue(undefined, { warn: false }));
  const names = (list: { name: string }[]) => list.map((c) => c.name);
  expect(names(candidates.fontSizes).length).toBeGreaterThan(3);
  expect(names(candidates.fontSizes).every((name) => name.startsWith('font.size.'))).toBe(true);
  // letter spacing is no font size (it was: every dimension under font. counted as one)
  expect(names(candidates.fontSizes).filter((name) => name.includes('tracking'))).toEqual([]);
  expect(names(candidates.radii).every((name) => name.includes('radius'))).toBe(true);
  expect(names(candidates.spacing).every((name) => name.startsWith('space.'))).toBe(true);
  expect(candidates.radii.length && candidates.spacing.length).toBeGreaterThan(0);
});
