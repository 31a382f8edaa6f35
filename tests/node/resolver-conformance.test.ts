import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig, Logger, lintRunner, parse } from '@terrazzo/parser';
import Color from 'colorjs.io';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../scripts/catalogue/read-catalogue.ts';
import { chromium as chromiumLaunch } from '../../vitest.config.ts';
import { ROOT } from './brand-fixture.ts';

/**
 * Conformance with an implementation no one here wrote: @terrazzo/parser reads tokens/livery.resolver.json
 * and every token file without errors, and for every permutation its resolved values equal
 * Livery's catalogue and the CSS as Chromium computes it.
 */
const resolverFile = join(ROOT, 'tokens', 'livery.resolver.json');
const catalogue = readCatalogue(join(ROOT, 'dist', 'tokens.json'));
const css = readFileSync(join(ROOT, 'dist', 'css', 'livery.css'), 'utf8');

type Terrazzo = Awaited<ReturnType<typeof parse>>;
let terrazzo: Terrazzo;
let logger: Logger;
let browser: Browser;

beforeAll(async () => {
  logger = new Logger({ level: 'warn' });
  const config = defineConfig({}, { logger, cwd: pathToFileURL(`${ROOT}/`) });
  terrazzo = await parse([{ filename: pathToFileURL(resolverFile), src: readFileSync(resolverFile, 'utf8') }], {
    logger,
    config,
  });
  // parse() lints the default permutation only; lint the others explicitly.
  for (const input of terrazzo.resolver.listPermutations!()) {
    await lintRunner({ tokens: terrazzo.resolver.apply(input), sources: terrazzo.sources, config, logger });
  }
  browser = await chromium.launch({ executablePath: chromiumLaunch.executablePath, args: chromiumLaunch.args });
});

afterAll(async () => {
  await browser?.close();
});

const FONT_WEIGHTS: Record<string, number> = { regular: 400, normal: 400, medium: 500, bold: 700, 'semi-bold': 600 };

/** Terrazzo normalizes (single shadows become arrays, `inset: false` is filled in…); compare like with like. */
function normalize(type: string, value: unknown): unknown {
  if (type === 'shadow') {
    return (Array.isArray(value) ? value : [value]).map((layer: Record<string, unknown>) => ({
      spread: { value: 0, unit: 'px' },
      inset: false,
      ...layer,
    }));
  }
  if (type === 'fontFamily') return Array.isArray(value) ? value : [value];
  if (type === 'fontWeight') return typeof value === 'string' ? FONT_WEIGHTS[value] : value;
  if (type === 'typography') {
    const t = value as Record<string, unknown>;
    return {
      ...t,
      fontFamily: normalize('fontFamily', t.fontFamily),
      fontWeight: normalize('fontWeight', t.fontWeight),
    };
  }
  return value;
}

