/**
 * What `--fix` promises, checked by rendering: a page styled with raw colors (in the default
 * theme's values, plus hand-written dark styling) is rendered in Chromium before and after
 * `livery lint --fix`, with the package's own livery.css, in every permutation of the catalogue.
 * In the default theme every computed color and length must be unchanged; in every other theme
 * the fixed page must show exactly what the catalogue gives the chosen tokens there (an expected
 * page with each var() replaced by that permutation's value is the oracle), and somewhere it must
 * differ from the unfixed page (the fix made it follow the theme).
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium as browserType, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium as launchOptions } from '../../vitest.config.ts';
import { toCss } from '../../scripts/build/css-value.ts';
import { readCatalogue } from '../../scripts/catalogue/read-catalogue.ts';
import { permutationsOf } from '../../scripts/catalogue/permutations.ts';
import { parseColor } from '../../scripts/lint/color.ts';
import { defaultConfig } from '../../scripts/lint/config.ts';
import { runLint } from '../../scripts/lint/engine.ts';
import { LINT_FIXTURES } from './lint-helpers.ts';
import { ROOT } from './brand-fixture.ts';

const CATALOGUE = join(ROOT, 'dist', 'tokens.json');
const PROPERTIES = [
  'color',
  'background-color',
  'border-top-color',
  'outline-color',
  'box-shadow',
  'margin-top',
  'padding-top',
];

let browser: Browser;
let before: string;
let after: string;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'livery-fix-render-'));
  cpSync(join(LINT_FIXTURES, 'render'), dir, { recursive: true });
  before = readFileSync(join(dir, 'app.html'), 'utf8');
  await runLint({ cwd: dir, paths: [], config: defaultConfig(), catalogue: CATALOGUE, fix: 'write', threads: 1 });
  after = readFileSync(join(dir, 'app.html'), 'utf8');
  browser = await browserType.launch({ executablePath: launchOptions.executablePath, args: launchOptions.args });
}, 60_000);
afterAll(async () => browser?.close());

/** Computed styles of every element with an id, in one permutation. */
async function render(
  html: string,
  selection: Record<string, string>,
  dark: boolean,
): Promise<Record<string, Record<string, string>>> {
  const page = await browser.newPage();
  try {
    await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
    const css = readFileSync(join(ROOT, 'dist', 'css', 'livery.css'), 'utf8');
    const attributes = Object.entries(selection)
      .map(([m, c]) => ` data-${m}="${c}"`)
      .join('');
    // the theme as apps set it: the data attributes, and the context as a class (the class strategy)
    const root = `<html class="${Object.values(selection).join(' ')}"${attributes}>`;
    await page.setContent(html.replace('<html>', root).replace('<head>', `<head><style>${css}</style>`));
    return await page.evaluate((properties) => {
      const out: Record<string, Record<string, string>> = {};
      for (const element of document.querySelectorAll('[id]')) {
        const style = getComputedStyle(element);
        out[element.id] = Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]));
      }
      return out;
    }, PROPERTIES);
  } finally {
    await page.close();
  }
}

/** Colors compared as the 8-bit sRGB a hex can express (Chromium keeps oklch() as written); lengths as they are. */
function normalise(styles: Record<string, Record<string, string>>): Record<string, Record<string, string>> {
  const color = (value: string) =>
    value.replace(/(?:rgba?|oklch|oklab|color)\([^()]*\)/g, (c) => parseColor(c)?.key ?? c);
  return Object.fromEntries(
    Object.entries(styles).map(([id, s]) => [id, Object.fromEntries(Object.entries(s).map(([p, v]) => [p, color(v)]))]),
  );
}

describe('--fix renders the same in the default theme and follows the others', () => {
  it('rewrites the certain colors and lengths, and leaves the ambiguous ones', () => {
    expect(after).toContain('.link { color: var(--lv-color-text-link); }');
    expect(after).toContain('.button { background: var(--lv-color-interactive-primary-default); color: #fff; }');
    // white is three surfaces, this grey two borders: listed, not rewritten
    expect(after).toContain('.card { background: #ffffff; border: 1px solid #d0d3d8; }');
    expect(after).toContain(
      '.alert { background-color: var(--lv-color-status-danger-bg); color: ' +
        'var(--lv-color-status-danger-fg); border: 2px solid var(--lv-color-status-danger-border); ' +
        '}',
    );
    expect(after).toContain('.pull { margin-top: calc(-1 * var(--lv-space-8)); padding: var(--lv-space-4); }');
    expect(after).toContain('[data-theme="dark"] .alert { background-color: var(--lv-color-status-danger-bg); }');
    expect(after).toContain('.dark .card { background: var(--lv-color-surface-default); }');
    expect(after).toContain('rgba(0, 0, 0, 0.12)');
  });

  const catalogue = readCatalogue(CATALOGUE);
  const defaults = catalogue.defaultSelection();
  for (const permutation of permutationsOf(catalogue)) {
    const isDefault = Object.entries(permutation.selection).every(([m, c]) => defaults[m] === c);
    const dark = permutation.selection.theme === 'dark';
    it(`${permutation.name}: ${isDefault ? 'nothing changes' : 'the fixed page shows the tokens of this theme'}`, async () => {
      const [was, is] = await Promise.all([
        render(before, permutation.selection, dark),
        render(after, permutation.selection, dark),
      ]);
      if (isDefault) {
        expect(normalise(is)).toEqual(normalise(was));
        return;
      }
      // the oracle: every var(--lv-…) the fix wrote, replaced by the catalogue's value in this permutation
      const values = catalogue.resolve(permutation.selection);
      const expected = after.replace(/var\((--lv-[\w-]+)\)/g, (reference, name: string) => {
        const token = catalogue.byCssVariable(name);
        return token ? toCss(token.type, values.get(token.name)) : reference;
      });
      expect(normalise(is)).toEqual(normalise(await render(expected, permutation.selection, dark)));
    });
  }

  it('the fixed page follows the dark theme where the hand-written one did not', async () => {
    const selection = { ...defaults, theme: 'dark' };
    const [was, is] = await Promise.all([render(before, selection, true), render(after, selection, true)]);
    // the link was a light-theme blue everywhere; now it is the dark theme's link color
    expect(normalise(is).link!.color).not.toBe(normalise(was).link!.color);
    expect(normalise(is).link!.color).toBe(
      parseColor(toCss('color', catalogue.resolve(selection).get('color.text.link')))!.key,
    );
  });
});
