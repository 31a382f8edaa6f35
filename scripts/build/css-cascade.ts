import type { Brand } from '../resolver/compose-brand.ts';
import { defaultSelection, modifiersOf, type ModifierStep, type Selection } from '../resolver/resolver-model.ts';
import { liveryExtension, referencesIn, type TokenDefinition } from '../tokens/token.ts';
import { cssDeclarations } from './css-declarations.ts';

/**
 * Plans the CSS for every permutation of the resolver as one cascade:
 *
 *   :root                          every token of the default permutation (references as var())
 *   [data-<modifier>="<context>"]  per modifier, each context declares the tokens that any context
 *                                  of that modifier changes, plus the tokens built on them (custom
 *                                  properties resolve var() where they are declared, so dependents
 *                                  must be re-declared to follow a nested switch)
 *   @media (…)                     contexts mapped to a media query apply on :root when the page
 *                                  sets no attribute of that modifier (an explicit attribute wins)
 *   [a][b], [a] [b], [b] [a]       only where two contexts of different modifiers would otherwise
 *                                  disagree with the resolver's order
 *
 * Size grows with the number of overridden tokens, not with the number of permutations.
 */
export interface CssRule {
  selectors: string[];
  declarations: [string, string][];
  media?: string;
  comment?: string;
}

export interface CascadeOptions {
  /** Emit colors that differ only between the `light` and `dark` contexts as light-dark(). */
  lightDark?: { modifier: string; light: string; dark: string };
}

type Declarations = Map<string, [string, string][]>;

