/** Where a layer's tokens come from: a token file (optionally a pointer into it) or an inline group. */
export interface TokenSource {
  /** Token file relative to the working directory, or the resolver file for inline groups. */
  file: string;
  /** JSON pointer inside `file` when the $ref named one (`colors.json#/brand`). */
  pointer?: string;
  inline?: Record<string, unknown>;
  /** Pointer in the resolver that introduced this source, for error messages. */
  from: string;
}

export interface SetStep {
  kind: 'set';
  name: string;
  description?: string;
  sources: TokenSource[];
}

export interface ModifierStep {
  kind: 'modifier';
  name: string;
  description?: string;
  /** Context name → its sources, in declaration order. */
  contexts: Map<string, TokenSource[]>;
  defaultContext: string;
  /** The modifier's `$extensions` (Livery reads `org.livery.media`: context → media query). */
  extensions?: Record<string, unknown>;
}

export type ResolutionStep = SetStep | ModifierStep;

/** A DTCG 2025.10 resolver, validated and with every $ref followed. */
export interface ResolverModel {
  file: string;
  name?: string;
  description?: string;
  order: ResolutionStep[];
  /** The line of a JSON pointer in the resolver file (for messages that say where to edit it). */
  lineOf?(pointer: string): number | undefined;
}

/** One choice per modifier, e.g. `{ theme: 'dark', brand: 'campaign' }`. */
export type Selection = Record<string, string>;

export function modifiersOf(model: ResolverModel): ModifierStep[] {
  return model.order.filter((s): s is ModifierStep => s.kind === 'modifier');
}

export function defaultSelection(model: ResolverModel): Selection {
  return Object.fromEntries(modifiersOf(model).map((m) => [m.name, m.defaultContext]));
}

/** Every combination of contexts, default first. */
export function allSelections(model: ResolverModel): Selection[] {
  let selections: Selection[] = [{}];
  for (const modifier of modifiersOf(model)) {
    const contexts = [
      modifier.defaultContext,
      ...[...modifier.contexts.keys()].filter((c) => c !== modifier.defaultContext),
    ];
    selections = selections.flatMap((s) => contexts.map((c) => ({ ...s, [modifier.name]: c })));
  }
  return selections;
}

/** Stable id of a selection, `theme=dark,brand=campaign`, in resolution order. */
export function selectionId(model: ResolverModel, selection: Selection): string {
  return modifiersOf(model)
    .map((m) => `${m.name}=${selection[m.name] ?? m.defaultContext}`)
    .join(',');
}
