import { closestNames, type Diagnostics } from '../diagnostics.ts';
import { TOKEN_TYPES } from '../tokens/token-types.ts';
import { referenceName, referencesIn, type TokenDefinition } from '../tokens/token.ts';

/**
 * Replaces every `{a.b}` reference with the referenced token's resolved value. Missing targets,
 * cycles and references to a token of the wrong type are reported once each (`reported` is shared
 * across permutations) with the permutation they break.
 */
export function resolveTokens(
  tokens: Map<string, TokenDefinition>,
  diagnostics: Diagnostics,
  reported: Set<string>,
  permutation: string,
): Map<string, unknown> {
  const resolved = new Map<string, unknown>();
  const failed = new Set<string>();
  const stack: string[] = [];
  const onStack = new Set<string>();

  const report = (key: string, token: TokenDefinition, message: string, fix: string) => {
    if (reported.has(key)) return;
    reported.add(key);
    diagnostics.error({ group: 'tokens', file: token.file, at: token.name, message, fix });
  };

  const visit = (name: string): unknown => {
    if (resolved.has(name)) return resolved.get(name);
    if (failed.has(name)) return undefined;
    const token = tokens.get(name)!;
    // Already reported (a bad $value or $type): it has no value, and saying so again helps no one.
    if (token.invalid) {
      failed.add(name);
      return undefined;
    }
    if (referencesIn(token.value).length === 0) {
      resolved.set(name, token.value);
      return token.value;
    }
    stack.push(name);
    onStack.add(name);
    let ok = true;
    const substitute = (value: unknown, expectedType: string | undefined): unknown => {
      const ref = referenceName(value);
      if (ref !== undefined) {
        const target = tokens.get(ref);
        if (!target) {
          const suggestion = closestNames(ref, tokens.keys());
          report(
            `missing:${token.file}:${name}:${ref}`,
            token,
            `"{${ref}}" refers to a token that does not exist${permutation.includes('=') ? ` (in ${permutation})` : ''}`,
            suggestion.length ? `did you mean {${suggestion[0]}}?` : 'define the token or fix the reference',
          );
          ok = false;
          return undefined;
        }
        if (onStack.has(ref)) {
          const cycle = [...stack.slice(stack.indexOf(ref)), ref];
          report(
            `cycle:${[...cycle].sort().join(',')}`,
            token,
            `reference cycle: ${cycle.join(' → ')}`,
            'break the cycle: one of these tokens must hold a value instead of a reference',
          );
          ok = false;
          return undefined;
        }
        if (expectedType && target.type && target.type !== expectedType && !target.invalid) {
          report(
            `type:${token.file}:${name}:${ref}`,
            token,
            `"{${ref}}" is a ${target.type} token, but a ${expectedType} is needed here`,
            `refer to a ${expectedType} token instead`,
          );
          ok = false;
          return undefined;
        }
        const value = visit(ref);
        if (value === undefined) ok = false;
        return value;
      }
      if (Array.isArray(value))
        return value.map((item) => substitute(item, expectedType === token.type ? undefined : expectedType));
      if (value && typeof value === 'object') {
        const fields = TOKEN_TYPES[token.type ?? '']?.fieldTypes;
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, fields?.[k])]));
      }
      return value;
    };
    // A whole-value reference must point at a token of the same type; a composite's fields
    // (and a shadow's or gradient's layers) are checked against the composite's field types.
    const whole = referenceName(token.value) !== undefined;
    const value = Array.isArray(token.value)
      ? token.value.map((layer) =>
          referenceName(layer) ? substitute(layer, token.type) : substitute(layer, undefined),
        )
      : substitute(token.value, whole ? token.type : undefined);
    stack.pop();
    onStack.delete(name);
    if (!ok) {
      failed.add(name);
      return undefined;
    }
    resolved.set(name, value);
    return value;
  };

  for (const name of tokens.keys()) visit(name);
  return resolved;
}
