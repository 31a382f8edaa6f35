/**
 * Files that turn tests/fixtures/mini into a brand with contexts the repository's own brand does
 * not have: a high-contrast theme that keeps `color-scheme: light`, a `dim` theme a brand author
 * added (dark scheme, no media query), and a campaign whose link follows the theme. Passed to the
 * buildFixtureBrand browser command.
 */
import mini from '../fixtures/mini/livery.resolver.json' with { type: 'json' };

export const fixtureBrandFiles: Record<string, unknown> = {
  'livery.resolver.json': {
    ...mini,
    name: 'Mini with added contexts',
    modifiers: {
      ...mini.modifiers,
      theme: {
        contexts: {
          ...mini.modifiers.theme.contexts,
          'high-contrast': [{ $ref: 'themes/high-contrast.tokens.json' }],
          dim: [{ $ref: 'themes/dim.tokens.json' }],
        },
        default: 'light',
        $extensions: {
          'org.livery': {
            media: { dark: '(prefers-color-scheme: dark)', 'high-contrast': '(prefers-contrast: more)' },
            colorScheme: { light: 'light', dark: 'dark', 'high-contrast': 'light', dim: 'dark' },
          },
        },
      },
    },
  },
  'themes/high-contrast.tokens.json': {
    color: {
      surface: { $value: '{palette.white}' },
      text: { $value: '{palette.blue}' },
      action: { $value: '{palette.ink}' },
    },
  },
  'themes/dim.tokens.json': {
    color: {
      surface: { $value: '{palette.blue}' },
      text: { $value: '{palette.sky}' },
      action: { $value: '{palette.coral}' },
    },
  },
  'brands/campaign.tokens.json': { color: { action: { $value: '{palette.coral}' }, link: { $value: '{color.text}' } } },
};
