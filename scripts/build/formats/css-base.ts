import type { Brand } from '../../resolver/compose-brand.ts';
import { modifiersOf } from '../../resolver/resolver-model.ts';
import { attribute, colorSchemes, mediaQueries, printCss, type CssRule } from '../css-cascade.ts';
import { cssVariableName } from '../naming.ts';
import { GENERATED_HEADER, type LiveryFormat } from './format.ts';

/** The layer the base rules live in: unlayered product CSS always wins over it. */
export const BASE_LAYER = 'liverykit.base';

/** Which token paints what on a themed element: body text on the page surface. */
export const BASE_ROLES: [property: string, token: string][] = [
  ['color', 'color.text.primary'],
  ['background-color', 'color.surface.page'],
];

/**
 * dist/css/base.css (`liverykit/css/base.css`, opt-in, with liverykit/css): the root and every
 * element with a modifier attribute (`[data-theme]`, `[data-brand]`…) paint their own background
 * and text color and set the `color-scheme` of their context, so a section switched with an
 * attribute looks switched and form controls and scrollbars follow. Selectors and schemes come
 * from the resolver's modifiers and their `org.livery.colorScheme` / `org.livery.media`; all of it
 * sits in `@layer liverykit.base`, so any product rule wins without a specificity fight.
 */
export const cssBase: LiveryFormat = {
  name: 'livery/css/base',
  create: (brand) => () => {
    const rules = planBase(brand);
    const css = printCss(rules, '')
      .trim()
      .replace(/^(?=.)/gm, '  ');
    return (
      `/* ${GENERATED_HEADER}\n   Opt-in base layer: import after liverykit/css. Product CSS ` +
      `wins (it is layered). */\n@layer ${BASE_LAYER} {\n${css}\n}\n`
    );
  },
};

export function planBase(brand: Brand): CssRule[] {
  const modifiers = modifiersOf(brand.resolver);
  const missing = BASE_ROLES.filter(([, token]) => !brand.tokens.has(token));
  const paint: [string, string][] = BASE_ROLES.filter(([, token]) => brand.tokens.has(token)).map(
    ([property, token]) => [property, `var(${cssVariableName(token.split('.'))})`],
  );
  const rules: CssRule[] = [
    {
      selectors: [':root', ...modifiers.map((m) => `[data-${m.name}]`)],
      declarations: paint,
      comment: missing.length
        ? `This brand has no ${missing.map(([, t]) => t).join(' or ')}: add the token(s) to paint ${missing.map(([p]) => p).join(' and ')}`
        : 'The root and every themed element paint their own surface and text',
    },
  ];
  for (const modifier of modifiers) {
    const schemes = colorSchemes(modifier);
    const media = mediaQueries(modifier);
    const rootScheme = schemes[modifier.defaultContext];
    if (rootScheme)
      rules.push({
        selectors: [':root'],
        declarations: [['color-scheme', rootScheme]],
        comment: `${modifier.name}: ${modifier.defaultContext} (the default)`,
      });
    for (const context of modifier.contexts.keys()) {
      const scheme = schemes[context];
      if (!scheme) continue;
      if (media[context]) {
        rules.push({
          media: media[context],
          selectors: [`:root:where(:not([data-${modifier.name}]))`],
          declarations: [['color-scheme', scheme]],
          comment: `${modifier.name}: ${context}, from the user's system preference`,
        });
      }
      rules.push({
        selectors: [attribute(modifier.name, context)],
        declarations: [['color-scheme', scheme]],
        comment: `${modifier.name}: ${context}`,
      });
    }
  }
  return rules;
}