export function planCascade(brand: Brand, options: CascadeOptions = {}): CssRule[] {
  const defaults = defaultSelection(brand.resolver);
  const modifiers = modifiersOf(brand.resolver);
  const dependents = dependentsIndex(brand);
  const lightDark = lightDarkPlanner(brand, options.lightDark);

  const declarationsFor = (selection: Selection, names: Iterable<string>): Declarations => {
    const raw = brand.rawFor(selection);
    const combined = lightDark(selection);
    const out: Declarations = new Map();
    for (const name of names) {
      const definition = raw.get(name)!;
      const pair = combined.get(name);
      out.set(name, pair ? [[cssDeclarations(definition)[0]![0], pair]] : cssDeclarations(definition));
    }
    return out;
  };

  const rules: CssRule[] = [];
  const rootDeclarations = [...declarationsFor(defaults, brand.tokens.keys()).values()].flat();
  // light-dark() picks by the used color-scheme: the root must start in the default context's
  // scheme (the media rules below switch it), or a dark system would darken the default theme.
  const schemeModifier = options.lightDark ? modifiers.find((m) => m.name === options.lightDark!.modifier) : undefined;
  const rootScheme = schemeModifier ? colorSchemes(schemeModifier)[schemeModifier.defaultContext] : undefined;
  if (rootScheme) rootDeclarations.unshift(['color-scheme', rootScheme]);
  rules.push({ selectors: [':root'], declarations: rootDeclarations, comment: 'Default permutation' });

  // Per modifier: the tokens its contexts touch, and each context's declarations of them.
  const touched = new Map<string, string[]>();
  const contextDeclarations = new Map<string, Declarations>();
  for (const modifier of modifiers) {
    const changed = new Set<string>();
    for (const layer of brand.contexts)
      if (layer.modifier === modifier.name) for (const name of layer.changes.keys()) changed.add(name);
    const names = closure(changed, dependents, brand);
    touched.set(modifier.name, names);
    const media = mediaQueries(modifier);
    const schemes = colorSchemes(modifier);
    if (names.length === 0) continue;
    for (const context of modifier.contexts.keys()) {
      const declarations = declarationsFor({ ...defaults, [modifier.name]: context }, names);
      contextDeclarations.set(`${modifier.name}:${context}`, declarations);
      const list = [...declarations.values()].flat();
      if (schemes[context]) list.unshift(['color-scheme', schemes[context]!]);
      if (media[context]) {
        rules.push({
          media: media[context],
          selectors: [`:root:where(:not([data-${modifier.name}]))`],
          declarations: list,
          comment: `${modifier.name}: ${context}, from the user's system preference`,
        });
      }
      rules.push({
        selectors: [attribute(modifier.name, context)],
        declarations: list,
        comment: `${modifier.name}: ${context}`,
      });
    }
  }

  // Pairs of contexts from different modifiers whose single-context rules would disagree with
  // the resolver when both apply (on one element, or nested either way).
  for (let i = 0; i < modifiers.length; i++) {
    for (let j = i + 1; j < modifiers.length; j++) {
      const [first, second] = [modifiers[i]!, modifiers[j]!];
      for (const c1 of first.contexts.keys()) {
        for (const c2 of second.contexts.keys()) {
          const d1 = contextDeclarations.get(`${first.name}:${c1}`);
          const d2 = contextDeclarations.get(`${second.name}:${c2}`);
          if (!d1 || !d2) continue;
          const names = new Set([...d1.keys(), ...d2.keys()]);
          const expected = declarationsFor({ ...defaults, [first.name]: c1, [second.name]: c2 }, names);
          const conflicts: [string, string][] = [];
          for (const name of names) {
            const want = JSON.stringify(expected.get(name));
            if (
              (d1.has(name) && JSON.stringify(d1.get(name)) !== want) ||
              (d2.has(name) && JSON.stringify(d2.get(name)) !== want)
            ) {
              conflicts.push(...expected.get(name)!);
            }
          }
          if (conflicts.length === 0) continue;
          const a = attribute(first.name, c1);
          const b = attribute(second.name, c2);
          rules.push({
            selectors: [`${a}${b}`, nearest(first.name, c1, b), nearest(second.name, c2, a)],
            declarations: conflicts,
            comment: `${first.name}: ${c1} with ${second.name}: ${c2}`,
          });
          const media = mediaQueries(first)[c1];
          if (media) {
            const root = `:root:where(:not([data-${first.name}]))`;
            // The system preference holds only where no element up the tree sets the modifier.
            rules.push({
              media,
              selectors: [`${root}${b}`, `${root} ${b}:not([data-${first.name}], [data-${first.name}] *)`],
              declarations: conflicts,
              comment: `${first.name}: ${c1} (system preference) with ${second.name}: ${c2}`,
            });
          }
        }
      }
    }
  }

  const reduced = reducedMotionDeclarations(brand);
  if (reduced.length > 0) {
    const selectors = [':root', ...modifiers.map((m) => `[data-${m.name}]`)];
    rules.push({
      media: '(prefers-reduced-motion: reduce)',
      selectors,
      declarations: reduced,
      comment: 'Motion tokens collapse to their reduced-motion values',
    });
  }
  return rules;
}

/** `[data-theme="dark"]`: the selector of one context (the attribute is the modifier's name). */
export const attribute = (modifier: string, context: string) => `[data-${modifier}="${context}"]`;

/**
 * `inner` on an element whose nearest `data-<modifier>` up the tree is `context`: not set on the
 * element itself, and not reset by an element in between (an inner `data-theme="light"` inside
 * `data-theme="dark"` must not take the dark pair's values).
 */
function nearest(modifier: string, context: string, inner: string): string {
  const outer = attribute(modifier, context);
  return `${outer} ${inner}:not([data-${modifier}]):not(${outer} [data-${modifier}]:not(${outer}) *)`;
}

function stringMap(modifier: ModifierStep, key: string): Record<string, string> {
  const value = liveryExtension(modifier)[key];
  return value && typeof value === 'object' ? (value as Record<string, string>) : {};
}
/** Context → media query, from the modifier's `org.livery.media` extension. */
export const mediaQueries = (modifier: ModifierStep) => stringMap(modifier, 'media');
/** Context → `color-scheme` value, from the modifier's `org.livery.colorScheme` extension. */
export const colorSchemes = (modifier: ModifierStep) => stringMap(modifier, 'colorScheme');

