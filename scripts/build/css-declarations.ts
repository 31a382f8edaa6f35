import { referenceName, type TokenDefinition } from '../tokens/token.ts';
import { compositeFieldToCss, toCss } from './css-value.ts';
import { SUB_PROPERTY_FIELDS } from '../tokens/composite-fields.ts';
import { cssVariableName } from './naming.ts';

/**
 * The custom properties one token emits: its own, plus one per field for composites that
 * components consume piecemeal (a typography's letter-spacing is not part of the font shorthand).
 */
export function cssDeclarations(token: Pick<TokenDefinition, 'path' | 'type' | 'value'>): [string, string][] {
  const name = cssVariableName(token.path);
  const type = token.type!;
  const declarations: [string, string][] = [[name, toCss(type, token.value, 'var')]];
  const fields = SUB_PROPERTY_FIELDS[type];
  if (fields) {
    const ref = referenceName(token.value);
    for (const field of fields) {
      const suffix = field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      const value =
        ref !== undefined
          ? `var(${cssVariableName([...ref.split('.'), suffix])})`
          : compositeFieldToCss(type, field, token.value, 'var');
      if (value !== undefined) declarations.push([`${name}-${suffix}`, value]);
    }
  }
  return declarations;
}

/** Every CSS custom property name a token emits (for collision checks and the catalogue). */
export function cssNamesOf(token: Pick<TokenDefinition, 'path' | 'type'>): string[] {
  const name = cssVariableName(token.path);
  const fields = SUB_PROPERTY_FIELDS[token.type ?? ''] ?? [];
  return [name, ...fields.map((f) => `${name}-${f.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`)];
}
