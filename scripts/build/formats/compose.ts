import { toNative, type NativeColor } from '../native-value.ts';
import { jsName, pascalName } from '../naming.ts';
import { tokenGroup, tokenScale } from '../../catalogue/category.ts';
import type { TokenDefinition } from '../../tokens/token.ts';
import { permutationLiterals } from '../permutations.ts';
import { GENERATED_HEADER, type LiveryFormat } from './format.ts';

const argb = (c: NativeColor) => {
  const hex = c.hex.replace('#', '');
  const alpha = Math.round(c.alpha * 255)
    .toString(16)
    .padStart(2, '0');
  return `Color(0x${(alpha + hex.slice(0, 6)).toUpperCase()})`;
};

/** A Kotlin string literal: JSON's escapes, and `$` escaped so it never starts a string template. */
const kotlinString = (text: string) => JSON.stringify(text).replaceAll('$', '\\$');

/** Lengths of text (font sizes, tracking, line heights, the typography group) are sp, others dp. */
const isTextLength = (token: TokenDefinition) =>
  tokenGroup(token) === 'typography' ||
  ['font-size', 'letter-spacing', 'line-height'].includes(tokenScale(token) ?? '');

/** A Compose literal for a token, or undefined for types Compose has no single value for. */
function composeLiteral(token: TokenDefinition, value: unknown): string | undefined {
  const type = token.type!;
  const native = toNative(type, value);
  switch (type) {
    case 'color':
      return argb(native as NativeColor);
    case 'dimension':
      return isTextLength(token) ? `${native}.sp` : `${native}.dp`;
    case 'number':
      return `${native}f`;
    case 'duration':
      return `${native}`;
    case 'fontWeight':
      return `FontWeight(${native})`;
    case 'typography': {
      const t = native as { fontSize: number; fontWeight: number; lineHeight: number; letterSpacing: number };
      return (
        `TextStyle(fontSize = ${t.fontSize}.sp, fontWeight = FontWeight(${t.fontWeight}), ` +
        `lineHeight = ${Number((t.fontSize * t.lineHeight).toFixed(2))}.sp, letterSpacing = ` +
        `${t.letterSpacing}.sp)`
      );
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
    for (const { name, tokens } of permutationLiterals(brand, composeLiteral)) {
      out.push(`object Livery${pascalName(name.split('-'))} {`);
      for (const { definition, literal } of tokens) {
        if (definition.description) out.push(`    /** ${definition.description.replaceAll('*/', '*\\/')} */`);
        if (definition.deprecated) out.push(`    @Deprecated(${kotlinString(String(definition.deprecated))})`);
        out.push(`    val ${jsName(definition.path)} = ${literal}`);
      }
      out.push('}', '');
    }
    return out.join('\n');
  },
};
