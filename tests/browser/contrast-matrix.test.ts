/**
 * The html contrast matrix of `livery check --format html`, rendered in real Chromium: what the
 * browser paints in each cell is the pair that was measured, the ratio printed matches the
 * painted colours, pass/fail is visible, the page loads nothing from outside, and our
 * translucent compositing matches Chromium's own.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { Catalogue } from '../../scripts/catalogue/catalogue.ts';
import type { CatalogueFile, CatalogueToken } from '../../scripts/catalogue/catalogue-schema.ts';
import { composite, cssToRgb, shown, wcagRatio } from '../../scripts/check/color.ts';
import { parseCheckConfig } from '../../scripts/check/config.ts';
import { htmlReport } from '../../scripts/check/report-html.ts';
import { ruleIds } from '../../scripts/check/rules/index.ts';
import { runCheck } from '../../scripts/check/run-check.ts';

type Color = { colorSpace: string; components: number[]; alpha?: number };
const srgb = (r: number, g: number, b: number, alpha = 1): Color => ({
  colorSpace: 'srgb',
  components: [r, g, b],
  alpha,
});

/** A catalogue entry as `livery build` writes it (only the fields the check reads matter). */
function token(
  name: string,
  raw: unknown,
  value: Color,
  options: {
    file?: string;
    contrast?: unknown;
    contexts?: Record<string, { raw: unknown; value: Color; file: string }>;
  } = {},
): CatalogueToken {
  const path = name.split('.');
  return {
    name,
    path,
    type: 'color',
    cssVariable: `--lv-${path.join('-')}`,
    cssVariables: [`--lv-${path.join('-')}`],
    jsName: path.join('_'),
    description: '',
    file: options.file ?? 'semantic.tokens.json',
    status: 'stable',
    owner: undefined,
    deprecated: null,
    raw,
    value,
    css: '',
    contexts: Object.fromEntries(Object.entries(options.contexts ?? {}).map(([k, c]) => [k, { ...c, css: '' }])),
    extensions: options.contrast ? { 'org.livery': { contrast: options.contrast } } : {},
  };
}

const WHITE = srgb(1, 1, 1);
const INK = srgb(0.07, 0.08, 0.12);
const GREY = srgb(0.4667, 0.4667, 0.4667); // #777777: 4.478:1 on white, fails AA body
const FAINT = srgb(0, 0, 0, 0.5);

function smallCatalogue(): Catalogue {
  const p = (name: string, value: Color) => token(name, value, value, { file: 'primitives.tokens.json' });
  const tokens = [
    p('palette.white', WHITE),
    p('palette.ink', INK),
    p('palette.grey', GREY),
    p('palette.faint', FAINT),
    token('color.surface.page', '{palette.white}', WHITE, {
      contexts: { 'theme:dark': { raw: '{palette.ink}', value: INK, file: 'themes/dark.tokens.json' } },
    }),
    token('color.text.primary', '{palette.ink}', INK, {
      contrast: [{ on: ['{color.surface.page}'], usage: 'body' }],
      contexts: { 'theme:dark': { raw: '{palette.white}', value: WHITE, file: 'themes/dark.tokens.json' } },
    }),
    token('color.text.muted', '{palette.grey}', GREY, { contrast: [{ on: ['{color.surface.page}'], usage: 'body' }] }),
    token('color.text.faint', '{palette.faint}', FAINT, {
      contrast: [{ on: ['{color.surface.page}'], usage: 'large' }],
    }),
    token('color.focus.ring', '{palette.ink}', INK, {
      contrast: [{ on: ['{color.surface.page}'], usage: 'non-text' }],
      contexts: { 'theme:dark': { raw: '{palette.white}', value: WHITE, file: 'themes/dark.tokens.json' } },
    }),
  ];
  const data: CatalogueFile = {
    $schema: '',
    name: 'Matrix test',
    resolver: 'livery.resolver.json',
    modifiers: [
      {
        name: 'theme',
        description: '',
        default: 'light',
        contexts: ['light', 'dark', 'high-contrast'],
        attribute: 'data-theme',
        media: {},
      },
    ],
    tokens: Object.fromEntries(tokens.map((t) => [t.name, t])),
  };
  return new Catalogue('dist/tokens.json', data);
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
});

