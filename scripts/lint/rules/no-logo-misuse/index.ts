import { PACKAGE_NAME } from '../../../package-identity.ts';
import { lockupSized, preparedLogos, shapeOfFile, similarity } from '../../logo-shapes.ts';
import { ruleDocsUrl } from '../../replacement.ts';
import type { Rule } from '../../types.ts';

export interface Options {
  /** Path similarity (0–1) at or over which an SVG is a look-alike of a logo. */
  similarity: number;
  /** Lower bar for SVGs whose file name says logo or the brand's name. */
  namedSimilarity: number;
}

export const noLogoMisuse: Rule<Options> = {
  meta: {
    id: 'no-logo-misuse',
    severity: 'error',
    fixable: false,
    docs: {
      description: 'Disallow SVGs that look like the brand logo but are not an approved lockup shipped by the package.',
      url: ruleDocsUrl('no-logo-misuse'),
    },
    messages: {
      misuse: ({ logo, score, how, file }) =>
        `this SVG looks like the ${logo} logo (path similarity ${score}) but is not an approved lockup (${how}); use ${PACKAGE_NAME}/${file}`,
    },
  },
  defaultOptions: { similarity: 0.6, namedSimilarity: 0.3 },
  create(context) {
    const { messages } = noLogoMisuse.meta;
    const logos = preparedLogos(context.index);
    return {
      svgFile(text) {
        if (!logos.length) return;
        const normalized = text.replace(/\s+/g, ' ').trim();
        if (!logos.some((logo) => lockupSized(normalized, logo))) return;
        const shape = shapeOfFile(text);
        if (!shape.geometry.length) return;
        const base = context.file.split('/').pop()!.toLowerCase();
        const named = /logo|wordmark|lockup/.test(base) || context.index.brandWords.some((w) => base.includes(w));
        const threshold = named ? context.options.namedSimilarity : context.options.similarity;
        let best: { logo: (typeof logos)[number]; score: number } | undefined;
        for (const logo of logos) {
          if (normalized === logo.normalized) return;
          const geometryEqual = logo.shape.geometryText === shape.geometryText;
          if (geometryEqual && logo.shape.fillsText === shape.fillsText) return;
          // Jaccard similarity is at most the ratio of the two sizes: skip drawings that cannot reach the bar
          const a = logo.shape.geometry.length;
          const b = shape.geometry.length;
          if (!geometryEqual && Math.min(a, b) / Math.max(a, b) < threshold) continue;
          const score = geometryEqual ? 1 : similarity(logo.shape.geometry, shape.geometry);
          if (!best || score > best.score) best = { logo, score };
        }
        if (!best) return;
        if (best.score < threshold) return;
        const how = best.score === 1 ? 'recolored' : 'altered shape';
        const end = Math.max(1, text.indexOf('>') + 1);
        context.report({
          message: messages.misuse!({ logo: best.logo.name, score: best.score.toFixed(2), how, file: best.logo.file }),
          start: 0,
          end,
          value: best.logo.name,
        });
      },
    };
  },
};

export default noLogoMisuse;
