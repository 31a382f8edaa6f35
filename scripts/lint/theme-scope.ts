/**
 * Which theme (and brand) a literal is written for, from where it sits: the selectors and at-rule
 * preludes around a CSS declaration (`@media (prefers-color-scheme: dark)`, `[data-theme="dark"]`,
 * `.dark`, `:host-context(.dark)`) or the names of the JS objects around a value (`darkTheme`,
 * `themes.dark`). The markers come from the catalogue's modifiers (their contexts, attribute and
 * media queries), so a brand with a `high-contrast` or `campaign` context is recognised too.
 */
import type { Catalogue } from '../catalogue/catalogue.ts';
import type { CatalogueModifier } from '../catalogue/catalogue-schema.ts';
import { permutationName } from '../catalogue/permutations.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Marker {
  modifier: string;
  context: string;
  css: RegExp;
  /** Words of a JS name (`darkTheme` → dark, theme). */
  word: string;
}

function markersOf(modifiers: CatalogueModifier[]): Marker[] {
  const out: Marker[] = [];
  for (const m of modifiers) {
    for (const context of m.contexts) {
      if (context === m.default) continue;
      const c = escape(context);
      const attribute =
        `\\[\\s*(?:${escape(m.attribute)}|[\\w-]*(?:theme|mode|scheme|${escape(m.name)}` +
        `)[\\w-]*)\\s*[~|^$*]?=\\s*["']?${c}["']?\\s*(?:i\\s*)?\\]`;
      const klass = `\\.(?:${escape(m.name)}-|is-)?${c}(?:-(?:mode|theme|${escape(m.name)}))?(?![\\w-])`;
      const media = m.media[context] ? `|${escape(m.media[context]!.replace(/\s+/g, ''))}` : '';
      out.push({
        modifier: m.name,
        context,
        css: new RegExp(`${attribute}|${klass}${media}`, 'i'),
        word: context.replace(/-/g, '').toLowerCase(),
      });
    }
  }
  return out;
}

/** Letters and digits only, lower case (`high-contrast` → highcontrast). */
const letters = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

interface ScopeCache {
  markers: Marker[];
  /** Matches a scope that may name a context (undefined: every scope may). */
  needles: RegExp | undefined;
  byScope: Map<string, string[]>;
  /** One array per distinct answer, so callers can key their own caches by its identity. */
  interned: Map<string, string[]>;
  defaults: string[];
  last?: { scope: string; labels: string[] };
}

/**
 * Every way a marker matches (an attribute value, a class, a JS name's words, a media query)
 * spells the letters and digits of its context or its media query in order, whatever is between
 * them and in any case: a scope without such a run names no context and skips the marker regexes.
 * One regex, tested on the scope as it is: lower-casing and stripping every block's selector
 * first allocated two strings per block. Undefined (always test) for a context or query outside
 * printable ASCII, where lower-casing and the regexes' case folding could differ.
 */
function needlesOf(modifiers: CatalogueModifier[]): RegExp | undefined {
  const runs: string[] = [];
  for (const m of modifiers) {
    for (const context of m.contexts) {
      if (context === m.default) continue;
      const media = m.media[context];
      for (const text of media === undefined ? [context] : [context, media]) {
        if (!/^[\x20-\x7e]+$/.test(text) || !letters(text)) return undefined;
        runs.push([...letters(text)].join('[^a-z0-9]*'));
      }
    }
  }
  return runs.length ? new RegExp(runs.join('|'), 'i') : /(?!)/;
}

/** Outside ASCII, lower-casing can make a letter the case-insensitive regex would not match (K, the Kelvin sign, is k). */
const NON_ASCII = /[^\x00-\x7f]/;

function mayNameContext(scope: string, needles: RegExp): boolean {
  return needles.test(scope) || NON_ASCII.test(scope);
}

const cache = new WeakMap<CatalogueModifier[], ScopeCache>();
let lastEntry: { modifiers: CatalogueModifier[]; entry: ScopeCache } | undefined;

/**
 * The permutations a declaration applies to: the default one when its scope names no context; one
 * per named context otherwise (`[data-theme=dark], [data-theme=high-contrast] { … }` names two).
 * Scopes are few per file and repeat across files, so answers are cached.
 */
export function permutationsOfScope(scope: string | undefined, catalogue: Catalogue): string[] {
  const { modifiers } = catalogue;
  // (a run asks about one catalogue, once per color it meets: compared before the WeakMap is asked)
  let entry = modifiers === lastEntry?.modifiers ? lastEntry.entry : cache.get(modifiers);
  if (!entry) {
    const defaults = [permutationName(catalogue, catalogue.defaultSelection())];
    entry = {
      markers: markersOf(modifiers),
      needles: needlesOf(modifiers),
      byScope: new Map(),
      interned: new Map([[defaults[0]!, defaults]]),
      defaults,
    };
    cache.set(modifiers, entry);
  }
  if (lastEntry?.modifiers !== modifiers) lastEntry = { modifiers, entry };
  const key = scope ?? '';
  // declarations of one block share their scope string: the last answer is the likeliest
  if (entry.last?.scope === key) return entry.last.labels;
  const hit = entry.byScope.get(key);
  if (hit) {
    entry.last = { scope: key, labels: hit };
    return hit;
  }
  // most scopes (`.card-title`, `Button`) name no context at all: the default permutation, no regex
  if (!scope || (entry.needles && !mayNameContext(scope, entry.needles))) {
    entry.last = { scope: key, labels: entry.defaults };
    return entry.defaults;
  }
  const defaults = Object.fromEntries(modifiers.map((m) => [m.name, m.default]));
  let selections: Record<string, string>[] = [defaults];
  if (scope) {
    const squeezed = scope.replace(/\s+/g, '');
    const words = new Set(
      scope
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean),
    );
    const joinedWords = scope.toLowerCase().replace(/[^a-z0-9]+/g, '');
    for (const m of modifiers) {
      const named = entry.markers.filter(
        (marker) =>
          marker.modifier === m.name &&
          (marker.css.test(squeezed) ||
            marker.css.test(scope) ||
            (scope.includes('\u0000') &&
              (words.has(marker.word) || (marker.word.length > 6 && joinedWords.includes(marker.word))))),
      );
      if (!named.length) continue;
      selections = selections.flatMap((s) => named.map((marker) => ({ ...s, [m.name]: marker.context })));
    }
  }
  const found = [...new Set(selections.map((s) => permutationName(catalogue, s)))];
  const id = found.join('\u0000');
  let labels = entry.interned.get(id);
  if (!labels) entry.interned.set(id, (labels = found));
  if (entry.byScope.size > 10_000) entry.byScope.clear();
  entry.byScope.set(key, labels);
  entry.last = { scope: key, labels };
  return labels;
}

/** A JS scope is the names of the objects around a value, each followed by NUL (so CSS markers and JS words are told apart). */
export function jsScope(names: string[]): string | undefined {
  const named = names.filter(Boolean);
  return named.length ? named.map((n) => `${n}\u0000`).join('') : undefined;
}
