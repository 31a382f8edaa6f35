/**
 * How a token reference is written where a value sits: `var(--lv-…)` in CSS text, inside JS
 * strings, or the typed token import (`import { spaceFour } from 'liverykit/tokens'`) when the JS
 * fix style is `import`, the literal is exactly the value and no theme or brand changes the token. SVG presentation attributes get no
 * fix: `var()` does not work there.
 */
import type { CatalogueToken } from '../catalogue/catalogue-schema.ts';
import type { Declaration, Fix, RuleContext } from './types.ts';

export function tokenFix(
  context: RuleContext<unknown>,
  declaration: Declaration,
  start: number,
  end: number,
  token: CatalogueToken,
  cssVariable = token.cssVariable,
  negate = false,
): Fix | undefined {
  // a negative length keeps its sign: margin-top: -32px → calc(-1 * var(--lv-space-8))
  const reference = negate ? `calc(-1 * var(${cssVariable}))` : `var(${cssVariable})`;
  const absStart = declaration.offset + start;
  const absEnd = declaration.offset + end;
  // the typed JS token is the default theme's value: only a token no theme or brand changes can be imported
  const importable =
    context.jsFix === 'import' &&
    !negate &&
    cssVariable === token.cssVariable &&
    Object.keys(token.contexts).length === 0;
  const fix = replacement(context, declaration, start, end, token, reference, importable);
  return fix ? { ...fix, token: token.name } : undefined;
}

function replacement(
  context: RuleContext<unknown>,
  declaration: Declaration,
  start: number,
  end: number,
  token: CatalogueToken,
  reference: string,
  importable: boolean,
): Fix | undefined {
  const absStart = declaration.offset + start;
  const absEnd = declaration.offset + end;
  switch (declaration.syntax) {
    case 'css':
      return { start: absStart, end: absEnd, text: reference };
    case 'js-string': {
      const whole = declaration.value.trim() === declaration.value.slice(start, end);
      if (importable && whole && declaration.literal) {
        return {
          start: declaration.literal.start,
          end: declaration.literal.end,
          text: token.jsName,
          imports: [token.jsName],
        };
      }
      return { start: absStart, end: absEnd, text: reference };
    }
    case 'tailwind': {
      // a class name has no spaces; a var() alone needs the type hint (`bg-[color:var(--lv-…)]`)
      const whole =
        declaration.value.slice(0, start).trim() === '' && declaration.value.slice(end).trim() === '' && start === 0;
      return {
        start: absStart,
        end: absEnd,
        text: `${whole && token.type === 'color' ? 'color:' : ''}${reference.replace(/ /g, '_')}`,
      };
    }
    case 'js-number':
      if (!declaration.literal) return undefined;
      if (importable)
        return {
          start: declaration.literal.start,
          end: declaration.literal.end,
          text: token.jsName,
          imports: [token.jsName],
        };
      return { start: declaration.literal.start, end: declaration.literal.end, text: `'${reference}'` };
    default:
      return undefined;
  }
}

/** The docs address of a rule: its README inside the package. */
export function ruleDocsUrl(id: string): string {
  return `scripts/lint/rules/${id}/README.md`;
}