async function render(html: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '1400px';
  frame.style.height = '900px';
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

const parseRgb = (css: string): [number, number, number] => {
  const [r, g, b] = css.match(/[\d.]+/g)!.map(Number) as [number, number, number];
  return [r, g, b];
};
const hexToRgb = (hex: string): [number, number, number] =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** WCAG 2.x from what the browser painted (8-bit channels), computed independently of Livery's code. */
function paintedRatio(fg: string, bg: string): number {
  const lum = (css: string) => {
    const [r, g, b] = parseRgb(css).map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [a, b] = [lum(fg), lum(bg)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

function checkPaintedCells(doc: Document): HTMLElement[] {
  const cells = [...doc.querySelectorAll<HTMLElement>('.cell')];
  for (const cell of cells) {
    const sample = cell.querySelector<HTMLElement>('.sample')!;
    const style = getComputedStyle(sample);
    expect(parseRgb(style.color)).toEqual(hexToRgb(cell.dataset.fgHex!));
    expect(parseRgb(style.backgroundColor)).toEqual(hexToRgb(cell.dataset.bgHex!));
    // The ratio of what was painted, by an independent formula, matches Livery's on the same 8-bit colours;
    // and the printed (unrounded) ratio differs from it only by the 8-bit rounding of the hex (< 2%).
    const painted = paintedRatio(style.color, style.backgroundColor);
    expect(painted).toBeCloseTo(
      wcagRatio(shown(cssToRgb(cell.dataset.fgHex!)), shown(cssToRgb(cell.dataset.bgHex!))),
      2,
    );
    const ratio = Number(cell.dataset.ratio);
    expect(Math.abs(painted - ratio) / ratio).toBeLessThan(0.02);
    const box = sample.getBoundingClientRect();
    expect(box.width).toBeGreaterThan(0);
    expect(box.height).toBeGreaterThan(0);
    // Pass/fail is visible: green or red border (pale for undeclared pairs), and the word.
    const border = getComputedStyle(cell).borderTopColor;
    const colours =
      cell.dataset.declared === 'true'
        ? { true: 'rgb(26, 127, 55)', false: 'rgb(207, 34, 46)' }
        : { true: 'rgb(168, 213, 180)', false: 'rgb(235, 176, 181)' };
    expect(border).toBe(colours[cell.dataset.pass as 'true' | 'false']);
    expect(cell.querySelector('.verdict')!.textContent).toContain(cell.dataset.pass === 'true' ? 'pass' : 'fail');
  }
  return cells;
}

describe('contrast matrix in Chromium', () => {
  test('every fg × bg per permutation, painted as measured, with ratio, Lc and pass/fail', async () => {
    const report = runCheck(smallCatalogue(), parseCheckConfig(undefined, 'test', ruleIds));
    const doc = await render(htmlReport(report));
    expect([...doc.querySelectorAll('section')].map((s) => (s as HTMLElement).dataset.permutation)).toEqual([
      'light',
      'dark',
      'high-contrast',
    ]);
    const cells = checkPaintedCells(doc);
    // 4 foregrounds × 1 background × 3 permutations, all declared.
    expect(cells).toHaveLength(12);
    const cell = (p: string, fg: string) =>
      doc.querySelector<HTMLElement>(`section[data-permutation="${p}"] .cell[data-fg="${fg}"]`)!;
    // #777 on white: 4.47 printed (never rounded up to 4.48) and failing AA body.
    expect(cell('light', 'color.text.muted').dataset.pass).toBe('false');
    expect(cell('light', 'color.text.muted').querySelector('.ratio')!.textContent).toBe('4.47:1');
    expect(cell('light', 'color.text.muted').querySelector('.lc')!.textContent).toMatch(/^Lc 71\.\d$/);
    // High contrast asks AAA: primary text on white passes at 7+, the ring stays at 3 (non-text).
    expect(cell('high-contrast', 'color.text.primary').dataset.required).toBe('7');
    expect(cell('high-contrast', 'color.focus.ring').dataset.required).toBe('3');
    // Dark theme values came through the catalogue: white text on ink.
    expect(cell('dark', 'color.text.primary').dataset.fgHex).toBe('#ffffff');
  });

  test('self-contained: the page requests nothing and runs no script', async () => {
    const report = runCheck(smallCatalogue(), parseCheckConfig(undefined, 'test', ruleIds));
    const html = htmlReport(report);
    const doc = await render(html);
    expect(doc.defaultView!.performance.getEntriesByType('resource')).toHaveLength(0);
    expect(doc.querySelectorAll('script, link, img, iframe')).toHaveLength(0);
  });

  test('translucent foregrounds are composited the way Chromium composites them', () => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext('2d', { colorSpace: 'srgb' })!;
    for (const [fg, bg] of [
      ['rgb(0 0 0 / 0.5)', '#ffffff'],
      ['rgb(255 0 0 / 0.3)', '#123456'],
      ['rgb(18 52 200 / 0.75)', '#f4f5f7'],
    ] as const) {
      ctx.fillStyle = bg;
      ctx.fillRect(0, 0, 1, 1);
      ctx.fillStyle = fg;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
      const ours = hexToRgb(shown(composite(cssToRgb(fg), cssToRgb(bg))).hex);
      for (const [i, channel] of [r!, g!, b!].entries()) expect(Math.abs(channel - ours[i]!)).toBeLessThanOrEqual(1);
    }
  });

  test("the default brand's matrix (dist/tokens.json from `npm run build`) renders as measured", async () => {
    let text: string;
    try {
      // Served by the test server from the repo root (as the docs site would fetch it).
      const response = await fetch(new URL('../../dist/tokens.json', import.meta.url));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text = await response.text();
    } catch (error) {
      throw new Error(
        `dist/tokens.json could not be read (${(error as Error).message}): run \`npm run build\` before the browser tests (npm test does)`,
      );
    }
    const catalogue = new Catalogue('dist/tokens.json', JSON.parse(text) as CatalogueFile);
    const report = runCheck(catalogue, parseCheckConfig(undefined, 'test', ruleIds));
    const doc = await render(htmlReport(report));
    const cells = checkPaintedCells(doc);
    const declared = cells.filter((c) => c.dataset.declared === 'true');
    expect(declared).toHaveLength(report.contrast.results.length);
    expect(doc.querySelectorAll('section')).toHaveLength(report.permutations.length);
  });
});
