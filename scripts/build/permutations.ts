import type { Brand } from '../resolver/compose-brand.ts';
import { permutationName } from '../catalogue/permutations.ts';
import { defaultSelection, modifiersOf, type Selection } from '../resolver/resolver-model.ts';
import type { TokenDefinition } from '../tokens/token.ts';

export interface NamedPermutation {
  /** Named by the catalogue's one rule (scripts/catalogue/permutations.ts). */
  name: string;
  selection: Selection;
}

/** Every permutation with its name, for outputs that keep one full set per theme. */
export function namedPermutations(brand: Brand): NamedPermutation[] {
  const modifiers = {
    modifiers: modifiersOf(brand.resolver).map((m) => ({ name: m.name, default: m.defaultContext })),
  };
  return brand.selections.map((selection) => ({ name: permutationName(modifiers, selection), selection }));
}

/** Resolved values of a permutation that differ from the default permutation. */
export function differingValues(brand: Brand, selection: Selection): Map<string, unknown> {
  const base = brand.resolve(defaultSelection(brand.resolver));
  const values = brand.resolve(selection);
  const out = new Map<string, unknown>();
  for (const [name, value] of values) {
    const before = base.get(name);
    if (value !== before && JSON.stringify(value) !== JSON.stringify(before)) out.set(name, value);
  }
  return out;
}

/**
 * Each permutation with the tokens a native platform can hold as one literal (`literal` returns
 * undefined for the others), for outputs that write one type per permutation (Swift, Compose).
 */
export function permutationLiterals(
  brand: Brand,
  literal: (definition: TokenDefinition, value: unknown) => string | undefined,
): { name: string; tokens: { definition: TokenDefinition; literal: string }[] }[] {
  return namedPermutations(brand).map(({ name, selection }) => ({
    name,
    tokens: [...brand.resolve(selection)].flatMap(([token, value]) => {
      const definition = brand.tokens.get(token)!;
      const text = literal(definition, value);
      return text === undefined ? [] : [{ definition, literal: text }];
    }),
  }));
}
