import { planCascade, printCss } from '../css-cascade.ts';
import { GENERATED_HEADER, type LiveryFormat } from './format.ts';

/** dist/css/livery.css: every permutation of the resolver as one cascade (see css-cascade.ts). */
export const cssCascade: LiveryFormat = {
  name: 'livery/css/cascade',
  create: (brand) => () => printCss(planCascade(brand), `/* ${GENERATED_HEADER} */`),
};
