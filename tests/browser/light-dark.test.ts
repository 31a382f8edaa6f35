import Color from 'colorjs.io';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { Catalogue } from '../../scripts/catalogue/catalogue.ts';
import type { CatalogueFile } from '../../scripts/catalogue/catalogue-schema.ts';
import type { BuiltFixtureBrand } from './commands/build-fixture-brand.ts';
import { fixtureBrandFiles } from './fixture-brand.ts';
import cascadeCss from '../../dist/css/livery.css?raw';
import lightDarkCss from '../../dist/css/livery.light-dark.css?raw';
import catalogueData from '../../dist/tokens.json' with { type: 'json' };

/**
 * dist/css/livery.light-dark.css must compute, in Chromium, to exactly the colors livery.css
 * computes, in every permutation (one element, nested either way, inside every other theme, on
 * :root, and from the system preference). Checked for this repository's brand and for a fixture
 * brand with contexts a brand author adds (a light-scheme high contrast, a `dim` dark theme).
 */
const style = document.createElement('style');
document.head.append(style);

afterEach(async () => {
  document.body.replaceChildren();
  for (const attribute of [...document.documentElement.attributes])
    if (attribute.name.startsWith('data-')) document.documentElement.removeAttribute(attribute.name);
  await commands.emulateMedia({ colorScheme: 'light', contrast: 'no-preference' });
});

interface Placement {
  name: string;
  /** The permutation the probe must show. */
  expected: Record<string, string>;
  media?: Record<string, string>;
  /** Builds the DOM and returns the element the probe goes in. */
  place(): HTMLElement;
}

const element = (attributes: Record<string, string>, parent: HTMLElement = document.body) => {
  const el = document.createElement('div');
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  parent.append(el);
  return el;
};

/** Every way a permutation can be asked for, in a brand with these modifiers. */
function placements(catalogue: CatalogueFile): Placement[] {
  const out: Placement[] = [];
  const [first, ...rest] = catalogue.modifiers;
  const selections = catalogue.modifiers.reduce<Record<string, string>[]>(
    (acc, m) => acc.flatMap((s) => m.contexts.map((c) => ({ ...s, [m.name]: c }))),
    [{}],
  );
  const attrs = (selection: Record<string, string>, names = Object.keys(selection)) =>
    Object.fromEntries(names.map((n) => [`data-${n}`, selection[n]!]));
  for (const selection of selections) {
    const id = JSON.stringify(selection);
    out.push({ name: `${id} on one element`, expected: selection, place: () => element(attrs(selection)) });
    out.push({
      name: `${id} on :root`,
      expected: selection,
      place: () => {
        for (const [k, v] of Object.entries(attrs(selection))) document.documentElement.setAttribute(k, v);
        return document.body;
      },
    });
    const restNames = rest.map((m) => m.name);
    out.push({
      name: `${id} others nested in ${first!.name}`,
      expected: selection,
      place: () => element(attrs(selection, restNames), element(attrs(selection, [first!.name]))),
    });
    out.push({
      name: `${id} ${first!.name} nested in others`,
      expected: selection,
      place: () => element(attrs(selection, [first!.name]), element(attrs(selection, restNames))),
    });
    for (const outer of first!.contexts.filter((c) => c !== selection[first!.name])) {
      const outerTheme = () => element({ [`data-${first!.name}`]: outer });
      out.push({
        name: `${id} inside ${first!.name}=${outer}`,
        expected: selection,
        place: () => element(attrs(selection), outerTheme()),
      });
      out.push({
        name: `${id} split over two elements inside ${first!.name}=${outer}`,
        expected: selection,
        place: () => element(attrs(selection, restNames), element(attrs(selection, [first!.name]), outerTheme())),
      });
    }
    for (const [feature, value, query] of [
      ['colorScheme', 'dark', '(prefers-color-scheme: dark)'],
      ['contrast', 'more', '(prefers-contrast: more)'],
    ] as const) {
      const system = Object.entries(first!.media).find(([, q]) => q === query)?.[0] ?? first!.default;
      if (selection[first!.name] !== system) continue;
      out.push({
        name: `${id} minus ${first!.name}, system ${feature}: ${value}`,
        expected: selection,
        media: { [feature]: value },
        place: () => element(attrs(selection, restNames)),
      });
    }
  }
  return out;
}

/** The computed `color` of every color token's custom property, read through a probe. */
function computedColors(parent: HTMLElement, variables: string[]): string[] {
  const probe = document.createElement('span');
  parent.append(probe);
  const out = variables.map((variable) => {
    probe.style.color = `var(${variable})`;
    return getComputedStyle(probe).color;
  });
  probe.remove();
  return out;
}

