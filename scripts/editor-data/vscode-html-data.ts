/**
 * dist/editor/vscode.html-custom-data.json: VS Code's HTML custom data (version 1.1, the format
 * its HTML language service reads through the `html.customData` setting): every `lv-*` tag with
 * its summary, attributes with their allowed values, and a link to the docs, so completion and
 * hover work in HTML files and templates.
 */
import type { Component } from './component-model.ts';

export interface HtmlCustomData {
  version: 1.1;
  tags: {
    name: string;
    description: { kind: 'markdown'; value: string };
    attributes: {
      name: string;
      description: { kind: 'markdown'; value: string };
      values?: { name: string }[];
      valueSet?: 'v';
    }[];
    references: { name: string; url: string }[];
  }[];
}

/** What a tag's hover shows: summary, slots, events and parts, in markdown. */
export function tagDocumentation(component: Component): string {
  const list = (title: string, items: { name: string; description: string }[], code = (n: string) => `\`${n}\``) =>
    items.length
      ? `\n\n**${title}:** ${items.map((i) => `${code(i.name || '(default)')} ${i.description}`.trim()).join(' · ')}`
      : '';
  return (
    `${component.summary || component.description}${list('Events', component.events)}` +
    `${list('Slots', component.slots)}${list('CSS parts', component.parts)}`
  );
}

export function vscodeHtmlData(components: Component[]): HtmlCustomData {
  return {
    version: 1.1,
    tags: components.map((component) => ({
      name: component.tag,
      description: { kind: 'markdown', value: tagDocumentation(component) },
      attributes: component.properties
        .filter((p) => p.attribute)
        .map((p) => ({
          name: p.attribute!,
          description: {
            kind: 'markdown',
            value: `${p.description}${p.default ? `\n\nDefault: \`${p.default}\`` : ''}`,
          },
          ...(p.values.length ? { values: p.values.map((name) => ({ name })) } : {}),
          ...(p.type === 'boolean' ? { valueSet: 'v' as const } : {}),
        })),
      references: [{ name: 'Documentation', url: component.docsUrl }],
    })),
  };
}
