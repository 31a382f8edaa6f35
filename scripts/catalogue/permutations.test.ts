import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { brandWith, removeBrandCopies } from '../../tests/node/brand-fixture.ts';
import { runBuild } from '../build/run-build.ts';
import { readCatalogue } from './read-catalogue.ts';
import { permutationName, permutationsOf } from './permutations.ts';

afterAll(removeBrandCopies);

it("names permutations one way: the build's per-permutation files are the catalogue's permutation names", async () => {
  const brand = brandWith();
  await runBuild({ resolverFile: brand.resolver, outDir: brand.out });
  const catalogue = readCatalogue(join(brand.out, 'tokens.json'));
  const names = permutationsOf(catalogue).map((p) => p.name);
  expect(names).toContain('light');
  expect(names).toContain('dark-campaign');
  expect(new Set(names).size).toBe(names.length);
  const themeFiles = readdirSync(join(brand.out, 'css', 'themes')).map((f) => f.replace(/\.css$/, ''));
  expect(themeFiles.sort()).toEqual([...names].sort());
});

it('names the first modifier always and the others only when not their default', () => {
  const modifiers = {
    modifiers: [
      { name: 'theme', default: 'light' },
      { name: 'brand', default: 'default' },
    ],
  };
  expect(permutationName(modifiers, { theme: 'light', brand: 'default' })).toBe('light');
  expect(permutationName(modifiers, { theme: 'dark', brand: 'campaign' })).toBe('dark-campaign');
  expect(permutationName({ modifiers: [] }, {})).toBe('default');
});
