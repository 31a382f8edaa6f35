import { shapeOf, similarity } from '../../lint/logo-shapes.ts';
import { noLogoMisuse } from '../../lint/rules/no-logo-misuse/index.ts';
import type { FindingDraft } from '../types.ts';
import type { AuditCheck } from './check.ts';

export const logosCheck: AuditCheck = {
  type: 'logo',
  description:
    'Images and inline SVGs that look like the brand logo (by drawing, name or alt text) but are not an approved lockup.',
  run({ probe, expectations, svgSources }) {
    const logos = expectations.index.logos.map((logo) => ({ logo, shape: shapeOf(logo.text) }));
    if (!logos.length) return [];
    const { similarity: bar, namedSimilarity } = noLogoMisuse.defaultOptions;
    const words = ['logo', 'lockup', 'wordmark', ...expectations.index.brandWords];
    const findings: FindingDraft[] = [];
    for (const image of probe.images) {
      const named = words.some((w) => image.hint.toLowerCase().includes(w));
      const svg = image.svg ?? (image.src ? svgSources.get(image.src) : undefined);
      const approved = logos.map((l) => l.logo.name);
      const expected = logos.map(({ logo }) => ({
        token: logo.name,
        variable: `<lv-logo lockup="${logo.name}">`,
        value: logo.file,
      }));
      if (svg === undefined) {
        // a raster image can only be judged by its name
        if (named && image.src)
          findings.push({
            type: 'logo',
            selector: image.selector,
            rect: image.rect,
            property: 'img',
            value: image.src,
            expected,
            message: `${image.src.split('/').pop()} is named like the logo but is not an approved lockup (${approved.join(', ')}); use <lv-logo>`,
          });
        continue;
      }
      const shape = shapeOf(svg);
      if (!shape.geometry.length) continue;
      const same = logos.find((l) => l.shape.geometryText === shape.geometryText);
      if (same) {
        if (same.shape.fillsText === shape.fillsText) continue;
        findings.push({
          type: 'logo',
          selector: image.selector,
          rect: image.rect,
          property: 'fill',
          value: shape.fillsText,
          expected: [expected[logos.indexOf(same)]!],
          message: `the ${same.logo.name} lockup drawn in unapproved colors (${shape.fillsText}); use an approved variant`,
        });
        continue;
      }
      const best = Math.max(...logos.map((l) => similarity(l.shape.geometry, shape.geometry)));
      if (best >= bar || (named && best >= namedSimilarity)) {
        findings.push({
          type: 'logo',
          selector: image.selector,
          rect: image.rect,
          property: image.src ? 'img' : 'svg',
          value: image.src ?? 'inline svg',
          expected,
          message:
            `looks like the brand logo (${Math.round(best * 100)}% of its drawing) but is not an ` +
            `approved lockup; use <lv-logo> with one of ${approved.join(', ')}`,
        });
      }
    }
    return findings;
  },
};
