/** Every generated file of the editor data and framework types, by its path in the package. */
import { readCatalogue } from '../catalogue/read-catalogue.ts';
import { packageVersion } from '../package-identity.ts';
import type { Component } from './component-model.ts';
import { reactTypes, svelteTypes, vueTypes } from './framework-types.ts';
import { vscodeCssData } from './vscode-css-data.ts';
import { vscodeHtmlData } from './vscode-html-data.ts';
import { webTypes } from './web-types.ts';

/** Where package.json's "web-types" field and the README's VS Code settings point. */
export const EDITOR_DIR = 'dist/editor';

export function editorFiles(components: Component[], cataloguePath: string): Record<string, string> {
  if (components.length === 0)
    throw new Error('dist/components/custom-elements.json lists no custom elements: run `npm run build:components`');
  const catalogue = readCatalogue(cataloguePath);
  const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;
  return {
    'dist/types/react.d.ts': reactTypes(components),
    'dist/types/vue.d.ts': vueTypes(components),
    'dist/types/svelte.d.ts': svelteTypes(components),
    [`${EDITOR_DIR}/vscode.html-custom-data.json`]: json(vscodeHtmlData(components)),
    [`${EDITOR_DIR}/vscode.css-custom-data.json`]: json(vscodeCssData(catalogue)),
    [`${EDITOR_DIR}/web-types.json`]: json(webTypes(components, catalogue, packageVersion())),
  };
}
