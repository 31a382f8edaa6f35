import { describe, expect, it } from 'vitest';
import { Catalogue } from './catalogue.ts';
import type { CatalogueFile, CatalogueToken } from './catalogue-schema.ts';

const px = (value: number) => ({ value, unit: 'px' });

function token(
  name: string,
  raw: unknown,
  contexts: Record<string, { raw: unknown; file: string }> = {},
): CatalogueToken {
  return {
    name,
    path: name.split('.'),
    type: 'dimension',
    cssVariable: `--lv-${name.replaceAll('.', '-')}`,
    cssVariables: [`--lv-${name.replaceAll('.', '-')}`],
    jsName: name,
    description: '',
    file: 'base.tokens.json',
    status: 'stable',
    owner: undefined,
    deprecated: null,
    raw,
    value: raw,
    css: '',
    contexts: Object.fromEntries(Object.entries(contexts).map(([key, c]) => [key, { ...c, value: c.raw, css: '' }])),
    extensions: {},
  };
}

/** theme (light, dark) then brand (default, campaign): both change `gap`; only dark changes `pad`. */
const data: CatalogueFile = {
  $schema: '',
  name: 'test',
  resolver: 'test.resolver.json',
  modifiers: [
    {
      name: 'theme',
      description: '',
      default: 'light',
      contexts: ['light', 'dark'],
      attribute: 'data-theme',
      media: {},
    },
    {
      name: 'brand',
      description: '',
      default: 'default',
      contexts: ['default', 'campaign'],
      attribute: 'data-brand',
      media: {},
    },
  ],
  tokens: {
    'space.1': token('space.1', px(4)),
    gap: token('gap', '{space.1}', {
      'theme:dark': { raw: px(6), file: 'dark.tokens.json' },
      'brand:campaign': { raw: px(8), file: 'campaign.tokens.json' },
    }),
    pad: token('pad', '{gap}', { 'theme:dark': { raw: px(2), file: 'dark.tokens.json' } }),
  },
};

describe('values in a permutation', () => {
  const catalogue = new Catalogue('tokens.json', data);

  it('lays each chosen context over the defaults in resolution order: the last modifier that changes a token wins', () => {
    expect(catalogue.writtenIn('gap', { theme: 'light', brand: 'default' })).toEqual({
      raw: '{space.1}',
      file: 'base.tokens.json',
    });
    expect(catalogue.writtenIn('gap', { theme: 'dark', brand: 'default' })).toEqual({
      raw: px(6),
      file: 'dark.tokens.json',
    });
    expect(catalogue.writtenIn('gap', { theme: 'dark', brand: 'campaign' })).toEqual({
      raw: px(8),
      file: 'campaign.tokens.json',
    });
    // a modifier left out of the selection is at its default
    expect(catalogue.writtenIn('gap', { brand: 'campaign' })?.raw).toEqual(px(8));
    expect(catalogue.writtenIn('missing', {})).toBeUndefined();
  });

  it('resolves references against the values of the same permutation', () => {
    expect(catalogue.resolve({ theme: 'light', brand: 'default' }).get('pad')).toEqual(px(4));
    expect(catalogue.resolve({ theme: 'light', brand: 'campaign' }).get('pad')).toEqual(px(8));
    expect(catalogue.resolve({ theme: 'dark', brand: 'campaign' }).get('pad')).toEqual(px(2));
  });

  it('resolves each permutation once, however its selection is spelled', () => {
    const full = catalogue.resolve({ theme: 'dark', brand: 'default' });
    expect(catalogue.resolve({ brand: 'default', theme: 'dark' })).toBe(full);
    expect(catalogue.resolve({ theme: 'dark' })).toBe(full);
    expect(catalogue.resolve({ theme: 'light' })).not.toBe(full);
  });
});
