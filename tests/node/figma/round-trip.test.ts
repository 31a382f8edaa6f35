import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortestDecimal } from '../../../scripts/figma/float32.ts';
import { pull, push } from '../../../scripts/figma/sync.ts';
import { ROOT, snapshotTree } from '../brand-fixture.ts';
import { startFakeFigma, type FakeFigma } from './fake-figma-server.ts';
import { syncOptions } from './helpers.ts';

/**
 * Against the fake that stores numbers as Figma does (32-bit floats), push then pull gives back
 * the same token files, byte for byte, for every type Figma can hold:
 * - into the same brand: nothing to write (also for oklch colours, rem, seconds: compared at
 *   Figma's precision, code's form is kept);
 * - into a copy whose every value and description was changed (`--prefer figma`): Figma's values
 *   restore the original files exactly (numbers as the shortest decimal of Figma's float,
 *   units and font stacks kept, aliases restored as `{a.b}`).
 */
let fake: FakeFigma;
beforeAll(async () => {
  fake = await startFakeFigma();
});
afterAll(() => fake.close());

type Token = { $type: string; $value: unknown; $description?: string };
const noNegZero = (n: number) => (Object.is(n, -0) ? 0 : n);
/**
 * A number as a brand writes it: the shortest decimal for the float Figma will store (0.7, not
 * 0.699999988079071), so a value coming back from the rounding fake can be compared byte for byte.
 */
const asWritten = (n: number, scale = 1) => noNegZero(shortestDecimal(Math.fround(n * scale), scale));
const written =
  (exactOnly: boolean, scale = 1) =>
  (n: number) =>
    exactOnly ? asWritten(n, scale) : noNegZero(n);
const unitOf = (exactOnly: boolean) => fc.double({ min: 0, max: 1, noNaN: true }).map(written(exactOnly));
const family = fc.stringMatching(/^[A-Z][A-Za-z0-9 ]{0,10}[a-z0-9]$/);

function literal(type: string, exactOnly: boolean): fc.Arbitrary<unknown> {
  switch (type) {
    case 'color': {
      const unit = unitOf(exactOnly);
      const srgb = fc
        .tuple(
          unit,
          unit,
          unit,
          fc.option(fc.double({ min: 0, max: 0.999, noNaN: true }).map(written(exactOnly)), { nil: undefined }),
        )
        .map(([r, g, b, alpha]) => ({
          colorSpace: 'srgb',
          components: [r, g, b],
          ...(alpha === undefined ? {} : { alpha }),
        }));
      const oklch = fc
        .tuple(
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.double({ min: 0, max: 0.3, noNaN: true }),
          fc.double({ min: 0, max: 359, noNaN: true }),
        )
        .map((components) => ({ colorSpace: 'oklch', components }));
      return exactOnly ? srgb : fc.oneof(srgb, oklch);
    }
    case 'dimension':
      return fc
        .tuple(fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.constantFrom('px', 'rem'))
        .map(([value, unit]) => ({ value: written(exactOnly, unit === 'rem' ? 16 : 1)(value), unit }));
    case 'duration':
      return fc
        .tuple(fc.double({ min: 0, max: 1e5, noNaN: true }), fc.constantFrom('ms', 's'))
        .map(([value, unit]) => ({ value: written(exactOnly, unit === 's' ? 1000 : 1)(value), unit }));
    case 'number':
      return fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(written(exactOnly));
    case 'string':
      return fc.string({ maxLength: 16 }).filter((s) => !/^\{.*\}$/.test(s));
    case 'boolean':
      return fc.boolean();
    case 'fontFamily':
      return fc.oneof(family, fc.array(family, { minLength: 1, maxLength: 3 }));
    default:
      return fc.integer({ min: 1, max: 1000 });
  }
}

const TYPES = ['color', 'dimension', 'duration', 'number', 'string', 'boolean', 'fontFamily', 'fontWeight'];