/** Deep equality where colors compare in the same space within rounding. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a && b && typeof a === 'object' && typeof b === 'object' && 'colorSpace' in a && 'colorSpace' in b) {
    const ca = a as { colorSpace: string; components: number[]; alpha?: number };
    const cb = b as { colorSpace: string; components: number[]; alpha?: number };
    const x = new Color(ca.colorSpace, ca.components as [number, number, number], ca.alpha ?? 1);
    const y = new Color(cb.colorSpace, cb.components as [number, number, number], cb.alpha ?? 1);
    return x.deltaEOK(y) < 1e-6 && Math.abs((ca.alpha ?? 1) - (cb.alpha ?? 1)) < 1e-9;
  }
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-9 : a === b;
}

describe('the brand as read by @terrazzo/parser', () => {
  it('parses the resolver and every token file with no errors or warnings', () => {
    const stats = logger.stats();
    expect(stats.errorCount).toBe(0);
    expect(stats.warnCount).toBe(0);
    expect(terrazzo.resolver.listPermutations!()).toHaveLength(
      catalogue.modifiers.reduce((n, m) => n * m.contexts.length, 1),
    );
  });

  it('lists the same modifiers and contexts as the catalogue', () => {
    for (const modifier of catalogue.modifiers) {
      expect(terrazzo.resolver.source.modifiers?.[modifier.name]?.default).toBe(modifier.default);
      expect(Object.keys(terrazzo.resolver.source.modifiers?.[modifier.name]?.contexts ?? {})).toEqual(
        modifier.contexts,
      );
    }
  });
});

describe('every permutation: Terrazzo = Livery catalogue = Chromium computed CSS', () => {
  const permutations = catalogue.modifiers.reduce<Record<string, string>[]>(
    (all, m) => all.flatMap((s) => m.contexts.map((c) => ({ ...s, [m.name]: c }))),
    [{}],
  );
  for (const selection of permutations) {
    it(JSON.stringify(selection), async () => {
      const theirs = terrazzo.resolver.apply(selection);
      const ours = catalogue.resolve(selection);
      expect(Object.keys(theirs).sort()).toEqual([...ours.keys()].sort());
      const differences: string[] = [];
      for (const [name, value] of ours) {
        const type = catalogue.get(name)!.type;
        if (!sameValue(normalize(type, value), normalize(type, theirs[name]!.$value))) {
          differences.push(`${name}: livery ${JSON.stringify(value)} terrazzo ${JSON.stringify(theirs[name]!.$value)}`);
        }
      }
      expect(differences).toEqual([]);

      // Chromium: colors, dimensions and durations as the browser computes them from livery.css.
      const page = await browser.newPage();
      try {
        await page.setContent(`<!doctype html><html><head><style>${css}</style></head><body></body></html>`);
        const probes = [...ours.keys()]
          .filter((n) => ['color', 'dimension', 'duration'].includes(catalogue.get(n)!.type))
          .map((n) => ({ name: n, type: catalogue.get(n)!.type, variable: catalogue.get(n)!.cssVariable }));
        const computed = await page.evaluate(
          ({ probes, selection }) => {
            for (const [m, c] of Object.entries(selection)) document.documentElement.setAttribute(`data-${m}`, c);
            const el = document.createElement('div');
            document.body.append(el);
            const out: Record<string, string> = {};
            for (const p of probes) {
              el.removeAttribute('style');
              if (p.type === 'color') el.style.color = `var(${p.variable})`;
              else if (p.type === 'dimension') el.style.paddingLeft = `var(${p.variable})`;
              else el.style.transitionDuration = `var(${p.variable})`;
              const style = getComputedStyle(el);
              out[p.name] =
                p.type === 'color'
                  ? style.color
                  : p.type === 'dimension'
                    ? style.paddingLeft
                    : style.transitionDuration;
            }
            return out;
          },
          { probes, selection },
        );
        const browserDifferences: string[] = [];
        for (const probe of probes) {
          const expected = theirs[probe.name]!.$value as Record<string, unknown>;
          const got = computed[probe.name]!;
          if (probe.type === 'color') {
            const e = expected as { colorSpace: string; components: number[]; alpha?: number };
            const delta = new Color(got).deltaEOK(
              new Color(e.colorSpace, e.components as [number, number, number], e.alpha ?? 1),
            );
            if (delta > 0.002)
              browserDifferences.push(`${probe.name}: chromium ${got} vs terrazzo ${JSON.stringify(e)}`);
          } else if (probe.type === 'dimension') {
            const px = (expected.unit === 'rem' ? 16 : 1) * (expected.value as number);
            // Negative lengths are invalid for padding; those tokens (e.g. tracking) are checked by value above.
            if (px >= 0 && Math.abs(parseFloat(got) - px) > 0.01)
              browserDifferences.push(`${probe.name}: chromium ${got} vs ${px}px`);
          } else {
            const ms = (expected.unit === 's' ? 1000 : 1) * (expected.value as number);
            if (Math.abs(parseFloat(got) * 1000 - ms) > 0.01)
              browserDifferences.push(`${probe.name}: chromium ${got} vs ${ms}ms`);
          }
        }
        expect(browserDifferences).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
