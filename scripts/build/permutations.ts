import type { Brand } from '../resolver/compose-brand.ts';
import { defaultSelection, modifiersOf, type Selection } from '../resolver/resolver-model.ts';

export interface NamedPermutation {
  /** `light`, `dark-campaign`…: the first modifier's context, then any other non-default ones. */
  name: string;
  selection: Selection;
}

/** Every permutation with a readable name, for outputs that keep one full set per theme. */
export function namedPermutations(brand: Brand): NamedPermutation[] {
  const defaults = defaultSelection(brand.resolver);
  const [first] = modifiersOf(brand.resolver);
  return brand.selections.map((selection) => {
    const parts = modifiersOf(brand.resolver)
      .filter((m) => m === first || selection[m.name] !== defaults[m.name])
      .map((m) => selection[m.name]!);
    return { name: parts.join('-') || 'default', selection };
  });
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
