import Color from 'colorjs.io';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import '../../components/text-field/text-field.ts';
import { Catalogue } from '../../scripts/catalogue/catalogue.ts';
import type { CatalogueFile } from '../../scripts/catalogue/catalogue-schema.ts';
import baseCss from '../../dist/css/base.css?raw';
import cascadeCss from '../../dist/css/livery.css?raw';
import catalogueData from '../../dist/tokens.json' with { type: 'json' };
import resolver from '../../tokens/livery.resolver.json' with { type: 'json' };

/**
 * dist/css/base.css in Chromium: with it, every element that sets data-theme / data-brand (nested
 * either way, back and forth) paints the background and text color of its own permutation, sets its
 * context's color-scheme, and an lv-text-field's label inside it reads at WCAG AA; without it a
 * dark section is transparent (the bug it fixes). Product CSS of any specificity wins (a layer).
 */
const catalogue = new Catalogue('dist/tokens.json', catalogueData as unknown as CatalogueFile);
const [theme, brand] = catalogue.modifiers;
/** color-scheme per theme context, read from the resolver (the source the build reads too). */
const schemes = (resolver.modifiers.theme.$extensions['org.livery'] as { colorScheme: Record<string, string> })
  .colorScheme;

const cascade = document.createElement('style');
cascade.textContent = cascadeCss;
const base = document.createElement('style');
base.textContent = baseCss;
document.head.append(cascade, base);

afterEach(async () => {
  document.body.replaceChildren();
  for (const a of ['data-theme', 'data-brand']) document.documentElement.removeAttribute(a);
  document.head.append(base);
  await commands.emulateMedia({ colorScheme: 'light', contrast: 'no-preference' });
});

const section = (attributes: Record<string, string>, parent: HTMLElement = document.body) => {
  const el = document.createElement('section');
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  el.append('Plain text');
  parent.append(el);
  return el;
};

const expectedColor = (selection: Record<string, string>, token: string) => {
  const v = catalogue.resolve(selection).get(token) as {
    colorSpace: string;
    components: [number, number, number];
    alpha?: number;
  };
  return new Color(v.colorSpace, v.components, v.alpha ?? 1);
};

/** Problems with how `el` paints for `selection`: background, text, color-scheme, field label. */
async function paintProblems(el: HTMLElement, selection: Record<string, string>, where: string): Promise<string[]> {
  const problems: string[] = [];
  const style = getComputedStyle(el);
  const background = new Color(style.backgroundColor);
  const text = new Color(style.color);
  const wantBackground = expectedColor(selection, 'color.surface.page');
  const wantText = expectedColor(selection, 'color.text.primary');
  if (background.deltaEOK(wantBackground) > 0.002 || background.alpha.valueOf() !== 1)
    problems.push(`${where}: background ${style.backgroundColor}, want ${wantBackground}`);
  if (text.deltaEOK(wantText) > 0.002) problems.push(`${where}: color ${style.color}, want ${wantText}`);
  if (style.colorScheme !== schemes[selection.theme!])
    problems.push(`${where}: color-scheme ${style.colorScheme}, want ${schemes[selection.theme!]}`);
  const field = document.createElement('lv-text-field');
  field.setAttribute('label', 'Email');
  el.append(field);
  await field.updateComplete;
  const label = field.shadowRoot!.querySelector('[part="label"]')!;
  const contrast = new Color(getComputedStyle(label).color).contrastWCAG21(background);
  if (contrast < 4.5) problems.push(`${where}: field label contrast ${contrast.toFixed(2)} on the section`);
  field.remove();
  return problems;
}

describe('base.css paints every themed element', () => {
  beforeAll(() => {
    expect(baseCss).toMatch(/^@layer liverykit\.base \{/m);
  });

  it('without it, a dark section stays transparent (what it fixes)', () => {
    base.remove();
    const dark = section({ 'data-theme': 'dark' });
    expect(getComputedStyle(dark).backgroundColor).toBe('rgba(0, 0, 0, 0)');
  });

  for (const t of theme!.contexts) {
    for (const b of brand!.contexts) {
      it(`theme=${t} brand=${b}: alone, inside every other theme, brand inside theme, theme inside brand`, async () => {
        const selection = { theme: t, brand: b };
        const problems: string[] = [];
        problems.push(
          ...(await paintProblems(section({ 'data-theme': t, 'data-brand': b }), selection, 'one element')),
        );
        for (const outer of theme!.contexts.filter((c) => c !== t)) {
          const outerSection = section({ 'data-theme': outer });
          problems.push(...(await paintProblems(outerSection, { theme: outer, brand: 'default' }, `outer ${outer}`)));
          problems.push(
            ...(await paintProblems(
              section({ 'data-theme': t, 'data-brand': b }, outerSection),
              selection,
              `inside ${outer}`,
            )),
          );
        }
        problems.push(
          ...(await paintProblems(
            section({ 'data-brand': b }, section({ 'data-theme': t })),
            selection,
            'brand inside theme',
          )),
        );
        problems.push(
          ...(await paintProblems(
            section({ 'data-theme': t }, section({ 'data-brand': b })),
            selection,
            'theme inside brand',
          )),
        );
        expect(problems).toEqual([]);
      });
    }
  }

  it('back and forth: light inside dark inside light, on a dark root', async () => {
    document.documentElement.setAttribute('data-theme', 'dark');
    const root = getComputedStyle(document.documentElement);
    expect(
      new Color(root.backgroundColor).deltaEOK(
        expectedColor({ theme: 'dark', brand: 'default' }, 'color.surface.page'),
      ),
    ).toBeLessThan(0.002);
    expect(root.colorScheme).toBe('dark');
    const light = section({ 'data-theme': 'light' });
    const dark = section({ 'data-theme': 'dark' }, light);
    const innerLight = section({ 'data-theme': 'light', 'data-brand': 'campaign' }, dark);
    expect([
      ...(await paintProblems(light, { theme: 'light', brand: 'default' }, 'light')),
      ...(await paintProblems(dark, { theme: 'dark', brand: 'default' }, 'dark in light')),
      ...(await paintProblems(innerLight, { theme: 'light', brand: 'campaign' }, 'light campaign in dark')),
    ]).toEqual([]);
  });

  it('the root follows the system preference when no data-theme is set', async () => {
    for (const [media, context] of [
      [{ colorScheme: 'dark' }, 'dark'],
      [{ contrast: 'more' }, 'high-contrast'],
    ] as const) {
      await commands.emulateMedia(Object.assign({ colorScheme: 'light', contrast: 'no-preference' }, media));
      const root = getComputedStyle(document.documentElement);
      expect(root.colorScheme).toBe(schemes[context]);
      expect(
        new Color(root.backgroundColor).deltaEOK(
          expectedColor({ theme: context, brand: 'default' }, 'color.surface.page'),
        ),
      ).toBeLessThan(0.002);
    }
  });

  it('product CSS wins even with a weaker selector (the rules are in a cascade layer)', () => {
    const product = document.createElement('style');
    product.textContent = 'section { background-color: rgb(1, 2, 3); color: rgb(4, 5, 6); }';
    document.head.append(product);
    try {
      const dark = section({ 'data-theme': 'dark' });
      expect(getComputedStyle(dark).backgroundColor).toBe('rgb(1, 2, 3)');
      expect(getComputedStyle(dark).color).toBe('rgb(4, 5, 6)');
    } finally {
      product.remove();
    }
  });
});