/** A brand: base tokens, semantic aliases to them, and dark overrides of both. */
function brandArb(exactOnly: boolean) {
  const base = fc
    .uniqueArray(
      fc.record({
        group: fc.constantFrom('alpha', 'beta', 'gamma'),
        leaf: fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/),
        type: fc.constantFrom(...TYPES),
        description: fc.option(fc.string({ minLength: 1, maxLength: 12 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 12, selector: (t) => t.leaf },
    )
    .chain((specs) =>
      fc.tuple(
        fc.constant(specs),
        fc.tuple(...specs.map((s) => literal(s.type, exactOnly))),
        fc.array(fc.nat(), { minLength: specs.length, maxLength: specs.length }),
        fc.tuple(...specs.map((s) => literal(s.type, exactOnly))),
      ),
    );
  return base.map(([specs, values, picks, darkValues]) => {
    const files: Record<string, Record<string, Record<string, Token>>> = {
      base: {},
      semantic: { role: {} },
      dark: {},
      campaign: {},
    };
    specs.forEach((s, i) => {
      const token: Token = { $type: s.type, $value: values[i] };
      if (s.description) token.$description = s.description;
      (files.base![s.group] ??= {})[s.leaf] = token;
      // Every other token gets a semantic alias; some of those differ in dark.
      if (picks[i]! % 2 === 0) {
        files.semantic!.role![s.leaf] = { $type: s.type, $value: `{${s.group}.${s.leaf}}` };
        if (picks[i]! % 4 === 0)
          ((files.dark!.role ??= {}) as Record<string, Token>)[s.leaf] = { $type: s.type, $value: darkValues[i] };
      } else if (picks[i]! % 3 === 0) {
        ((files.dark![s.group] ??= {}) as Record<string, Token>)[s.leaf] = { $type: s.type, $value: darkValues[i] };
      } else if (picks[i]! % 5 === 0) {
        // A campaign (second modifier) override: its own collection in Figma.
        ((files.campaign![s.group] ??= {}) as Record<string, Token>)[s.leaf] = { $type: s.type, $value: darkValues[i] };
      }
    });
    if (Object.keys(files.semantic!.role!).length === 0) delete files.semantic!.role;
    return files;
  });
}

function writeBrand(files: Record<string, unknown>): { dir: string; resolver: string } {
  const dir = mkdtempSync(join(tmpdir(), 'livery-figma-rt-'));
  const write = (file: string, json: unknown) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), `${JSON.stringify(json, null, 2)}\n`);
  };
  write('base.tokens.json', files.base);
  write('semantic.tokens.json', files.semantic);
  write('themes/dark.tokens.json', files.dark);
  write('brands/campaign.tokens.json', files.campaign);
  write('livery.resolver.json', {
    version: '2025.10',
    sets: {
      base: { sources: [{ $ref: 'base.tokens.json' }] },
      semantic: { sources: [{ $ref: 'semantic.tokens.json' }] },
    },
    modifiers: {
      theme: { contexts: { light: [], dark: [{ $ref: 'themes/dark.tokens.json' }] }, default: 'light' },
      brand: { contexts: { default: [], campaign: [{ $ref: 'brands/campaign.tokens.json' }] }, default: 'default' },
    },
    resolutionOrder: [
      { $ref: '#/sets/base' },
      { $ref: '#/sets/semantic' },
      { $ref: '#/modifiers/theme' },
      { $ref: '#/modifiers/brand' },
    ],
  });
  return { dir, resolver: join(dir, 'livery.resolver.json') };
}

/** Another valid value of the same type, so the pull has to restore every one. */
function mutate(json: Record<string, any>): void {
  for (const group of Object.values(json)) {
    for (const token of Object.values(group as Record<string, Token>)) {
      const v = token.$value as any;
      token.$value =
        typeof v === 'string' && v.startsWith('{')
          ? mutatedLiteral(token.$type)
          : token.$type === 'color'
            ? { colorSpace: 'srgb', components: [0.25, 0.5, 0.75] }
            : token.$type === 'dimension' || token.$type === 'duration'
              ? { ...v, value: v.value + 1 }
              : token.$type === 'number' || token.$type === 'fontWeight'
                ? v === 1000
                  ? 999
                  : v + 1
                : token.$type === 'boolean'
                  ? !v
                  : token.$type === 'fontFamily'
                    ? Array.isArray(v)
                      ? ['Other', ...v]
                      : `${v}x`
                    : `${v}x`;
      if (token.$description) token.$description = 'stale';
    }
  }
}

