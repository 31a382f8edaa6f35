/** Every generated file of the editor data and framework types, by its path in the package. */
import type { Component } from './component-model.ts';
import { reactTypes, svelteTypes, vueTypes } from './framework-types.ts';

export function editorFiles(components: Component[], _cataloguePath: string): Record<string, string> {
  if (components.length === 0) throw new Error('dist/components/custom-elements.json lists no custom elements: run `npm run build:components`');
  return {
    'dist/types/react.d.ts': reactTypes(components),
    'dist/types/vue.d.ts': vueTypes(components),
    'dist/types/svelte.d.ts': svelteTypes(components),
  };
}
