import type { Catalogue } from '../catalogue/catalogue.ts';
import { apcaLc, composite, dtcgToRgb, isDtcgColor, shown, wcagRatio, type Rgb, type Shown } from './color.ts';
import type { CheckConfig, Usage } from './config.ts';
import type { DeclaredPair } from './pairs.ts';
import { contextKeys, type Permutation } from '../catalogue/permutations.ts';

/** What WCAG 2.x asks of each usage: AA everywhere, AAA (enhanced) in the contexts that promise it. */
export interface Levels {
  aa: Record<Usage, number>;
  aaa: Record<Usage, number>;
  /** `modifier:context` keys whose permutations must meet the enhanced levels, e.g. `theme:high-contrast`. */
  enhancedContexts: string[];
}

export const WCAG_LEVELS: Levels = {
  aa: { body: 4.5, large: 3, 'non-text': 3 },
  // WCAG 2.x has no enhanced level for non-text contrast (1.4.11 is AA only): it stays 3.
  aaa: { body: 7, large: 4.5, 'non-text': 3 },
  enhancedContexts: ['theme:high-contrast'],
};

function isEnhanced(levels: Levels, permutation: Permutation): boolean {
  const keys = contextKeys(permutation.selection);
  return levels.enhancedContexts.some((k) => keys.includes(k));
}

export function requirement(
  levels: Levels,
  usage: Usage,
  permutation: Permutation,
): { required: number; level: 'AA' | 'AAA' } {
  return isEnhanced(levels, permutation)
    ? { required: levels.aaa[usage], level: 'AAA' }
    : { required: levels.aa[usage], level: 'AA' };
}

export interface Side {
  name: string;
  /** The file that sets this token's value in this permutation (the file a fix edits). */
  file: string;
  /** Resolved DTCG value in this permutation. */
  value: unknown;
  /** The colour as written, before compositing (alpha kept). */
  rgb: Rgb;
  /** The opaque colour actually seen, after compositing. */
  shown: Shown;
}

export interface PairResult {
  permutation: Permutation;
  pair: DeclaredPair;
  fg: Side;
  bg: Side;
  /** Token the background was composited over when it is translucent. */
  backdrop?: string;
  ratio: number;
  lc: number;
  required: number;
  level: 'AA' | 'AAA';
  pass: boolean;
}

export interface PermutationColors {
  permutation: Permutation;
  /** True when this permutation must meet the enhanced (AAA) levels; set by measure() on first use. */
  enhanced?: boolean;
  values: ReadonlyMap<string, unknown>;
  /** The colour seen when `name` is a background: translucent ones composited over the backdrop. */
  background(name: string): { rgb: Rgb; shown: Shown; backdrop?: string } | undefined;
  side(name: string): Side | undefined;
}

const WHITE: Rgb = { r: 1, g: 1, b: 1, alpha: 1 };

/** A colour token in one permutation; its source file is looked up only when a report needs it. */
class TokenSide implements Side {
  readonly name: string;
  readonly value: unknown;
  readonly rgb: Rgb;
  readonly shown: Shown;
  private readonly catalogue: Catalogue;
  private readonly selection: Record<string, string>;
  private sourceFile: string | undefined;

  constructor(catalogue: Catalogue, permutation: Permutation, name: string, value: unknown) {
    this.catalogue = catalogue;
    this.selection = permutation.selection;
    this.name = name;
    this.value = value;
    this.rgb = dtcgToRgb(value);
    this.shown = shown(this.rgb);
    this.sourceFile = undefined;
  }

  get file(): string {
    return (this.sourceFile ??= this.catalogue.writtenIn(this.name, this.selection)!.file);
  }
}

/** Resolves one permutation through the catalogue and prepares its colours for pairing. */
export function colorsOf(catalogue: Catalogue, config: CheckConfig, permutation: Permutation): PermutationColors {
  const values = catalogue.resolve(permutation.selection);
  const rgbOf = (name: string): Rgb | undefined => {
    const v = values.get(name);
    return isDtcgColor(v) ? dtcgToRgb(v) : undefined;
  };
  const backdropRgb = rgbOf(config.backdrop);
  const backdrop =
    backdropRgb && backdropRgb.alpha >= 1 ? { rgb: backdropRgb, name: config.backdrop } : { rgb: WHITE, name: 'white' };
  const sides = new Map<string, Side | undefined>();
  const backgrounds = new Map<string, { rgb: Rgb; shown: Shown; backdrop?: string } | undefined>();
  return {
    permutation,
    values,
    background(name) {
      if (backgrounds.has(name)) return backgrounds.get(name);
      const rgb = rgbOf(name);
      const bg = !rgb
        ? undefined
        : rgb.alpha >= 1
          ? { rgb, shown: shown(rgb) }
          : { rgb, shown: shown(composite(rgb, backdrop.rgb)), backdrop: backdrop.name };
      backgrounds.set(name, bg);
      return bg;
    },
    side(name) {
      let side = sides.get(name);
      if (side !== undefined || sides.has(name)) return side;
      const value = values.get(name);
      if (isDtcgColor(value)) side = new TokenSide(catalogue, permutation, name, value);
      sides.set(name, side);
      return side;
    },
  };
}

/** The same token seen differently (after compositing). */
export function withShown(side: Side, seen: Shown): Side {
  return { name: side.name, file: side.file, value: side.value, rgb: side.rgb, shown: seen };
}

/** Measures every pair in one permutation. */
export function measureAll(colors: PermutationColors, pairs: DeclaredPair[], levels: Levels, out: PairResult[]): void {
  for (const pair of pairs) {
    const result = measure(colors, pair, levels);
    if (result) out.push(result);
  }
}

/** Measures `fg` on `bg` in one permutation: the foreground is composited over the (composited) background first. */
export function measure(colors: PermutationColors, pair: DeclaredPair, levels: Levels): PairResult | undefined {
  const fg = colors.side(pair.fg);
  const bgSide = colors.side(pair.bg);
  const bg = colors.background(pair.bg);
  if (!fg || !bgSide || !bg) return undefined;
  const fgShown = fg.rgb.alpha >= 1 ? fg.shown : shown(composite(fg.rgb, bg.shown.rgb));
  const ratio = wcagRatio(fgShown, bg.shown);
  colors.enhanced ??= isEnhanced(levels, colors.permutation);
  const level = colors.enhanced ? 'AAA' : 'AA';
  const required = (colors.enhanced ? levels.aaa : levels.aa)[pair.usage];
  return {
    permutation: colors.permutation,
    pair,
    // Sides are shared between pairs unless compositing changed what is seen.
    fg: fgShown === fg.shown ? fg : withShown(fg, fgShown),
    bg: bgSide.shown === bg.shown ? bgSide : withShown(bgSide, bg.shown),
    backdrop: bg.backdrop,
    ratio,
    lc: apcaLc(fgShown, bg.shown),
    required,
    level,
    // Never rounded: 4.478 fails 4.5.
    pass: ratio >= required,
  };
}
