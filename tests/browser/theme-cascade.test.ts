import Color from 'colorjs.io';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { Catalogue } from '../../scripts/catalogue/catalogue.ts';
import type { CatalogueFile } from '../../scripts/catalogue/catalogue-schema.ts';
import css from '../../dist/css/livery.css?raw';
import catalogueData from '../../dist/tokens.json' with { type: 'json' };

/**
 * dist/css/livery.css in real Chromium: every color token, in every permutation of the resolver,
 * on one element and nested either way, computes to the value the catalogue resolves for that
 * permutation. This is what proves the lean cascade (only overrides per context) is correct.
 */
const catalogue = new Catalogue('dist/tokens.json', catalogueData as unknown as CatalogueFile);
const colorTokens = [...catalogue.tokens.values()].filter((t) => t.type === 'color');
const [theme, brand] = catalogue.modifiers;

const style = document.createElement('style');
style.textContent = css;
document.head.append(style);

afterEach(async () => {
  document.body.replaceChildren();
  for (const attribute of ['data-theme', 'data-brand']) document.documentElement.removeAttribute(attribute);
  await commands.emulateMedia({ colorScheme: 'light', contrast: 'no-preference', reducedMotion: 'no-preference' });
});

/** Computed colors of every color token on `probeParent`, in OKLCH. */
function computedColors(probeParent: HTMLElement): Map<string, Color> {
  const probe = document.createElement('span');
  probeParent.append(probe);
  const out = new Map<string, Color>();
  for (const token of colorTokens) {
    probe.style.color = `var(${token.cssVariable})`;
    out.set(token.name, new Color(getComputedStyle(probe).color));
  }
  probe.remove();
  return out;
}

function expectMatches(actual: Map<string, Color>, selection: Record<string, string>, where: string): void {
  const expected = catalogue.resolve(selection);
  const mismatches: string[] = [];
  for (const token of colorTokens) {
    const want = expected.get(token.name) as { colorSpace: string; components: number[]; alpha?: number };
    const wantColor = new Color(want.colorSpace, want.components as [number, number, number], want.alpha ?? 1);
    const got = actual.get(token.name)!;
    // Same color space, within rounding: ΔEOK of 0.002 is far below a visible difference.
    const delta = got.deltaEOK(wantColor);
    if (delta > 0.002 || Math.abs((got.alpha.valueOf() as number) - (want.alpha ?? 1)) > 0.01) {
      mismatches.push(`${token.name}: got ${got.toString()} want ${wantColor.toString()} (ΔEOK ${delta.toFixed(4)})`);
    }
  }
  expect(mismatches, `${JSON.stringify(selection)} ${where}`).toEqual([]);
}

const element = (attributes: Record<string, string>, parent: HTMLElement = document.body) => {
  const el = document.createElement('div');
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  parent.append(el);
  return el;
};

describe('livery.css in Chromium', () => {
  it('has a color token set to check', () => {
    expect(colorTokens.length).toBeGreaterThan(10);
    expect(theme?.name).toBe('theme');
    expect(brand?.name).toBe('brand');
  });

  for (const t of theme!.contexts) {
    for (const b of brand!.contexts) {
      const selection = { theme: t, brand: b };
      it(`theme=${t} brand=${b}: same element, theme outside brand, brand outside theme, on :root`, () => {
        expectMatches(computedColors(element({ 'data-theme': t, 'data-brand': b })), selection, 'on one element');
        expectMatches(
          computedColors(element({ 'data-brand': b }, element({ 'data-theme': t }))),
          selection,
          'brand nested in theme',
        );
        expectMatches(
          computedColors(element({ 'data-theme': t }, element({ 'data-brand': b }))),
          selection,
          'theme nested in brand',
        );
        document.documentElement.setAttribute('data-theme', t);
        document.documentElement.setAttribute('data-brand', b);
        expectMatches(computedColors(document.body), selection, 'on :root');
      });
    }
  }

  it('a nested context switches back: light inside dark, default brand inside campaign', () => {
    const inner = element(
      { 'data-theme': 'light', 'data-brand': 'default' },
      element({ 'data-theme': 'dark', 'data-brand': 'campaign' }),
    );
    expectMatches(computedColors(inner), { theme: 'light', brand: 'default' }, 'light/default inside dark/campaign');
  });

  it('text color differs under each data-theme', () => {
    const values = theme!.contexts.map((t) =>
      computedColors(element({ 'data-theme': t }))
        .get('color.text.primary')!
        .toString(),
    );
    expect(new Set(values).size).toBe(theme!.contexts.length);
  });

  it('follows prefers-color-scheme: dark when no data-theme is set, and an explicit data-theme wins', async () => {
    await commands.emulateMedia({ colorScheme: 'dark' });
    expectMatches(computedColors(document.body), { theme: 'dark', brand: 'default' }, 'system dark');
    document.documentElement.setAttribute('data-brand', 'campaign');
    expectMatches(
      computedColors(document.body),
      { theme: 'dark', brand: 'campaign' },
      'system dark + campaign on :root',
    );
    document.documentElement.removeAttribute('data-brand');
    document.documentElement.setAttribute('data-theme', 'light');
    expectMatches(
      computedColors(document.body),
      { theme: 'light', brand: 'default' },
      'explicit light over system dark',
    );
  });

  it('follows prefers-contrast: more when no data-theme is set', async () => {
    await commands.emulateMedia({ contrast: 'more' });
    expectMatches(computedColors(document.body), { theme: 'high-contrast', brand: 'default' }, 'system high contrast');
  });

  it('collapses motion under prefers-reduced-motion', async () => {
    const probe = element({});
    probe.style.transitionDuration = 'var(--lv-motion-enter-duration)';
    const normal = getComputedStyle(probe).transitionDuration;
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    const reduced = getComputedStyle(probe).transitionDuration;
    expect(parseFloat(normal)).toBeGreaterThan(0);
    expect(parseFloat(reduced)).toBe(0);
  });
});