/** Placements where `css` does not show the permutation the catalogue resolves (ΔEOK over 0.002). */
async function againstCatalogue(data: CatalogueFile, css: string): Promise<string[]> {
  const catalogue = new Catalogue('tokens.json', data);
  const colors = [...catalogue.tokens.values()].filter((t) => t.type === 'color');
  const mismatches: string[] = [];
  style.textContent = css;
  for (const placement of placements(data)) {
    if (placement.media) await commands.emulateMedia(placement.media);
    const got = computedColors(
      placement.place(),
      colors.map((t) => t.cssVariable),
    );
    const expected = catalogue.resolve(placement.expected);
    colors.forEach((token, i) => {
      const want = expected.get(token.name) as {
        colorSpace: string;
        components: [number, number, number];
        alpha?: number;
      };
      const wantColor = new Color(want.colorSpace, want.components, want.alpha ?? 1);
      if (new Color(got[i]!).deltaEOK(wantColor) > 0.002)
        mismatches.push(`${placement.name}: ${token.name} is ${got[i]}, want ${wantColor.toString()}`);
    });
    document.body.replaceChildren();
    for (const attribute of [...document.documentElement.attributes])
      if (attribute.name.startsWith('data-')) document.documentElement.removeAttribute(attribute.name);
    if (placement.media) await commands.emulateMedia({ colorScheme: 'light', contrast: 'no-preference' });
  }
  return mismatches;
}

async function compare(
  catalogue: CatalogueFile,
  reference: string,
  candidate: string,
): Promise<{ checked: number; mismatches: string[] }> {
  const colors = Object.values(catalogue.tokens).filter((t) => t.type === 'color');
  const variables = colors.map((t) => t.cssVariable);
  const mismatches: string[] = [];
  let checked = 0;
  for (const placement of placements(catalogue)) {
    if (placement.media) await commands.emulateMedia(placement.media);
    const target = placement.place();
    style.textContent = reference;
    const want = computedColors(target, variables);
    style.textContent = candidate;
    const got = computedColors(target, variables);
    want.forEach((w, i) => {
      checked++;
      if (got[i] !== w) mismatches.push(`${placement.name}: ${colors[i]!.name} is ${got[i]}, livery.css gives ${w}`);
    });
    document.body.replaceChildren();
    for (const attribute of [...document.documentElement.attributes])
      if (attribute.name.startsWith('data-')) document.documentElement.removeAttribute(attribute.name);
    if (placement.media) await commands.emulateMedia({ colorScheme: 'light', contrast: 'no-preference' });
  }
  return { checked, mismatches };
}

describe('livery.light-dark.css computes the same colors as livery.css', () => {
  it("for this repository's brand, in every permutation and placement", async () => {
    const catalogue = catalogueData as unknown as CatalogueFile;
    expect(lightDarkCss).toContain('light-dark(');
    const { checked, mismatches } = await compare(catalogue, cascadeCss, lightDarkCss);
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  describe('for a fixture brand with contexts a brand author added', () => {
    let built: BuiltFixtureBrand;
    beforeAll(async () => {
      built = await commands.buildFixtureBrand(fixtureBrandFiles);
    });

    it('builds the added contexts into both files', () => {
      const catalogue = built.catalogue as CatalogueFile;
      expect(catalogue.modifiers[0]!.contexts).toEqual(['light', 'dark', 'high-contrast', 'dim']);
      for (const file of ['livery.css', 'livery.light-dark.css']) {
        expect(built.css[file]).toContain('[data-theme="dim"]');
        expect(built.css[file]).toContain('[data-theme="high-contrast"]');
      }
      expect(built.css['livery.light-dark.css']).toContain('light-dark(');
      // The base layer takes its themes and schemes from the resolver, added contexts included.
      expect(built.css['base.css']).toContain('[data-theme="dim"] {\n    color-scheme: dark;\n  }');
      expect(built.css['base.css']).toContain('[data-theme="high-contrast"] {\n    color-scheme: light;\n  }');
    });

    it('in every permutation and placement', async () => {
      const catalogue = built.catalogue as CatalogueFile;
      const { checked, mismatches } = await compare(
        catalogue,
        built.css['livery.css']!,
        built.css['livery.light-dark.css']!,
      );
      expect(mismatches).toEqual([]);
      expect(checked).toBeGreaterThan(100);
    });

    it('and both show the permutation the catalogue resolves', async () => {
      for (const file of ['livery.css', 'livery.light-dark.css']) {
        expect(await againstCatalogue(built.catalogue as CatalogueFile, built.css[file]!), file).toEqual([]);
      }
    });

    it('the added contexts really differ from light and dark (the check above is not vacuous)', () => {
      const catalogue = built.catalogue as CatalogueFile;
      style.textContent = built.css['livery.css']!;
      const text = (theme: string) => computedColors(element({ 'data-theme': theme }), ['--lv-color-text'])[0];
      const values = catalogue.modifiers[0]!.contexts.map(text);
      expect(new Set(values).size).toBe(values.length);
    });
  });
});
