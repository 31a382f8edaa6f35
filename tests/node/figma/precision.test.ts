import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { shortestDecimal } from '../../../scripts/figma/float32.ts';
import { fromFigmaValue } from '../../../scripts/figma/figma-value.ts';
import { pull, push } from '../../../scripts/figma/sync.ts';
import { brandWith, readJson, removeBrandCopies } from '../brand-fixture.ts';
import type { FakeFigma } from './fake-figma-server.ts';
import { fakeFigmaPerTest } from './fake-figma-per-test.ts';
import { syncOptions } from './helpers.ts';

/** Figma keeps 32-bit floats; a pull must not rewrite tokens/ with the noise that leaves. */
let fake: FakeFigma;
fakeFigmaPerTest((started) => (fake = started));
afterAll(removeBrandCopies);

it('writes the shortest decimal that Figma stores as the same float', () => {
  expect(Math.fround(0.7)).toBe(0.699999988079071);
  expect(shortestDecimal(0.699999988079071)).toBe(0.7);
  expect(Math.fround(26 / 255)).toBe(0.10196078568696976);
  expect(shortestDecimal(0.10196078568696976)).toBe(0.101960786);
  expect(shortestDecimal(Math.fround(1.618))).toBe(1.618);
  expect(shortestDecimal(16)).toBe(16);
  // rem and seconds: the decimal is of the token's unit, the float is Figma's px and ms.
  expect(shortestDecimal(Math.fround(0.875 * 16), 16)).toBe(0.875);
  expect(shortestDecimal(Math.fround(0.3 * 1000), 1000)).toBe(0.3);
  // A value no float32 holds (beyond its range) is left as it is.
  expect(shortestDecimal(1e300)).toBe(1e300);
});

it('keeps a colour as the brand wrote it while it rounds to the same floats', () => {
  const hex = { colorSpace: 'srgb', components: [26 / 255, 43 / 255, 60 / 255], hex: '#1a2b3c' };
  const stored = { r: Math.fround(26 / 255), g: Math.fround(43 / 255), b: Math.fround(60 / 255), a: 1 };
  expect(fromFigmaValue('color', stored, hex)).toBe(hex);
  const oklch = { colorSpace: 'oklch', components: [0.5, 0.2, 265] };
  expect(fromFigmaValue('color', { ...stored, r: 0.5 }, oklch)).toEqual({
    colorSpace: 'srgb',
    components: [0.5, 0.16862746, 0.23529412],
  });
});

it('push then pull against the rounding fake: opacity 0.7 and #1A2B3C stay as written; a designer edit comes back as 0.35', async () => {
  const brand = brandWith({
    'extra.tokens.json': {
      opacity: { $type: 'number', muted: { $value: 0.7 }, faint: { $value: 0.2 } },
      brand: {
        $type: 'color',
        ink: { $value: { colorSpace: 'srgb', components: [26 / 255, 43 / 255, 60 / 255], hex: '#1a2b3c' } },
      },
    },
  });
  const resolver = readJson(brand.resolver) as { sets: Record<string, unknown>; resolutionOrder: unknown[] };
  resolver.sets.extra = { sources: [{ $ref: 'extra.tokens.json' }] };
  resolver.resolutionOrder.splice(1, 0, { $ref: '#/sets/extra' });
  const { writeFileSync } = await import('node:fs');
  writeFileSync(brand.resolver, JSON.stringify(resolver, null, 2));
  const before = readFileSync(join(brand.dir, 'extra.tokens.json'), 'utf8');
  await push(syncOptions(fake, brand.resolver));
  const file = fake.files.get('FILE')!;
  const muted = Object.values(file.variables).find((v) => v.name === 'opacity/muted')!;
  const ink = Object.values(file.variables).find((v) => v.name === 'brand/ink')!;
  const mode = Object.keys(muted.valuesByMode)[0]!;
  expect(muted.valuesByMode[mode]).toBe(0.699999988079071);
  expect((ink.valuesByMode[Object.keys(ink.valuesByMode)[0]!] as { r: number }).r).toBe(0.10196078568696976);
  const same = await pull(syncOptions(fake, brand.resolver));
  expect(same.written).toEqual([]);
  expect(readFileSync(join(brand.dir, 'extra.tokens.json'), 'utf8')).toBe(before);

  // The designer sets 0.35 in Figma, which stores 0.3499999940395355.
  const faint = Object.values(file.variables).find((v) => v.name === 'opacity/faint')!;
  faint.valuesByMode[mode] = Math.fround(0.35);
  const edited = await pull(syncOptions(fake, brand.resolver));
  expect(edited.written).toHaveLength(1);
  const after = readJson(join(brand.dir, 'extra.tokens.json')) as Record<string, Record<string, { $value: unknown }>>;
  expect(after.opacity!.faint!.$value).toBe(0.35);
  expect(after.opacity!.muted!.$value).toBe(0.7);
  expect(after.brand!.ink!.$value).toEqual({
    colorSpace: 'srgb',
    components: [26 / 255, 43 / 255, 60 / 255],
    hex: '#1a2b3c',
  });
  expect(fake.invalidReplies).toEqual([]);
});
