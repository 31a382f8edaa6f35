import type { Catalogue } from '../catalogue/read-catalogue.ts';
import { dimensionToPx } from '../build/native-value.ts';
import { tokenScale } from '../catalogue/category.ts';
import { colorToRgba } from './figma-value.ts';
import { fontWeightNumber } from '../tokens/font-weight.ts';
import type { BrandCandidates, Rgba } from './layer-lint.ts';

/**
 * The catalogue as the layer lint's candidates, in Figma's units. `figma audit` calls it at run
 * time; the plugin build calls it once and embeds the result.
 */
export function candidatesFrom(catalogue: Catalogue, styleKeys: string[] = []): BrandCandidates {
  const out: BrandCandidates = {
    colors: [],
    radii: [],
    spacing: [],
    fontSizes: [],
    fontFamilies: [],
    fontWeights: [],
    tokens: [],
    styleKeys,
  };
  for (const token of catalogue.tokens.values()) {
    if (token.deprecated) continue;
    out.tokens.push(token.name);
    const values = [token.value, ...Object.values(token.contexts ?? {}).map((c) => c.value)];
    for (const value of values) {
      if (token.type === 'color') out.colors.push({ name: token.name, rgba: colorToRgba(value) as Rgba });
      else if (token.type === 'dimension') {
        const px = dimensionToPx(value as { value: number; unit: string });
        const scale = tokenScale(token);
        if (scale === 'font-size') out.fontSizes.push({ name: token.name, px });
        else if (scale === 'radius') out.radii.push({ name: token.name, px });
        else if (scale === 'spacing') out.spacing.push({ name: token.name, px });
      } else if (token.type === 'fontFamily')
        out.fontFamilies.push({ name: token.name, family: (Array.isArray(value) ? value[0] : value) as string });
      else if (token.type === 'fontWeight') out.fontWeights.push({ name: token.name, weight: fontWeightNumber(value) });
    }
  }
  return out;
}
