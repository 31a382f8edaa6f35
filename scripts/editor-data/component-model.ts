/**
 * The components as editors and type generators need them, read from custom-elements.json (the
 * manifest `cem analyze` writes from the components' JSDoc): one owner of "which properties,
 * attributes, values, events, slots and parts a tag has", so the VS Code data, web-types and the
 * framework types cannot disagree with each other or with the manifest.
 */
import { readFileSync } from 'node:fs';
import { packageHomepage } from '../package-identity.ts';

interface ManifestMember {
  kind: string;
  name: string;
  static?: boolean;
  privacy?: string;
  readonly?: boolean;
  type?: { text: string };
  default?: string;
  description?: string;
  attribute?: string;
}
interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  summary?: string;
  description?: string;
  members?: ManifestMember[];
  attributes?: { name: string; type?: { text: string }; default?: string; description?: string; fieldName?: string }[];
  events?: { name: string; description?: string; type?: { text: string } }[];
  slots?: { name: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string; default?: string }[];
}
export interface Manifest {
  modules: { path: string; declarations?: ManifestDeclaration[] }[];
}

export interface ComponentProperty {
  name: string;
  /** The attribute that sets it, when there is one. */
  attribute: string | undefined;
  type: string;
  /** The literal values of a union of string literals (`'sm' | 'md'`), else empty. */
  values: string[];
  default: string | undefined;
  description: string;
}
export interface ComponentEvent {
  name: string;
  description: string;
}
export interface Component {
  tag: string;
  className: string;
  summary: string;
  description: string;
  docsUrl: string;
  /** Public, writable instance properties (what a framework binding may set). */
  properties: ComponentProperty[];
  events: ComponentEvent[];
  slots: { name: string; description: string }[];
  parts: { name: string; description: string }[];
}

/**
 * Where an editor's "documentation" link points. There is no hosted documentation site yet, so
 * links go to the package page unless the build is given the Storybook site's address
 * (LIVERY_DOCS_URL), where each component has a docs page at `?path=/docs/components-<name>--docs`.
 */
export function docsUrl(tag: string, base = process.env.LIVERY_DOCS_URL): string {
  return base
    ? `${base.replace(/\/$/, '')}/?path=/docs/components-${tag.replace(/^lv-/, '')}--docs`
    : packageHomepage();
}

/** `'a' | 'b'` → ['a', 'b']; anything that is not a union of string literals → []. */
export function literalValues(type: string): string[] {
  const parts = type.split('|').map((part) => part.trim());
  return parts.every((part) => /^'[^']*'$/.test(part)) ? parts.map((part) => part.slice(1, -1)) : [];
}

export function readManifest(file: string): Manifest {
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** Every custom element in the manifest, sorted by tag. */
export function componentsOf(manifest: Manifest): Component[] {
  const components: Component[] = [];
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    if (!declaration.tagName) continue;
    const properties = (declaration.members ?? [])
      .filter(
        (m) =>
          m.kind === 'field' &&
          !m.static &&
          !m.readonly &&
          !m.name.startsWith('#') &&
          (m.privacy ?? 'public') === 'public',
      )
      .map((m): ComponentProperty => {
        const type = m.type?.text ?? 'string';
        return {
          name: m.name,
          attribute: m.attribute,
          type,
          values: literalValues(type),
          default: m.default,
          description: m.description ?? '',
        };
      });
    components.push({
      tag: declaration.tagName,
      className: declaration.name,
      summary: declaration.summary ?? '',
      description: (declaration.description ?? '').trim(),
      docsUrl: docsUrl(declaration.tagName),
      properties,
      events: (declaration.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
      slots: (declaration.slots ?? []).map((s) => ({ name: s.name, description: s.description ?? '' })),
      parts: (declaration.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
    });
  }
  return components.sort((a, b) => a.tag.localeCompare(b.tag));
}
