import { toNative, type NativeColor } from '../native-value.ts';
import { jsName, pascalName } from '../naming.ts';
import { permutationLiterals } from '../permutations.ts';
import { GENERATED_HEADER, type LiveryFormat } from './format.ts';

const swiftColor = (c: NativeColor) =>
  `Color(.sRGB, red: ${c.red}, green: ${c.green}, blue: ${c.blue}, opacity: ${c.alpha})`;

/** A SwiftUI literal for a token, or undefined for types SwiftUI has no single value for. */
function swiftLiteral(type: string, value: unknown): string | undefined {
  const native = toNative(type, value);
  switch (type) {
    case 'color':
      return swiftColor(native as NativeColor);
    case 'dimension':
    case 'number':
      return `CGFloat(${native})`;
    case 'duration':
      return `TimeInterval(${(native as number) / 1000})`;
    case 'fontWeight':
      return `CGFloat(${native})`;
    case 'fontFamily':
      return JSON.stringify((native as string[])[0]);
    case 'cubicBezier':
      return `[${(native as number[]).join(', ')}] as [Double]`;
    case 'typography': {
      const t = native as {
        fontFamily: string[];
        fontSize: number;
        fontWeight: number;
        lineHeight: number;
        letterSpacing: number;
      };
      return (
        `LiveryTypography(family: ${JSON.stringify(t.fontFamily[0])}, size: ${t.fontSize}, weight: ` +
        `${t.fontWeight}, lineHeight: ${t.lineHeight}, tracking: ${t.letterSpacing})`
      );
    }
    default:
      return undefined;
  }
}

/** dist/ios/LiveryTokens.swift: one enum of static values per permutation (light, dark, …). */
export const swift: LiveryFormat = {
  name: 'livery/ios/swift',
  create: (brand) => () => {
    const out = [
      `// ${GENERATED_HEADER}`,
      'import SwiftUI',
      '',
      'public struct LiveryTypography: Sendable {',
      '  public let family: String; public let size: CGFloat; public let weight: CGFloat; public let lineHeight: CGFloat; public let tracking: CGFloat',
      '}',
      '',
      'public enum LiveryTokens {',
    ];
    for (const { name, tokens } of permutationLiterals(brand, (definition, value) =>
      swiftLiteral(definition.type!, value),
    )) {
      out.push(`  public enum ${pascalName(name.split('-'))} {`);
      for (const { definition, literal } of tokens) {
        if (definition.description) out.push(`    /// ${definition.description}`);
        if (definition.deprecated)
          out.push(`    @available(*, deprecated, message: ${JSON.stringify(String(definition.deprecated))})`);
        out.push(`    public static let ${jsName(definition.path)} = ${literal}`);
      }
      out.push('  }');
    }
    out.push('}');
    return `${out.join('\n')}\n`;
  },
};
