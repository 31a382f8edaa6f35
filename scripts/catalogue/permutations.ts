import type { Catalogue } from './catalogue.ts';

/**
 * Permutations and their names, asked of the catalogue: the one owner of how a combination of
 * modifier contexts is named (`light`, `dark-campaign`), used by the build's per-permutation
 * outputs, check, lint, contrast, audit, authoring and the docs.
 */

/** One combination of modifier contexts (theme × brand…), with a readable name. */
export interface Permutation {
  /** `light`, `dark-campaign`…: the first modifier's context, then any non-default other ones. */
  name: string;
  selection: Record<string, string>;
}

/** Every permutation of the catalogue's modifiers, the first modifier's contexts varying slowest. */
export function permutationsOf(catalogue: Catalogue): Permutation[] {
  let selections: Record<string, string>[] = [{}];
  for (const m of catalogue.modifiers)
    selections = selections.flatMap((s) => m.contexts.map((c) => ({ ...s, [m.name]: c })));
  return selections.map((selection) => ({ name: permutationName(catalogue, selection), selection }));
}

/** The modifiers in resolution order with their default contexts: a Catalogue, or the build's resolver. */
export interface ModifierDefaults {
  modifiers: readonly { name: string; default: string }[];
}

/** `light`, `dark-campaign`…: the first modifier's context, then every other one that is not its default. */
export function permutationName(source: ModifierDefaults, selection: Record<string, string>): string {
  const parts = source.modifiers
    .filter((m, i) => i === 0 || selection[m.name] !== m.default)
    .map((m) => selection[m.name] ?? m.default);
  return parts.join('-') || 'default';
}

/** `theme:high-contrast` style keys of a selection, to match config entries against. */
export function contextKeys(selection: Record<string, string>): string[] {
  return Object.entries(selection).map(([m, c]) => `${m}:${c}`);
}