/** name → tokens that reference it, over the default permutation and every context. */
function dependentsIndex(brand: Brand): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  const add = (definition: TokenDefinition) => {
    for (const ref of referencesIn(definition.value)) {
      let set = index.get(ref);
      if (!set) index.set(ref, (set = new Set()));
      set.add(definition.name);
    }
  };
  for (const definition of brand.tokens.values()) add(definition);
  for (const layer of brand.contexts) for (const definition of layer.changes.values()) add(definition);
  return index;
}

/** The changed tokens and everything built on them, in the brand's source order. */
function closure(changed: Set<string>, dependents: Map<string, Set<string>>, brand: Brand): string[] {
  const all = new Set(changed);
  const queue = [...changed];
  while (queue.length > 0) {
    for (const dependent of dependents.get(queue.pop()!) ?? []) {
      if (!all.has(dependent)) {
        all.add(dependent);
        queue.push(dependent);
      }
    }
  }
  return [...brand.tokens.keys()].filter((name) => all.has(name));
}

function reducedMotionDeclarations(brand: Brand): [string, string][] {
  const declarations: [string, string][] = [];
  for (const token of brand.tokens.values()) {
    const reduced = liveryExtension(token).reducedMotion;
    if (reduced !== undefined) declarations.push(...cssDeclarations({ ...token, value: reduced }));
  }
  return declarations;
}

/**
 * For a permutation, the colors to write as `light-dark(<light>, <dark>)`: only when the
 * permutation's context of the light-dark modifier is the light or the dark one, and then the pair
 * is that permutation with the light and with the dark context. Any other context (high contrast,
 * one a brand author adds) is written with plain values, because light-dark() would pick one of
 * the two by its color-scheme and lose the context's own colors. Without a resolver that maps the
 * two contexts to `colorScheme` light and dark, nothing is combined (plain values stay correct).
 */
function lightDarkPlanner(
  brand: Brand,
  options: CascadeOptions['lightDark'],
): (selection: Selection) => Map<string, string> {
  const none = new Map<string, string>();
  if (!options) return () => none;
  const modifier = modifiersOf(brand.resolver).find((m) => m.name === options.modifier);
  // light-dark() is only sound where the two contexts set the matching color-scheme.
  const schemes = modifier ? colorSchemes(modifier) : {};
  if (schemes[options.light] !== 'light' || schemes[options.dark] !== 'dark') return () => none;
  const cache = new Map<string, Map<string, string>>();
  return (selection) => {
    const context = selection[options.modifier];
    if (context !== options.light && context !== options.dark) return none;
    const light = { ...selection, [options.modifier]: options.light };
    const key = JSON.stringify(light);
    let combined = cache.get(key);
    if (!combined) {
      combined = new Map();
      const lightRaw = brand.rawFor(light);
      const darkRaw = brand.rawFor({ ...selection, [options.modifier]: options.dark });
      for (const [name, definition] of lightRaw) {
        if (definition.type !== 'color') continue;
        const other = darkRaw.get(name)!;
        if (JSON.stringify(other.value) === JSON.stringify(definition.value)) continue;
        combined.set(name, `light-dark(${cssDeclarations(definition)[0]![1]}, ${cssDeclarations(other)[0]![1]})`);
      }
      cache.set(key, combined);
    }
    return combined;
  };
}

export function printCss(rules: CssRule[], header: string): string {
  const out = [header];
  for (const rule of rules) {
    const indent = rule.media ? '  ' : '';
    const body = rule.declarations.map(([p, v]) => `${indent}  ${p}: ${v};`).join('\n');
    const block = `${indent}${rule.selectors.join(`,\n${indent}`)} {\n${body}\n${indent}}`;
    const comment = rule.comment ? `/* ${rule.comment} */\n` : '';
    out.push(rule.media ? `${comment}@media ${rule.media} {\n${block}\n}` : `${comment}${block}`);
  }
  return `${out.join('\n\n')}\n`;
}