function mutatedLiteral(type: string): unknown {
  return {
    color: { colorSpace: 'srgb', components: [0, 0, 0] },
    dimension: { value: 1, unit: 'px' },
    duration: { value: 1, unit: 'ms' },
    number: 7,
    string: 'stale',
    boolean: false,
    fontFamily: 'Stale',
    fontWeight: 100,
  }[type];
}

const tokenFiles = (dir: string) =>
  Object.fromEntries(Object.entries(snapshotTree(dir)).filter(([f]) => f.endsWith('.tokens.json')));

describe('round trip', () => {
  it('push then pull into the same brand writes nothing (every type, oklch and s included)', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(brandArb(false), async (files) => {
        const key = `SAME${run++}`;
        fake.addFile(key);
        const brand = writeBrand(files);
        try {
          const before = tokenFiles(brand.dir);
          const pushed = await push({ ...syncOptions(fake, brand.resolver), fileKey: key });
          expect(pushed.plan?.errors).toEqual([]);
          expect(pushed.error).toBeUndefined();
          const pulled = await pull({ ...syncOptions(fake, brand.resolver), fileKey: key });
          expect(pulled.context.conflicts).toEqual([]);
          expect(pulled.written).toEqual([]);
          expect(tokenFiles(brand.dir)).toEqual(before);
        } finally {
          rmSync(brand.dir, { recursive: true, force: true });
        }
      }),
      { numRuns: Number(process.env.FIGMA_ROUND_TRIP_RUNS ?? 40) },
    );
  });

  it('push, then pull into a copy with every value changed, restores the files byte for byte', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(brandArb(true), async (files) => {
        const key = `COPY${run++}`;
        fake.addFile(key);
        const original = writeBrand(files);
        const copy = mkdtempSync(join(tmpdir(), 'livery-figma-rt-copy-'));
        try {
          cpSync(original.dir, copy, { recursive: true });
          for (const file of [
            'base.tokens.json',
            'semantic.tokens.json',
            'themes/dark.tokens.json',
            'brands/campaign.tokens.json',
          ]) {
            const json = JSON.parse(readFileSync(join(copy, file), 'utf8'));
            mutate(json);
            writeFileSync(join(copy, file), `${JSON.stringify(json, null, 2)}\n`);
          }
          expect(tokenFiles(copy)).not.toEqual(tokenFiles(original.dir));
          await push({ ...syncOptions(fake, original.resolver), fileKey: key });
          const pulled = await pull({
            ...syncOptions(fake, join(copy, 'livery.resolver.json')),
            fileKey: key,
            prefer: 'figma',
          });
          expect(pulled.plan?.errors).toEqual([]);
          expect(pulled.written.length).toBeGreaterThan(0);
          expect(tokenFiles(copy)).toEqual(tokenFiles(original.dir));
        } finally {
          rmSync(original.dir, { recursive: true, force: true });
          rmSync(copy, { recursive: true, force: true });
        }
      }),
      { numRuns: Number(process.env.FIGMA_ROUND_TRIP_RUNS ?? 40) },
    );
  });

  it('the default brand (a temporary copy of tokens/) comes back byte for byte', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'livery-figma-default-'));
    try {
      cpSync(join(ROOT, 'tokens'), dir, { recursive: true });
      fake.addFile('DEFAULT');
      const options = { ...syncOptions(fake, join(dir, 'livery.resolver.json')), fileKey: 'DEFAULT' };
      const before = tokenFiles(dir);
      const pushed = await push(options);
      expect(pushed.error).toBeUndefined();
      expect(pushed.plan!.errors).toEqual([]);
      expect(pushed.plan!.body.variables!.length).toBeGreaterThan(100);
      const pulled = await pull(options);
      expect(pulled.written).toEqual([]);
      expect(tokenFiles(dir)).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
