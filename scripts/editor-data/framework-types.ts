/**
 * Element types for the frameworks, generated from the manifest so that a typo'd property, value
 * or event handler on an `lv-*` element is a type error:
 *   dist/types/react.d.ts   React 19 `JSX.IntrinsicElements` (props set as properties; custom
 *                           events as `on<event>`, which React 19 listens for on custom elements)
 *   dist/types/vue.d.ts     Vue `GlobalComponents`, in the `DefineCustomElement` shape from Vue's
 *                           "Web Components" guide (props, and `@lv-change` typed through `$emit`)
 *   dist/types/svelte.d.ts  Svelte 5 `SvelteHTMLElements` (props, `on<event>` attributes)
 * Property types are the element classes' own (`LvButton['variant']`), so the unions cannot drift
 * from the code; the manifest decides which properties and events are public.
 */
import type { Component } from './component-model.ts';

const HEADER = '// Generated from custom-elements.json by scripts/editor-data/framework-types.ts: do not edit.';

function classImports(components: Component[]): string {
  return `import type { ${components.map((c) => c.className).join(', ')} } from '../components/index.js';`;
}

/** The events a framework does not already type on every element (`input`, `change` it does). */
function customEvents(component: Component): string[] {
  return component.events.map((e) => e.name).filter((name) => name !== 'input' && name !== 'change');
}

function propertyUnion(component: Component): string {
  return component.properties.map((p) => `'${p.name}'`).join(' | ') || 'never';
}

function docComment(component: Component, indent: string): string {
  const lines = [
    component.summary || component.description.split('\n')[0] || component.tag,
    '',
    `@see ${component.docsUrl}`,
  ];
  return `${indent}/**\n${lines.map((line) => `${indent} *${line ? ` ${line}` : ''}`).join('\n')}\n${indent} */\n`;
}

const EVENT_OF =
  'type EventOf<K extends string> = K extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[K] : Event;';

export function reactTypes(components: Component[]): string {
  const entries = components.map((c) => {
    const events = customEvents(c).map(
      (e) => `'on${e}'?: (event: EventOf<'${e}'> & { currentTarget: ${c.className} }) => void`,
    );
    return `${docComment(c, '      ')}      '${c.tag}': LiveryProps<${c.className}, ${propertyUnion(c)}>${events.length ? ` & { ${events.join('; ')} }` : ''};`;
  });
  return `${HEADER}
// Use: /// <reference types="liverykit/types/react" />, or "types": ["liverykit/types/react"] in tsconfig.json.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${classImports(components)}

${EVENT_OF}
/** React's own element props (onInput, onChange, className, ref…) plus the element's public properties. */
type LiveryProps<E extends HTMLElement, P extends keyof E> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, P> & Partial<Pick<E, P>>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries.join('\n')}
    }
  }
}
`;
}

export function vueTypes(components: Component[]): string {
  const entries = components.map((c) => {
    const events = customEvents(c).map((e) => `'${e}': EventOf<'${e}'>`);
    const model =
      c.properties.some((p) => p.name === 'value') && c.events.some((e) => e.name === 'input')
        ? ' & VModel<' + c.className + '>'
        : '';
    return (
      `${docComment(c, '    ')}    '${c.tag}': DefineCustomElement<${c.className}, ` +
      `${propertyUnion(c)}, { ${events.join('; ')} }${model ? `, ${model.slice(3)}` : ''}>;`
    );
  });
  const handlerKeys = `{ [K in keyof Events as K extends string ? VueHandlerKey<K> : never]?: (event: Events[K]) => void }`;
  return `${HEADER}
// Use: /// <reference types="liverykit/types/vue" />, or "types": ["liverykit/types/vue"] in tsconfig.json.
import type { EmitFn, HTMLAttributes } from 'vue';
${classImports(components)}

${EVENT_OF}
type Camel<S extends string> = S extends \`\${infer H}-\${infer T}\` ? \`\${Capitalize<H>}\${Camel<T>}\` : Capitalize<S>;
type VueHandlerKey<K extends string> = \`on\${Camel<K>}\`;
/**
 * \`v-model\` on a custom element compiles (with \`isCustomElement\`) to Vue's text model: it sets
 * \`value\` and listens for \`input\`. Type checking sees a component's model, so elements with
 * both get \`modelValue\` typed as their \`value\`.
 */
type VModel<E extends { value: unknown }> = { modelValue?: E['value']; 'onUpdate:modelValue'?: (value: E['value']) => void };
type DefineCustomElement<E extends HTMLElement, P extends keyof E, Events extends Record<string, Event>, Model = unknown> = new () => E & {
  /** @deprecated For template type checking only; not a property of the element. */
  $props: HTMLAttributes & Partial<Pick<E, P>> & ${handlerKeys} & Model;
  /** @deprecated For template type checking only; not a property of the element. */
  $emit: EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
${entries.join('\n')}
  }
}
`;
}

export function svelteTypes(components: Component[]): string {
  const entries = components.map((c) => {
    const events = customEvents(c).map(
      (e) => `'on${e}'?: (event: EventOf<'${e}'> & { currentTarget: ${c.className} }) => void`,
    );
    return (
      `${docComment(c, '    ')}    '${c.tag}': LiveryAttributes<${c.className}, ` +
      `${propertyUnion(c)}>${events.length ? ` & { ${events.join('; ')} }` : ''};`
    );
  });
  return `${HEADER}
// Use: /// <reference types="liverykit/types/svelte" />, or "types": ["liverykit/types/svelte"] in tsconfig.json.
import type { HTMLAttributes } from 'svelte/elements';
${classImports(components)}

${EVENT_OF}
/** Svelte's own element attributes (oninput, onchange, class…) plus the element's public properties. */
type LiveryAttributes<E extends HTMLElement, P extends keyof E> = Omit<HTMLAttributes<E>, P> & Partial<Pick<E, P>>;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${entries.join('\n')}
  }
}
`;
}
