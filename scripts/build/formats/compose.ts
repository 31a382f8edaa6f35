import { toNative, type NativeColor } from '../native-value.ts';
import { jsName, pascalName } from '../naming.ts';
import { namedPermutations } from '../permutations.ts';
import { GENERATED_HEADER, type LiveryFormat } from './format.ts';

const argb = (c: NativeColor) => {
  const hex = c.hex.replace('#', '');
  const alpha = Math.round(c.alpha * 255)
    .toString(16)
    .padStart(2, '0');
  return `Color(0x${(alpha + hex.slice(0, 6)).toUpperCase()})`;
};

/** A Compose literal for a token, or undefined for types Compose has no single value for. */
function composeLiteral(type: string, value: unknown, name: string): string | undefined {
  const native = toNative(type, value);
  switch (type) {
    case 'color':
      return argb(native as NativeColor);
    case 'dimension':
      return /font|typography|tracking/.test(name) ? `${native}.sp` : `${native}.dp`;
    case 'number':
      return `${native}f`;
    case 'duration':
      return `${native}`;
    case 'fontWeight':
      return `FontWeight(${native})`;
    case 'typography': {
      const t = native as { fontSize: number; fontWeight: number; lineHeight: number; letterSpacing: number };
      return `TextStyle(fontSize = ${t.fontSize}.sp, fontWeight = FontWeight(${t.fontWeight}), lineHeight = ${Number((t.fontSize * t.lineHeight).toFixed(2))}.sp, letterSpacing = ${t.letterSpacing}.sp)`;
    }
    default:
      return undefined;
  }
}

/** dist/android/LiveryTokens.kt: one Compose object per permutation (light, dark, …). */
export const compose: LiveryFormat = {
  name: 'livery/android/compose',
  create: (brand) => () => {
    const out = [
      `// ${GENERATED_HEADER}`,
      'package dev.livery.tokens',
      '',
      'import androidx.compose.ui.graphics.Color',
      'import androidx.compose.ui.text.TextStyle',
      'import androidx.compose.ui.text.font.FontWeight',
      'import androidx.compose.ui.unit.dp',
      'import androidx.compose.ui.unit.sp',
      '',
    ];
    for (const { name, selection } of namedPermutations(brand)) {
      out.push(`object Livery${pascalName(name.split('-'))} {`);
      for (const [token, value] of brand.resolve(selection)) {
        const definition = brand.tokens.get(token)!;
        const literal = composeLiteral(definition.type!, value, token);
        if (literal === undefined) continue;
        if (definition.description) out.push(`    /** ${definition.description.replaceAll('*/', '*\\/')} */`);
        if (definition.deprecated) out.push(`    @Deprecated(${JSON.stringify(String(definition.deprecated))})`);
        out.push(`    val ${jsName(definition.path)} = ${literal}`);
      }
      out.push('}', '');
    }
    return out.join('\n');
  },
};
