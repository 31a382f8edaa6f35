import { deprecationReplacement } from '../../tokens/token.ts';
import { toNative } from '../native-value.ts';
import { jsName } from '../naming.ts';
import { namedPermutations } from '../permutations.ts';
import { GENERATED_HEADER, type LiveryFormat } from './format.ts';

/** React Native: numbers for sizes (no "px" strings), hex/rgba colors, one full set per permutation. */
export function reactNativeValue(type: string, value: unknown): unknown {
  const native = toNative(type, value);
  const color = (c: { hex: string; red: number; green: number; blue: number; alpha: number }) =>
    c.alpha < 1
      ? `rgba(${Math.round(c.red * 255)}, ${Math.round(c.green * 255)}, ${Math.round(c.blue * 255)}, ${c.alpha})`
      : c.hex;
  if (type === 'color') return color(native as never);
  if (type === 'fontFamily') return (native as string[])[0];
  if (type === 'typography') {
    const t = native as Record<string, unknown>;
    return {
      fontFamily: (t.fontFamily as string[])[0],
      fontSize: t.fontSize,
      fontWeight: String(t.fontWeight),
      lineHeight: Math.round((t.fontSize as number) * (t.lineHeight as number)),
      letterSpacing: t.letterSpacing,
    };
  }
  if (type === 'shadow') {
    const [first] = native as { color: never; offsetX: number; offsetY: number; blur: number }[];
    return {
      shadowColor: color(first!.color),
      shadowOffset: { width: first!.offsetX, height: first!.offsetY },
      shadowRadius: first!.blur,
      shadowOpacity: 1,
      elevation: Math.round(first!.blur / 2),
    };
  }
  if (type === 'border') {
    const b = native as { color: never; width: number; style: string };
    return { borderColor: color(b.color), borderWidth: b.width, borderStyle: b.style };
  }
  return native;
}

export const reactNative: LiveryFormat = {
  name: 'livery/react-native/module',
  create: (brand) => () => {
    const sets: Record<string, Record<string, unknown>> = {};
    for (const { name, selection } of namedPermutations(brand)) {
      const set: Record<string, unknown> = {};
      for (const [token, value] of brand.resolve(selection))
        set[jsName(token.split('.'))] = reactNativeValue(brand.tokens.get(token)!.type!, value);
      sets[name] = set;
    }
    const [first] = Object.keys(sets);
    return [
      `// ${GENERATED_HEADER}`,
      `export const themes = ${JSON.stringify(sets, null, 2)};`,
      `export const tokens = themes[${JSON.stringify(first)}];`,
      '',
    ].join('\n');
  },
};

export const reactNativeDeclarations: LiveryFormat = {
  name: 'livery/react-native/declarations',
  create: (brand) => () => {
    const names = namedPermutations(brand).map((p) => JSON.stringify(p.name));
    const fields = [...brand.tokens.values()].map((t) => {
      const sample = reactNativeValue(t.type!, brand.resolve(brand.selections[0]!).get(t.name));
      const replacement = deprecationReplacement(t);
      const deprecated = t.deprecated
        ? `  /** @deprecated ${typeof t.deprecated === 'string' ? `${t.deprecated} ` : ''}` +
          `${replacement ? `Use \`${jsName(replacement.split('.'))}\`.` : ''} */\n`
        : '';
      return `${deprecated}  readonly ${jsName(t.path)}: ${typeScriptTypeOf(sample)};`;
    });
    return [
      `// ${GENERATED_HEADER}`,
      `export interface LiveryTokens {\n${fields.join('\n')}\n}`,
      `export type ThemeName = ${names.join(' | ')};`,
      'export declare const themes: Readonly<Record<ThemeName, LiveryTokens>>;',
      'export declare const tokens: LiveryTokens;',
      '',
    ].join('\n');
  },
};

function typeScriptTypeOf(value: unknown): string {
  if (Array.isArray(value)) return `readonly ${typeScriptTypeOf(value[0])}[]`;
  if (value && typeof value === 'object') {
    return `{ ${Object.entries(value)
      .map(([k, v]) => `readonly ${k}: ${typeScriptTypeOf(v)}`)
      .join('; ')} }`;
  }
  return typeof value;
}
