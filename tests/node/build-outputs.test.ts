import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Color from 'colorjs.io';
import postcss from 'postcss';
import postcssScss from 'postcss-scss';
import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../scripts/catalogue/read-catalogue.ts';
import { ROOT } from './brand-fixture.ts';

/** The repo's own dist/, built from the default brand by `npm run build` before the tests run. */
const dist = join(ROOT, 'dist');
const catalogue = readCatalogue(join(dist, 'tokens.json'));
const names = [...catalogue.tokens.keys()];
const text = (file: string) => readFileSync(join(dist, file), 'utf8');

describe('every output parses and is complete', () => {
  it('the catalogue describes every token with its CSS variable, JS name, type, per-context values and deprecation', () => {
    expect(names.length).toBeGreaterThan(200);
    for (const token of catalogue.tokens.values()) {
      expect(token.cssVariable).toMatch(/^--lv-[a-z0-9-]+$/);
      expect(token.jsName).toMatch(/^[a-zA-Z_][a-zA-Z0-9]*$/);
      expect(token.css).toBeTruthy();
      if (
        token.path[0] !== 'palette' &&
        /^(color|typography|motion|elevation|shape|size|focus)$/.test(token.path[0]!)
      ) {
        expect(token.description, `${token.name} needs a $description`).not.toBe('');
      }
    }
    const subtle = catalogue.get('color.text.subtle')!;
    expect(subtle.deprecated?.replacement).toBe('color.text.muted');
    expect(catalogue.get('color.text.primary')!.contexts['theme:dark']).toBeDefined();
    expect(catalogue.get('color.text.primary')!.contexts['theme:high-contrast']).toBeDefined();
    expect(catalogue.modifiers.map((m) => m.name)).toEqual(['theme', 'brand']);
  });

  it('livery.css parses and declares every token, with dark/high-contrast/campaign rules and media queries', () => {
    const root = postcss.parse(text('css/livery.css'));
    const declared = new Set<string>();
    const selectors = new Set<string>();
    const media = new Set<string>();
    root.walkDecls((d) => {
      declared.add(d.prop);
    });
    root.walkRules((r) => {
      selectors.add(r.selector);
    });
    root.walkAtRules('media', (m) => {
      media.add(m.params);
    });
    for (const token of catalogue.tokens.values())
      for (const name of token.cssVariables) expect(declared, name).toContain(name);
    expect([...selectors].join('\n')).toMatch(/\[data-theme="dark"\]/);
    expect([...selectors].join('\n')).toMatch(/\[data-theme="high-contrast"\]/);
    expect([...selectors].join('\n')).toMatch(/\[data-brand="campaign"\]/);
    expect(media).toEqual(
      new Set(['(prefers-color-scheme: dark)', '(prefers-contrast: more)', '(prefers-reduced-motion: reduce)']),
    );
  });

  it('one standalone CSS file per permutation declares every token', () => {
    const files = readdirSync(join(dist, 'css', 'themes')).sort();
    expect(files).toEqual([
      'dark-campaign.css',
      'dark.css',
      'high-contrast-campaign.css',
      'high-contrast.css',
      'light-campaign.css',
      'light.css',
    ]);
    for (const file of files) {
      const declared = new Set<string>();
      postcss.parse(text(`css/themes/${file}`)).walkDecls((d) => {
        declared.add(d.prop);
      });
      for (const token of catalogue.tokens.values())
        expect(declared, `${file} ${token.cssVariable}`).toContain(token.cssVariable);
    }
  });

  it('the light-dark() variant writes light/dark colors once and sets color-scheme', () => {
    const css = text('css/livery.light-dark.css');
    expect(css).toMatch(
      /--lv-color-text-primary: light-dark\(var\(--lv-palette-[a-z]+-\d+\), var\(--lv-palette-[a-z]+-\d+\)\)/,
    );
    const root = postcss.parse(css);
    const rule = (selector: string) =>
      root.nodes.find((n): n is postcss.Rule => n.type === 'rule' && n.selector === selector)!;
    // The root starts in the default context's scheme; the system-preference media rule switches it.
    expect(rule(':root').nodes.find((d) => d.type === 'decl' && d.prop === 'color-scheme')).toMatchObject({
      value: 'light',
    });
    // A context that is neither light nor dark keeps its own values (light-dark() would pick light).
    const highContrast = rule('[data-theme="high-contrast"]');
    expect(highContrast.toString()).toContain('color-scheme: light');
    expect(highContrast.toString()).not.toContain('light-dark(');
  });

  it('the base layer is one @layer with a rule per theme context, reachable as liverykit/css/base.css', () => {
    const root = postcss.parse(text('css/base.css'));
    const layers = root.nodes.filter((n): n is postcss.AtRule => n.type === 'atrule');
    expect(layers.map((l) => `${l.name} ${l.params}`)).toEqual(['layer liverykit.base']);
    const selectors: string[] = [];
    layers[0]!.walkRules((r) => void selectors.push(r.selector));
    const theme = catalogue.modifiers.find((m) => m.name === 'theme')!;
    for (const context of theme.contexts) expect(selectors).toContain(`[data-theme="${context}"]`);
    expect(selectors[0]!.split(/,\s*/)).toEqual([':root', '[data-theme]', '[data-brand]']);
    expect(createRequire(join(ROOT, 'package.json')).resolve('liverykit/css/base.css')).toBe(
      join(dist, 'css', 'base.css'),
    );
  });

  it('SCSS parses and has a variable per token plus maps per permutation', () => {
    const root = postcssScss.parse(text('scss/_livery.scss'));
    const variables = new Set<string>();
    root.walkDecls((d) => {
      variables.add(d.prop);
    });
    for (const token of catalogue.tokens.values()) expect(variables).toContain(token.cssVariable.replace(/^--/, '$'));
    for (const map of ['$lv-vars', '$lv-light', '$lv-dark', '$lv-high-contrast', '$lv-dark-campaign'])
      expect(variables).toContain(map);
  });

  it('typed JS: every token exported, literal-union names, per-permutation values', async () => {
    const js = await import(pathToFileURL(join(dist, 'js', 'tokens.js')).href);
    for (const token of catalogue.tokens.values()) {
      expect(js[token.jsName], token.jsName).toBe(token.css);
      expect(js.tokens[token.name]).toBe(token.css);
      expect(js.cssVar[token.jsName], token.jsName).toBe(`var(${token.cssVariable})`);
    }
    expect(Object.isFrozen(js.cssVar)).toBe(true);
    const dark = js.tokensFor('dark');
    expect(dark['color.text.primary']).toBe(catalogue.get('color.text.primary')!.contexts['theme:dark']!.css);
    expect(() => js.tokensFor('sepia')).toThrow(/Unknown permutation "sepia"/);
    const dts = text('js/tokens.d.ts');
    expect(dts).toMatch(/export type TokenName =\n  \| "palette\./);
    expect(dts).toMatch(/@deprecated Use \{color\.text\.muted\} instead\. Use `colorTextMuted`\./);
    // Light-only literals say so where an editor shows them, and name the theme-following reference.
    expect(dts).toMatch(
      / \* Light only: [^\n]*Theme-following: `cssVar\.colorTextPrimary`[^\n]*\n \* \$type color\n \*\/\nexport declare const colorTextPrimary: string;/,
    );
    expect(dts).toContain("readonly colorTextPrimary: 'var(--lv-color-text-primary)';");
    // The declarations type-check against a consumer that uses them.
    const consumer = join(ROOT, 'tests', 'fixtures', 'typed-consumer.ts');
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
        '--noEmit',
        '--strict',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--skipLibCheck',
        consumer,
      ],
      { cwd: ROOT, stdio: 'pipe' },
    );
  });

  it('React Native uses numbers for sizes and keeps one set per theme', async () => {
    const rn = await import(pathToFileURL(join(dist, 'react-native', 'tokens.js')).href);
    expect(Object.keys(rn.themes).sort()).toEqual([
      'dark',
      'dark-campaign',
      'high-contrast',
      'high-contrast-campaign',
      'light',
      'light-campaign',
    ]);
    expect(rn.tokens.space4).toBe(16);
    expect(typeof rn.tokens.fontSize100).toBe('number');
    expect(rn.tokens.colorTextPrimary).toMatch(/^#[0-9a-f]{6}$/);
    expect(rn.themes.dark.colorTextPrimary).not.toBe(rn.themes.light.colorTextPrimary);
    expect(Object.keys(rn.themes.light)).toHaveLength(names.length);
  });

  it('Swift and Compose declare one set per theme with every color', () => {
    const swift = text('ios/LiveryTokens.swift');
    const kotlin = text('android/LiveryTokens.kt');
    for (const set of ['Light', 'Dark', 'HighContrast', 'DarkCampaign']) {
      expect(swift).toContain(`public enum ${set} {`);
      expect(kotlin).toContain(`object Livery${set} {`);
    }
    expect(swift).toMatch(
      /public static let colorTextPrimary = Color\(\.sRGB, red: [\d.]+, green: [\d.]+, blue: [\d.]+, opacity: 1\)/,
    );
    expect(swift).toMatch(/@available\(\*, deprecated, message: "Use \{color\.text\.muted\} instead\."\)/);
    expect(kotlin).toMatch(/val colorTextPrimary = Color\(0xFF[0-9A-F]{6}\)/);
    expect(kotlin).toMatch(/val space4 = 16(\.0)?\.dp/);
    // Balanced braces: a cheap structural parse for languages without a compiler on this machine.
    for (const source of [swift, kotlin]) expect(source.split('{').length).toBe(source.split('}').length);
  });

  it('the email set has hex colors, px sizes and font stacks email clients render', () => {
    const email = JSON.parse(text('email/tokens.json')).tokens as Record<string, string | number>;
    expect(email['color.text.primary']).toMatch(/^#[0-9a-f]{6}$/);
    expect(email['space.4']).toBe('16px');
    // rem → px at the root size with fractions kept; translucent colors keep their alpha.
    expect(email['font.tracking.tight']).toBe('-0.32px');
    expect(email['font.tracking.wide']).toBe('0.64px');
    expect(email['color.overlay.scrim']).toMatch(/^rgba\(\d+, \d+, \d+, 0\.\d+\)$/);
    // Checked against colorjs.io: every email color is the catalogue's value (sRGB gamut-mapped).
    for (const token of catalogue.tokens.values()) {
      if (token.type !== 'color') continue;
      const want = token.value as { colorSpace: string; components: [number, number, number]; alpha?: number };
      const got = new Color(String(email[token.name]));
      const wantColor = new Color(want.colorSpace, want.components, want.alpha ?? 1).toGamut({
        space: 'srgb',
        method: 'css',
      });
      expect(got.deltaEOK(wantColor), token.name).toBeLessThan(0.01);
      expect(got.alpha.valueOf(), token.name).toBeCloseTo(want.alpha ?? 1, 2);
    }
    expect(String(email['font.family.sans'])).toMatch(/Helvetica, Arial, sans-serif$/);
    expect(String(email['font.family.sans'])).not.toMatch(/system-ui|-apple-system/);
  });

  it('assets: sanitized SVGs at stable paths plus content-hashed copies, and a manifest with lockup rules', () => {
    const manifest = JSON.parse(text('assets/manifest.json'));
    expect(manifest.logos).toHaveLength(9);
    for (const entry of [...manifest.logos, ...manifest.icons]) {
      const kind = manifest.logos.includes(entry) ? 'logo' : 'icons';
      expect(entry.file).toBe(`assets/${kind}/${entry.name}.svg`);
      expect(entry.hashed).toBe(`assets/${kind}/${entry.name}.${entry.hash}.svg`);
      const svg = text(entry.file);
      expect(text(entry.hashed)).toBe(svg);
      // The hash is the content's: checked with Node's own SHA-256, not the build's.
      expect(createHash('sha256').update(svg).digest('hex').slice(0, 10)).toBe(entry.hash);
      expect(svg).not.toMatch(/<script|\son\w+=|href="http/i);
    }
    for (const logo of manifest.logos) {
      expect(logo.minWidthPx).toBeGreaterThan(0);
      expect(logo.clearSpaceRatio).toBeGreaterThan(0);
    }
    // The stable import path resolves through the package's exports map.
    const resolved = createRequire(join(ROOT, 'package.json')).resolve('liverykit/assets/logo/full-default.svg');
    expect(resolved).toBe(join(dist, 'assets', 'logo', 'full-default.svg'));
    expect(manifest.icons.length).toBeGreaterThanOrEqual(20);
  });
});
