/**
 * dist/editor/vscode.css-custom-data.json: VS Code's CSS custom data (version 1.1, read through the
 * `css.customData` setting): every `--lv-*` custom property the build emits, with its description,
 * its value in the default permutation and in each context that changes it, and, when deprecated,
 * status "obsolete" and the replacement to use.
 */
import type { CatalogueToken } from '../catalogue/catalogue-schema.ts';
import type { Catalogue } from '../catalogue/catalogue.ts';

export interface CssCustomData {
  version: 1.1;
  properties: {
    name: string;
    description: { kind: 'markdown'; value: string };
    status?: 'obsolete' | 'experimental';
    references?: { name: string; url: string }[];
  }[];
}

function valueLines(token: CatalogueToken, catalogue: Catalogue): string[] {
  const defaults = catalogue.modifiers.map((m) => `${m.name}: ${m.default}`).join(', ');
  return [
    `- ${defaults}: \`${token.css}\``,
    ...Object.entries(token.contexts).map(([context, value]) => `- ${context.replace(':', ': ')}: \`${value.css}\``),
  ];
}

export function vscodeCssData(catalogue: Catalogue): CssCustomData {
  const properties: CssCustomData['properties'] = [];
  for (const token of catalogue.tokens.values()) {
    const deprecation = token.deprecated
      ? `\n\n**Deprecated**${token.deprecated.message ? `: ${token.deprecated.message}` : ''}` +
        `${token.deprecated.replacement ? ` Use \`${catalogue.get(token.deprecated.replacement)?.cssVariable ?? token.deprecated.replacement}\` instead.` : ''}`
      : '';
    const [shorthand, ...fields] = token.cssVariables;
    const about = `${token.description || `\`${token.name}\``} (${token.type})${deprecation}\n\n${valueLines(token, catalogue).join('\n')}`;
    const status = token.deprecated
      ? { status: 'obsolete' as const }
      : token.status === 'beta' || token.status === 'experimental'
        ? { status: 'experimental' as const }
        : {};
    properties.push({ name: shorthand!, description: { kind: 'markdown', value: about }, ...status });
    for (const field of fields) {
      properties.push({
        name: field,
        description: {
          kind: 'markdown',
          value: `The \`${field.slice(shorthand!.length + 1)}\` of \`${shorthand}\`: ${about}`,
        },
        ...status,
      });
    }
  }
  return { version: 1.1, properties };
}
