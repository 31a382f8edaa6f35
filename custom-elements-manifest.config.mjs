/**
 * `cem analyze` (run by `npm run build:components`): reads the components' class JSDoc and writes
 * dist/components/custom-elements.json, which package.json's "customElements" points to, Storybook
 * reads for its docs tables, and the components' tests check every rendered part and slot against.
 */
export default {
  globs: ['components/*/*.ts'],
  exclude: [
    'components/**/*.test.ts',
    'components/**/*.stories.ts',
    'components/**/*.styles.ts',
    'components/base/test-utils.ts',
    'components/env.d.ts',
  ],
  outdir: 'dist/components',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // `this.dispatchEvent(new LvChangeEvent())` is recorded as an event without a name; the
      // class JSDoc's `@event lv-change` already documents it, with its description.
      name: 'livery:drop-unnamed-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },
  ],
};
