import type { Plugin } from 'rollup';
import ts from 'typescript';

/**
 * A rollup plugin that turns TypeScript into JavaScript without type checking (`tsc -p
 * tsconfig.json` checks the sources), for the bundles that terser minifies: the CLI
 * (rollup.cli.config.mjs) and the Figma plugin (figma/plugin/plugin-build.ts).
 *
 * Comments are always removed: terser reads a comment that mentions `@__PURE__` before a call as
 * the pure annotation and drops the call (js-module.ts explains the annotation in a comment above
 * the `lines.push` that writes it: minified, `livery build` wrote dist/js/tokens.js without `tokens`).
 */
export function transpileTypeScript(name: string, compilerOptions: ts.CompilerOptions): Plugin {
  return {
    name,
    transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const result = ts.transpileModule(code, {
        fileName: id,
        compilerOptions: { module: ts.ModuleKind.ESNext, sourceMap: false, ...compilerOptions, removeComments: true },
      });
      return { code: result.outputText, map: null };
    },
  };
}
