import { composite, formatRatio, shown, wcagRatio } from '../color.ts';
import { withShown } from '../evaluate.ts';
import { suggestFix } from '../fix.ts';
import { matchName } from '../pairs.ts';
import type { CheckRule } from '../rule.ts';

interface Options {
  /** Focus ring colour tokens (`*` one path segment, `**` any). */
  rings: string[];
  /** Surfaces a ring can appear on; each must be covered by a ring. */
  surfaces: string[];
  min: number;
}

/**
 * WCAG 1.4.11 / 2.4.13: a focus indicator reaches 3:1 against every surface it can be drawn on,
 * in every permutation. A ring's surfaces are those its contrast declaration names (`on`), or every
 * surface when it declares none; every surface must have a ring that covers it.
 */
export const focusRingContrast: CheckRule<Options> = {
  meta: {
    id: 'focus-ring-contrast',
    docs: {
      description:
        'Require a focus ring colour that reaches 3:1 against every surface it can appear on, in every permutation, and a ring for every surface.',
    },
    defaultSeverity: 'error',
  },
  defaultOptions: { rings: ['color.focus.*'], surfaces: ['color.surface.*'], min: 3 },
  create(context) {
    const { catalogue, options } = context;
    const colorTokens = [...catalogue.tokens.values()].filter((t) => t.type === 'color' && !t.deprecated);
    const matching = (patterns: string[]) =>
      colorTokens.filter((t) => patterns.some((p) => matchName(p.split('.'), t.path)));
    const rings = matching(options.rings);
    const allSurfaces = matching(options.surfaces).filter((s) => !rings.includes(s));
    if (rings.length === 0) {
      context.report({
        file: catalogue.file,
        at: options.rings.join(', '),
        message: `no focus ring color token matches ${options.rings.join(', ')}: the focus ring cannot be checked`,
        fix: 'add color.focus.ring, or point the rule\'s "rings" option at the focus ring colours',
      });
      return;
    }
    // Pairs the contrast rule already measures and reports are not reported twice.
    const contrastOn = context.severityOf('contrast') !== 'off';
    const measured = (ring: string, surface: string) => contrastOn && context.contrast.pairsOf(ring).includes(surface);
    const covered = new Set<string>();
    const plan = rings.map((ring) => {
      const declared = context.contrast.pairsOf(ring.name);
      const surfaces = declared.length ? declared : allSurfaces.map((s) => s.name);
      for (const s of surfaces) covered.add(s);
      return { ring, surfaces };
    });
    for (const surface of allSurfaces) {
      if (!covered.has(surface.name)) {
        context.report({
          file: surface.file,
          at: surface.name,
          message: `no focus ring declares ${surface.name} among the surfaces it appears on (${rings.map((r) => r.name).join(', ')})`,
          fix: `add "{${surface.name}}" to the "on" list of the ring used there`,
        });
      }
    }
    for (const permutation of context.permutations) {
      const colors = context.colors(permutation);
      for (const { ring, surfaces } of plan) {
        const fg = colors.side(ring.name);
        if (!fg) continue;
        for (const surface of surfaces) {
          if (measured(ring.name, surface)) continue;
          const bg = colors.background(surface);
          const bgSide = colors.side(surface);
          if (!bg || !bgSide) continue;
          const fgShown = fg.rgb.alpha >= 1 ? fg.shown : shown(composite(fg.rgb, bg.shown.rgb));
          const ratio = wcagRatio(fgShown, bg.shown);
          if (ratio >= options.min) continue;
          const result = {
            permutation,
            pair: {
              fg: ring.name,
              bg: surface,
              usage: 'non-text' as const,
              declaredIn: { file: ring.file, at: ring.name },
            },
            fg: withShown(fg, fgShown),
            bg: withShown(bgSide, bg.shown),
            ratio,
            lc: 0,
            required: options.min,
            level: 'AA' as const,
            pass: false,
          };
          context.report({
            file: fg.file,
            at: ring.name,
            permutation: permutation.name,
            pair: { fg: ring.name, bg: surface },
            message:
              `[${permutation.name}] focus ring ${ring.name} (${fgShown.hex}) on ${surface} ` +
              `(${bg.shown.hex}): ${formatRatio(ratio)}:1, needs ${options.min}:1`,
            fix: suggestFix(catalogue, result)?.text,
          });
        }
      }
    }
  },
};
