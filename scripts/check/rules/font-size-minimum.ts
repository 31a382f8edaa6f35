import { measureOfValue } from '../../catalogue/units.ts';
import { matchName } from '../pairs.ts';
import type { CheckRule } from '../rule.ts';

interface Options {
  /** Typography (or dimension) tokens of body text. */
  body: string[];
  bodyMinPx: number;
  minPx: number;
  /** Dimension tokens that are font sizes (`*` one segment, `**` any). */
  sizes: string[];
  /** px per rem. */
  rootPx: number;
}

function px(value: unknown, rootPx: number): number | undefined {
  const measured = measureOfValue(value, rootPx);
  return measured?.magnitudeUnit === 'px' ? measured.magnitude : undefined;
}

/** Body text is at least 16px (1rem at the default root size) and no text is under 12px, in every permutation. */
export const fontSizeMinimum: CheckRule<Options> = {
  meta: {
    id: 'font-size-minimum',
    docs: {
      description:
        'Limit font sizes from below: body text at least 16px equivalent, nothing under 12px, in every permutation.',
    },
    defaultSeverity: 'error',
  },
  defaultOptions: {
    body: ['typography.body'],
    bodyMinPx: 16,
    minPx: 12,
    sizes: ['font.size.*', '**.font-size'],
    rootPx: 16,
  },
  create(context) {
    const { options, catalogue } = context;
    const sizePatterns = options.sizes.map((p) => p.split('.'));
    const reported = new Set<string>();
    for (const permutation of context.permutations) {
      const values = context.colors(permutation).values;
      for (const token of catalogue.tokens.values()) {
        let size: unknown;
        if (token.type === 'typography')
          size = (values.get(token.name) as { fontSize?: unknown } | undefined)?.fontSize;
        else if (token.type === 'dimension' && sizePatterns.some((p) => matchName(p, token.path)))
          size = values.get(token.name);
        else continue;
        const value = px(size, options.rootPx);
        if (value === undefined) continue;
        const isBody = options.body.includes(token.name);
        const min = isBody ? options.bodyMinPx : options.minPx;
        const key = `${token.name}:${value}`;
        if (value >= min || reported.has(key)) continue;
        reported.add(key);
        context.report({
          file: token.file,
          at: token.name,
          permutation: permutation.name,
          message:
            `[${permutation.name}] font size is ${Number(value.toFixed(2))}px (at ${options.rootPx}px ` +
            `per rem); ${isBody ? 'body text' : 'text'} must be at least ${min}px`,
          fix: `use a size of at least ${min / options.rootPx}rem`,
        });
      }
    }
  },
};
