/**
 * dist/editor/web-types.json: JetBrains web-types (schema version 2, read from the `web-types`
 * field of package.json, so WebStorm and the other JetBrains IDEs pick it up with no setting):
 * elements with attributes and their values, properties, events, slots and CSS parts, and the
 * `--lv-*` custom properties.
 */
import type { Catalogue } from '../catalogue/catalogue.ts';
import { PACKAGE_NAME } from '../package-identity.ts';
import type { Component } from './component-model.ts';
import { tagDocumentation } from './vscode-html-data.ts';

const SCHEMA = 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json';

export function webTypes(components: Component[], catalogue: Catalogue, version: string): Record<string, unknown> {
  const elements = components.map((component) => ({
    name: component.tag,
    description: tagDocumentation(component),
    'doc-url': component.docsUrl,
    attributes: component.properties
      .filter((p) => p.attribute)
      .map((p) => ({
        name: p.attribute,
        description: p.description,
        ...(p.default ? { default: p.default } : {}),
        value: p.type === 'boolean' ? { type: 'boolean', required: false } : { type: p.type, kind: 'plain' },
        ...(p.values.length ? { values: p.values.map((name) => ({ name })) } : {}),
      })),
    js: {
      properties: component.properties.map((p) => ({
        name: p.name,
        description: p.description,
        value: { type: p.type },
      })),
      events: component.events.map((e) => ({ name: e.name, description: e.description })),
    },
    slots: component.slots.map((s) => ({ name: s.name, description: s.description })),
    css: { parts: component.parts.map((p) => ({ name: p.name, description: p.description })) },
  }));
  const properties = [...catalogue.tokens.values()].flatMap((token) =>
    token.cssVariables.map((name) => ({
      name,
      description: `${token.description || token.name} (${token.type}): \`${token.css}\``,
      ...(token.deprecated
        ? {
            deprecated: token.deprecated.replacement
              ? `Use ${catalogue.get(token.deprecated.replacement)?.cssVariable ?? token.deprecated.replacement}`
              : true,
          }
        : {}),
    })),
  );
  return {
    $schema: SCHEMA,
    name: PACKAGE_NAME,
    version,
    'description-markup': 'markdown',
    contributions: { html: { elements }, css: { properties } },
  };
}
