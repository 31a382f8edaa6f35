import { relative } from 'node:path';
import { modifiersOf } from '../../resolver/resolver-model.ts';
import { deprecationReplacement, liveryExtension } from '../../tokens/token.ts';
import type { CatalogueFile, CatalogueToken } from '../../catalogue/catalogue-schema.ts';
import { cssNamesOf } from '../css-declarations.ts';
import { toCss } from '../css-value.ts';
import { cssVariableName, jsName } from '../naming.ts';
import type { LiveryFormat } from './format.ts';

/**
 * dist/tokens.json: the catalogue every other command (check, lint, docs, figma, diff) reads,
 * so none of them re-parses token files. Values are given for the default permutation and for
 * each context that changes them; the catalogue reader resolves any permutation from these.
 */
export const jsonCatalogue: LiveryFormat = {
  name: 'livery/json/catalogue',
  create: (brand) => () => {
    const defaults = brand.resolve(
      Object.fromEntries(modifiersOf(brand.resolver).map((m) => [m.name, m.defaultContext])),
    );
    const tokens: Record<string, CatalogueToken> = {};
    for (const token of brand.tokens.values()) {
      const ext = liveryExtension(token);
      const value = defaults.get(token.name);
      const entry: CatalogueToken = {
        name: token.name,
        path: token.path,
        type: token.type!,
        cssVariable: cssVariableName(token.path),
        cssVariables: cssNamesOf(token),
        jsName: jsName(token.path),
        description: token.description ?? '',
        file: token.file,
        status: typeof ext.status === 'string' ? ext.status : token.deprecated ? 'deprecated' : 'stable',
        owner: typeof ext.owner === 'string' ? ext.owner : undefined,
        deprecated: token.deprecated
          ? {
              message: typeof token.deprecated === 'string' ? token.deprecated : 'Deprecated.',
              replacement: deprecationReplacement(token) ?? null,
            }
          : null,
        raw: token.value,
        value,
        css: toCss(token.type!, value),
        contexts: {},
        extensions: token.extensions ?? {},
      };
      tokens[token.name] = entry;
    }
    for (const layer of brand.contexts) {
      if (layer.isDefault) continue;
      const values = brand.resolve({
        ...Object.fromEntries(modifiersOf(brand.resolver).map((m) => [m.name, m.defaultContext])),
        [layer.modifier]: layer.context,
      });
      for (const [name, definition] of layer.changes) {
        const value = values.get(name);
        tokens[name]!.contexts[`${layer.modifier}:${layer.context}`] = {
          raw: definition.value,
          value,
          css: toCss(definition.type!, value),
          file: definition.file,
        };
      }
    }
    const catalogue: CatalogueFile = {
      $schema: 'https://livery.dev/schemas/catalogue-1.json',
      name: brand.resolver.name ?? 'Livery',
      resolver: relative(process.cwd(), brand.resolver.file),
      modifiers: modifiersOf(brand.resolver).map((m) => ({
        name: m.name,
        description: m.description ?? '',
        default: m.defaultContext,
        contexts: [...m.contexts.keys()],
        attribute: `data-${m.name}`,
        media: (liveryExtension(m).media as Record<string, string> | undefined) ?? {},
      })),
      tokens,
    };
    return `${JSON.stringify(catalogue, null, 2)}\n`;
  },
};
