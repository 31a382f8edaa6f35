/**
 * `import 'liverykit/css'` (and any `liverykit/css/*.css`) applies the styles through your bundler:
 * a stylesheet exports nothing to TypeScript. This declaration lets the import type-check under
 * every `moduleResolution` (bundler, node16, nodenext), with `noUncheckedSideEffectImports` too.
 */
export {};
