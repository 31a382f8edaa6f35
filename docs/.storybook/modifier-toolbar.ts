import type { TokensData } from '../generate/types.ts';

type DocsModifier = TokensData['modifiers'][number];

/**
 * The toolbar's theme, brand (and any other modifier's) menus, derived from the catalogue's
 * modifiers: a context added to the resolver (`liverykit theme add`) appears here after a build,
 * with no list to keep by hand.
 */
const ICONS: Record<string, string> = { theme: 'contrast', brand: 'paintbrush' };

/** `high-contrast` → `High contrast`. */
export const titleOf = (name: string) => name.charAt(0).toUpperCase() + name.slice(1).replaceAll('-', ' ');

export function modifierGlobalTypes(modifiers: DocsModifier[]) {
  return Object.fromEntries(
    modifiers.map((m) => [
      m.name,
      {
        description: `Livery ${m.name} (${m.attribute})`,
        toolbar: {
          title: titleOf(m.name),
          icon: ICONS[m.name] ?? 'component',
          items: m.contexts.map((c) => ({ value: c, title: c === m.default ? `${titleOf(c)} (default)` : titleOf(c) })),
          dynamicTitle: true,
        },
      },
    ]),
  );
}

export function modifierDefaults(modifiers: DocsModifier[]): Record<string, string> {
  return Object.fromEntries(modifiers.map((m) => [m.name, m.default]));
}
