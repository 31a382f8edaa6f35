import { referenceName, referencesIn } from '../../tokens/token.ts';
import type { CheckRule } from '../rule.ts';

/** A literal anywhere in the value (whole value, composite field or layer), as a short description. */
function literalParts(value: unknown, at = ''): string[] {
  if (referenceName(value) !== undefined) return [];
  if (Array.isArray(value) && value.some((v) => referenceName(v) !== undefined || (v && typeof v === 'object'))) {
    return value.flatMap((v, i) => literalParts(v, `${at}[${i}]`));
  }
  if (
    value &&
    typeof value === 'object' &&
    !('colorSpace' in value) &&
    !('unit' in value) &&
    referencesIn(value).length > 0
  ) {
    return Object.entries(value).flatMap(([k, v]) => literalParts(v, at ? `${at}.${k}` : k));
  }
  return [`${at ? `"${at}" is ` : ''}${JSON.stringify(value).slice(0, 60)}`];
}

/**
 * Semantic tokens (any token outside the primitive files) hold references only, in every
 * context, so a theme is a re-pointing of roles at primitives and never a new raw value.
 */
export const semanticReferencesPrimitive: CheckRule<Record<string, never>> = {
  meta: {
    id: 'semantic-references-primitive',
    docs: {
      description:
        'Require semantic tokens to reference primitives: no raw values in the semantic layer, in any context.',
    },
    defaultSeverity: 'error',
  },
  defaultOptions: {},
  create(context) {
    const { catalogue } = context;
    for (const token of catalogue.tokens.values()) {
      const layers = [
        { raw: token.raw, file: token.file, where: '' },
        ...Object.entries(token.contexts).map(([key, c]) => ({ raw: c.raw, file: c.file, where: ` in ${key}` })),
      ];
      for (const layer of layers) {
        if (context.isPrimitive(layer.file)) continue;
        const literals = literalParts(layer.raw);
        if (literals.length) {
          context.report({
            file: layer.file,
            at: token.name,
            message: `semantic token has a raw value${layer.where} (${literals.join('; ')}); semantic tokens must reference a primitive`,
            fix: `add the value to a primitives file and write "{<primitive>}" here`,
          });
        }
      }
    }
  },
};
