import { planCascade, printCss } from '../css-cascade.ts';
import { GENERATED_HEADER, type LiveryFormat } from './format.ts';

/**
 * dist/css/livery.light-dark.css: like livery.css, but colors that differ only between light and
 * dark are written once as light-dark() and follow `color-scheme` (Chrome 123, Firefox 120,
 * Safari 17.5). Opt in by importing this file instead of livery.css.
 */
export const cssLightDark: LiveryFormat = {
  name: 'livery/css/light-dark',
  create:
    (brand) =>
    ({ options }) => {
      const { modifier = 'theme', light = 'light', dark = 'dark' } = (options ?? {}) as Record<string, string>;
      return printCss(
        planCascade(brand, { lightDark: { modifier, light, dark } }),
        `/* ${GENERATED_HEADER}\n   light-dark() needs Chrome 123+, Firefox 120+, Safari 17.5+. */`,
      );
    },
};
