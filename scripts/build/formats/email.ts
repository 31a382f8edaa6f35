import { fontFamilyToCss } from '../css-value.ts';
import { toNative, type NativeColor } from '../native-value.ts';
import { GENERATED_HEADER, type LiveryFormat } from './format.ts';

/** Email clients render hex colors, px sizes and web-safe font stacks; nothing else is kept. */
const EMAIL_SAFE_FALLBACKS = ['Helvetica', 'Arial', 'sans-serif'];

export const email: LiveryFormat = {
  name: 'livery/email/json',
  create: (brand) => () => {
    const values: Record<string, string | number> = {};
    for (const [name, value] of brand.resolve(brand.selections[0]!)) {
      const type = brand.tokens.get(name)!.type!;
      const native = toNative(type, value);
      if (type === 'color') values[name] = (native as NativeColor).hex.slice(0, 7);
      else if (type === 'dimension') values[name] = `${Math.round(native as number)}px`;
      else if (type === 'fontWeight' || type === 'number') values[name] = native as number;
      else if (type === 'fontFamily') {
        const families = (native as string[]).filter((f) => !/^(system-ui|-apple-system|BlinkMacSystemFont|ui-)/.test(f));
        values[name] = fontFamilyToCss([...new Set([...families.slice(0, 1), ...(families.some((f) => /mono/i.test(f)) ? ['Courier New', 'monospace'] : EMAIL_SAFE_FALLBACKS)])]);
      }
    }
    return `${JSON.stringify({ $comment: GENERATED_HEADER, tokens: values }, null, 2)}\n`;
  },
};
