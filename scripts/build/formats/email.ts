import { fontFamilyToCss } from '../css-value.ts';
import { dimensionToPx, nativeColor, toNative } from '../native-value.ts';
import { GENERATED_HEADER, type LiveryFormat } from './format.ts';

/** Email clients render hex/rgba colors, px sizes and web-safe font stacks; nothing else is kept. */
const EMAIL_SAFE_FALLBACKS = ['Helvetica', 'Arial', 'sans-serif'];

const trim = (n: number, digits: number) => String(Number(n.toFixed(digits)));

/** Opaque colors as #rrggbb; translucent ones as rgba() so a scrim stays a scrim. */
export function emailColor(value: unknown): string {
  const color = nativeColor(value);
  if (color.alpha >= 1) return color.hex.slice(0, 7);
  // The channels of the hex, so the rgba() and the hex of one color never disagree by a step.
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${trim(color.alpha, 3)})`;
}

/** px at the browsers' default root size, fractions kept to 0.01px (-0.02rem is -0.32px, not 0px). */
export function emailLength(value: unknown): string {
  const px = dimensionToPx(value);
  return `${px === 0 ? 0 : trim(px, 2)}px`;
}

export const email: LiveryFormat = {
  name: 'livery/email/json',
  create: (brand) => () => {
    const values: Record<string, string | number> = {};
    for (const [name, value] of brand.resolve(brand.selections[0]!)) {
      const type = brand.tokens.get(name)!.type!;
      if (type === 'color') values[name] = emailColor(value);
      else if (type === 'dimension') values[name] = emailLength(value);
      else if (type === 'fontWeight' || type === 'number') values[name] = toNative(type, value) as number;
      else if (type === 'fontFamily') {
        const families = (toNative(type, value) as string[]).filter(
          (f) => !/^(system-ui|-apple-system|BlinkMacSystemFont|ui-)/.test(f),
        );
        values[name] = fontFamilyToCss([
          ...new Set([
            ...families.slice(0, 1),
            ...(families.some((f) => /mono/i.test(f)) ? ['Courier New', 'monospace'] : EMAIL_SAFE_FALLBACKS),
          ]),
        ]);
      }
    }
    return `${JSON.stringify({ $comment: GENERATED_HEADER, tokens: values }, null, 2)}\n`;
  },
};
