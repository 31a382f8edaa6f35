import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackedApp, pageProblems, serveAndLaunch, type PackedApp } from './packed-app.ts';

/**
 * liverykit/tailwind.css under the real Tailwind CSS v4 compiler (@tailwindcss/postcss), from the
 * packed tarball: one import after `@import "tailwindcss"` gives brand utilities that point at the
 * `--lv-*` properties, so they change with data-theme and data-brand wherever those are set,
 * nested either way, and the `theme-*` / `brand-*` variants follow the nearest attribute.
 */
let app: PackedApp;
let site: Awaited<ReturnType<typeof serveAndLaunch>>;
let css: string;

beforeAll(async () => {
  app = createPackedApp(join(import.meta.dirname, 'tailwind-app'), ['tailwindcss', '@tailwindcss/postcss', 'postcss']);
  const requireFromApp = createRequire(join(app.dir, 'package.json'));
  const postcss = requireFromApp('postcss') as typeof import('postcss');
  const tailwind = requireFromApp('@tailwindcss/postcss') as (options?: {
    base?: string;
  }) => import('postcss').AcceptedPlugin;
  const from = join(app.dir, 'app.css');
  css = (await postcss.default([tailwind({ base: app.dir })]).process(readFileSync(from, 'utf8'), { from })).css;
  writeFileSync(join(app.dir, 'out.css'), css);
  site = await serveAndLaunch(app.dir);
}, 600_000);

afterAll(async () => {
  await site?.close();
  app?.remove();
}, 120_000);

/** Computed styles of an element, and what its own `--lv-*` properties resolve to there. */
async function look(page: Page, id: string) {
  return page.evaluate((id) => {
    const el = document.getElementById(id)!;
    const s = getComputedStyle(el);
    const probe = (property: string, variable: string) => {
      const p = document.createElement('span');
      p.style.setProperty(property, `var(${variable})`);
      el.append(p);
      const value = getComputedStyle(p).getPropertyValue(property);
      p.remove();
      return value;
    };
    return {
      color: s.color,
      background: s.backgroundColor,
      fontStyle: s.fontStyle,
      underline: s.textDecorationLine,
      weight: s.fontWeight,
      transform: s.textTransform,
      lvText: probe('color', '--lv-color-text-primary'),
      lvSurface: probe('background-color', '--lv-color-surface-default'),
      lvBrand: probe('background-color', '--lv-color-brand-primary'),
    };
  }, id);
}

describe('liverykit/tailwind.css compiled by Tailwind CSS v4', () => {
  it('generates the brand utilities as references to the --lv-* properties, never values', () => {
    const expected: [string, string][] = [
      ['text-text-primary', 'color: var(--lv-color-text-primary)'],
      ['bg-surface-default', 'background-color: var(--lv-color-surface-default)'],
      ['p-4', 'padding: var(--lv-space-4)'],
      ['rounded-control', 'border-radius: var(--lv-shape-radius-control)'],
      ['shadow-raised', 'var(--lv-elevation-raised)'],
      ['text-body', 'font-size: var(--lv-typography-body-font-size)'],
      ['font-sans', 'font-family: var(--lv-font-family-sans)'],
      ['tracking-wide', 'letter-spacing: var(--lv-font-tracking-wide)'],
      ['ease-standard', 'var(--lv-easing-standard)'],
    ];
    for (const [utility, declaration] of expected) {
      const rule = css.match(new RegExp(`\\.${utility.replace(/-/g, '\\-')} \\{([^}]*)\\}`))?.[1] ?? '';
      expect(rule, `.${utility}`).toContain(declaration);
    }
    expect(css).toMatch(/line-height: var\(--tw-leading, var\(--lv-typography-body-line-height\)\)/);
  });

  it('renders utilities that follow data-theme and data-brand, nested either way, with variants on the nearest attribute', async () => {
    const page = await site.browser.newPage();
    try {
      await page.emulateMedia({ colorScheme: 'light', contrast: 'no-preference' });
      await page.goto(`${site.origin}/index.html`);
      const unset = await look(page, 'unset');
      const dark = await look(page, 'dark');
      const lightInDark = await look(page, 'light-in-dark');
      const darkInLight = await look(page, 'dark-in-light');
      const campaign = await look(page, 'campaign');
      const defaultInCampaign = await look(page, 'default-in-campaign');
      const brandUnset = await look(page, 'brand-unset');
      // Every utility shows the value its own element's --lv-* property has.
      for (const el of [unset, dark, lightInDark, darkInLight]) {
        expect(el.color).toBe(el.lvText);
        expect(el.background).toBe(el.lvSurface);
      }
      for (const el of [campaign, defaultInCampaign, brandUnset]) expect(el.background).toBe(el.lvBrand);
      expect(dark.color).not.toBe(unset.color);
      expect(darkInLight.color).toBe(dark.color);
      expect(lightInDark.color).toBe(unset.color);
      expect(campaign.background).not.toBe(brandUnset.background);
      expect(defaultInCampaign.background).toBe(brandUnset.background);
      // Variants: the nearest attribute decides; no attribute means the default context.
      expect([unset.fontStyle, unset.underline]).toEqual(['italic', 'none']);
      expect([dark.fontStyle, dark.underline]).toEqual(['normal', 'underline']);
      expect([lightInDark.fontStyle, lightInDark.underline]).toEqual(['italic', 'none']);
      expect([darkInLight.fontStyle, darkInLight.underline]).toEqual(['normal', 'underline']);
      expect([unset.weight, unset.transform]).toEqual(['700', 'none']);
      expect([campaign.weight, campaign.transform]).toEqual(['400', 'uppercase']);
      expect([defaultInCampaign.weight, defaultInCampaign.transform]).toEqual(['700', 'none']);

      // With no attribute, the system preference picks the theme, as in livery.css.
      await page.emulateMedia({ colorScheme: 'dark' });
      const system = await look(page, 'unset');
      expect(system.color).toBe(dark.color);
      expect([system.fontStyle, system.underline]).toEqual(['normal', 'underline']);
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
