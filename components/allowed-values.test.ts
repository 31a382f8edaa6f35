/**
 * Every enumerated property's runtime list (`static allowedValues`, which decides what renders
 * and what warns) equals its union type and default in custom-elements.json, which the editor
 * data and framework types are generated from; so the three cannot disagree.
 */
import { describe, expect, it } from 'vitest';
import type { LiveryElement } from './base/livery-element.ts';
import { manifestEntry, settle } from './base/test-utils.ts';

const modules = import.meta.glob<Record<string, unknown>>(
  ['./*/*.ts', '!./**/*.test.ts', '!./**/*.stories.ts', '!./**/*.styles.ts', '!./base/**'],
  { eager: true },
);

interface Member {
  name: string;
  kind: string;
  type?: { text: string };
  default?: string;
  attribute?: string;
}

const withLists = Object.values(modules)
  .flatMap((module) => Object.values(module))
  .filter(
    (value): value is typeof LiveryElement =>
      typeof value === 'function' &&
      Object.keys((value as typeof LiveryElement).allowedValues ?? {}).length > 0 &&
      Object.hasOwn(value, 'allowedValues'),
  );

describe('allowed values', () => {
  it('are declared by the components with enumerated properties', () => {
    expect(withLists.length).toBeGreaterThanOrEqual(6);
  });

  for (const element of withLists) {
    const tag = customElements.getName(element as unknown as CustomElementConstructor)!;
    for (const [property, allowed] of Object.entries(element.allowedValues)) {
      it(`<${tag}> ${property}: the list equals the manifest's union type and its first entry the default`, () => {
        const member = ((manifestEntry(tag) as { members?: Member[] }).members ?? []).find(
          (m) => m.kind === 'field' && m.name === property,
        );
        expect(member, `${tag}.${property} is not in custom-elements.json`).toBeDefined();
        const union = member!.type!.text.split('|').map((part) => part.trim().replace(/^'(.*)'$/, '$1'));
        expect([...allowed].sort()).toEqual(union.sort());
        expect(member!.default).toBe(`'${allowed[0]}'`);
      });

      it(`<${tag}> ${property}: an unknown value renders as the default and warns once`, async () => {
        const warnings: string[] = [];
        const warn = console.warn;
        console.warn = (message: string) => warnings.push(message);
        try {
          const attribute = (
            element as unknown as { elementProperties: Map<string, { attribute?: string | boolean }> }
          ).elementProperties.get(property)?.attribute;
          const name = typeof attribute === 'string' ? attribute : property.toLowerCase();
          const host = document.createElement('div');
          document.body.append(host);
          host.innerHTML = `<${tag} ${name}="no-such-${property}"></${tag}><${tag} ${name}="no-such-${property}"></${tag}><${tag}></${tag}>`;
          await settle(host);
          const [odd, , plain] = [...host.children] as LiveryElement[];
          const look = (el: Element) =>
            [...(el.shadowRoot?.querySelectorAll('*') ?? [])].slice(0, 4).map((node) => {
              const s = getComputedStyle(node);
              return [s.color, s.backgroundColor, s.blockSize, s.inlineSize, s.flexDirection].join();
            });
          expect(look(odd!)).toEqual(look(plain!));
          expect(warnings.filter((w) => w.includes(`no-such-${property}`))).toEqual([
            `<${tag}> ${name}="no-such-${property}" is not one of ${allowed.map((a) => `"${a}"`).join(', ')}; it renders as "${allowed[0]}".`,
          ]);
          host.remove();
        } finally {
          console.warn = warn;
        }
      });
    }
  }
});
