import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brandWith, MINI, removeBrandCopies } from '../../../tests/node/brand-fixture.ts';
import { runBuild } from '../run-build.ts';

afterAll(removeBrandCopies);

/** Builds the mini brand with the resolver's modifiers replaced, and returns its tailwind.css and catalogue. */
async function build(modifiers?: Record<string, unknown>) {
  const resolver = JSON.parse(readFileSync(join(MINI, 'livery.resolver.json'), 'utf8'));
  if (modifiers) resolver.modifiers = { ...resolver.modifiers, ...modifiers };
  const brand = brandWith(
    modifiers
      ? {
          'livery.resolver.json': resolver,
          'themes/sepia.tokens.json': { color: { surface: { $value: '{palette.white}' } } },
        }
      : {},
  );
  await runBuild({ resolverFile: brand.resolver, outDir: brand.out });
  const catalogue = JSON.parse(readFileSync(join(brand.out, 'tokens.json'), 'utf8')) as {
    tokens: Record<string, { cssVariables: string[] }>;
  };
  return {
    css: readFileSync(join(brand.out, 'css', 'tailwind.css'), 'utf8'),
    variables: new Set(Object.values(catalogue.tokens).flatMap((t) => t.cssVariables)),
  };
}

describe('livery/css/tailwind', () => {
  it('points every theme variable at a --lv-* property the build emits (never a value)', async () => {
    const { css, variables } = await build();
    const theme = css.match(/@theme inline \{([^}]*)\}/)?.[1] ?? '';
    const declarations = [...theme.matchAll(/^\s*(--[\w-]+): (.+);$/gm)].map(
      ([, name, value]) => [name!, value!] as const,
    );
    expect(declarations.length).toBeGreaterThan(3);
    for (const [name, value] of declarations) {
      expect(name).toMatch(/^--(color|spacing|radius|font|text|font-weight|tracking|leading|shadow|ease|breakpoint)-/);
      if (name.startsWith('--breakpoint-')) continue;
      const reference = value.match(/^var\((--lv-[\w-]+)\)$/)?.[1];
      expect(reference, `${name}: ${value}`).toBeDefined();
      expect(variables.has(reference!), `${reference} is emitted by the build`).toBe(true);
    }
    expect(css).toMatch(/^@import "\.\/livery\.css";$/m);
  });

  it('derives one @custom-variant per context of every modifier from the resolver', async () => {
    const { css } = await build({
      theme: {
        contexts: {
          light: [],
          dark: [{ $ref: 'themes/dark.tokens.json' }],
          sepia: [{ $ref: 'themes/sepia.tokens.json' }],
        },
        default: 'light',
        $extensions: { 'org.livery': { media: { dark: '(prefers-color-scheme: dark)' } } },
      },
    });
    expect([...css.matchAll(/^@custom-variant ([\w-]+) \{$/gm)].map(([, name]) => name)).toEqual([
      'theme-light',
      'theme-dark',
      'theme-sepia',
      'brand-default',
      'brand-campaign',
    ]);
    expect(css).toContain(
      '[data-theme="sepia"], [data-theme="sepia"] *:not([data-theme]):not([data-theme="sepia"] [data-theme]:not([data-theme="sepia"]) *)',
    );
    // The default context applies with no attribute, unless the system asks for dark.
    const light = css.slice(css.indexOf('@custom-variant theme-light'), css.indexOf('@custom-variant theme-dark'));
    expect(light).toContain('@media not (prefers-color-scheme: dark)');
  });
});
