import postcss from 'postcss';
import { afterAll, expect, it } from 'vitest';
import { formatOutput, removeFormatBrand } from '../testing/format-brand.ts';
import { cssCascade } from './css-cascade.ts';

afterAll(removeFormatBrand);

it('writes every token on :root and each context that changes one, as a whole file', async () => {
  const css = await formatOutput(cssCascade);
  await expect(css).toMatchFileSnapshot('./__snapshots__/css-cascade.css.txt');
});

it('is CSS that PostCSS parses, and every var() it uses is a property it declares', async () => {
  const root = postcss.parse(await formatOutput(cssCascade));
  const declared = new Set<string>();
  const used = new Set<string>();
  root.walkDecls((decl) => {
    if (decl.prop.startsWith('--')) declared.add(decl.prop);
    for (const [, name] of decl.value.matchAll(/var\((--[\w-]+)\)/g)) used.add(name!);
  });
  expect([...used].filter((name) => !declared.has(name))).toEqual([]);
  const values = new Map<string, string>();
  root.walkDecls(
    (decl) =>
      void (
        decl.parent?.type === 'rule' &&
        (decl.parent as postcss.Rule).selector === ':root' &&
        values.set(decl.prop, decl.value)
      ),
  );
  // the edges: a translucent colour, a negative length, a composite as shorthand and fields
  expect(values.get('--lv-color-scrim')).toBe('rgb(6.67% 6.67% 6.67% / 0.5)');
  expect(values.get('--lv-space-pull-1')).toBe('-4px');
  expect(values.get('--lv-shadow-raised')).toBe('0 2px 4px -1px var(--lv-color-scrim)');
  expect(values.get('--lv-border-focus')).toBe('2px solid var(--lv-color-link)');
  expect(values.get('--lv-text-body-letter-spacing')).toBe('-0.01rem');
});
