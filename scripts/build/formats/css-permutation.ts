import { cssDeclarations } from '../css-declarations.ts';
import { printCss } from '../css-cascade.ts';
import { GENERATED_HEADER, type LiveryFormat } from './format.ts';
import { liveryExtension } from '../../tokens/token.ts';
import type { Selection } from '../../resolver/resolver-model.ts';

/** dist/css/<permutation>.css: one permutation as a standalone :root, for apps that ship one theme. */
export const cssPermutation: LiveryFormat = {
  name: 'livery/css/permutation',
  create:
    (brand) =>
    ({ options }) => {
      const selection = (options as { selection: Selection }).selection;
      const raw = brand.rawFor(selection);
      const declarations = [...raw.values()].flatMap(cssDeclarations);
      const reduced = [...raw.values()].flatMap((t) => {
        const value = liveryExtension(t).reducedMotion;
        return value === undefined ? [] : cssDeclarations({ ...t, value });
      });
      const label = Object.entries(selection)
        .map(([m, c]) => `${m}: ${c}`)
        .join(', ');
      return printCss(
        [
          { selectors: [':root'], declarations, comment: label },
          ...(reduced.length
            ? [{ media: '(prefers-reduced-motion: reduce)', selectors: [':root'], declarations: reduced }]
            : []),
        ],
        `/* ${GENERATED_HEADER} */`,
      );
    },
};
