import { relative } from 'node:path';
import { closestNames, type Diagnostics } from '../diagnostics.ts';
import { readTokenFile } from '../tokens/read-token-file.ts';
import {
  deprecationReplacement,
  liveryExtension,
  referenceName,
  referencesIn,
  type TokenDefinition,
} from '../tokens/token.ts';
import {
  allSelections,
  defaultSelection,
  modifiersOf,
  selectionId,
  type ModifierStep,
  type ResolverModel,
  type Selection,
  type TokenSource,
} from './resolver-model.ts';
import { resolveTokens } from './resolve-values.ts';
import { checkTypeConsistency } from './type-consistency.ts';
import { TokenLines } from '../tokens/token-lines.ts';

/** The tokens one context changes relative to the default permutation. */
export interface ContextLayer {
  modifier: string;
  context: string;
  isDefault: boolean;
  /** Raw definitions (references kept) of the tokens this context changes. */
  changes: Map<string, TokenDefinition>;
}

/**
 * The brand as the build sees it: the default permutation's tokens, what each context changes,
 * and resolved values for any permutation. Built once per run; every output reads it.
 */
export interface Brand {
  resolver: ResolverModel;
  /** Raw definitions of the default permutation, types filled in, in source order. */
  tokens: Map<string, TokenDefinition>;
  contexts: ContextLayer[];
  selections: Selection[];
  /** Raw definitions for a permutation (default tokens overlaid with each chosen context). */
  rawFor(selection: Selection): Map<string, TokenDefinition>;
  /** Alias-free values for a permutation; memoized. */
  resolve(selection: Selection): Map<string, unknown>;
}

type Layer = { id: string; definitions: TokenDefinition[] };

export function composeBrand(
  resolver: ResolverModel,
  diagnostics: Diagnostics,
  lines = new TokenLines(),
): Brand | undefined {
  const fileCache = new Map<string, TokenDefinition[]>();
  const load = (source: TokenSource): TokenDefinition[] => loadSource(source, fileCache, diagnostics);

  // Every file in resolution order, read once: a token's $type is checked across all of them
  // before layering, so a conflict is reported where the type changed, not at each override.
  const everySource = resolver.order.flatMap((step) =>
    step.kind === 'set' ? step.sources : [...step.contexts.values()].flat(),
  );
  const conflicted = checkTypeConsistency(everySource.flatMap(load), lines, diagnostics);
  for (const definitions of fileCache.values())
    for (const d of definitions) if (conflicted.has(d.name)) d.invalid = true;

  // Every layer in resolution order; a modifier contributes the layer of whichever context is chosen.
  const layersFor = (selection: Selection): Layer[] =>
    resolver.order.map((step) => {
      if (step.kind === 'set') return { id: `set:${step.name}`, definitions: step.sources.flatMap(load) };
      const context = selection[step.name] ?? step.defaultContext;
      return { id: `${step.name}:${context}`, definitions: (step.contexts.get(context) ?? []).flatMap(load) };
    });

  const defaults = defaultSelection(resolver);
  const base = mergeLayers(layersFor(defaults), undefined, diagnostics);
  if (base.size === 0 && !diagnostics.hasErrors()) {
    diagnostics.error({
      group: 'tokens',
      file: resolver.file,
      message: 'the resolver yields no tokens',
      fix: 'list token files in a set',
    });
  }
  checkGroupTokenClashes(fileCache, diagnostics);
  checkMetadataReferences(base, diagnostics);

  const contexts: ContextLayer[] = [];
  for (const modifier of modifiersOf(resolver)) {
    for (const context of modifier.contexts.keys()) {
      const selection = { ...defaults, [modifier.name]: context };
      const declared = new Set((modifier.contexts.get(context) ?? []).flatMap(load).map((d) => d.name));
      const raw =
        context === modifier.defaultContext
          ? base
          : mergeLayers(layersFor(selection), base, diagnostics, modifier, context);
      const changes = new Map<string, TokenDefinition>();
      for (const name of declared) {
        const definition = raw.get(name);
        const original = base.get(name);
        if (definition && original && JSON.stringify(definition.value) !== JSON.stringify(original.value))
          changes.set(name, definition);
      }
      contexts.push({ modifier: modifier.name, context, isDefault: context === modifier.defaultContext, changes });
    }
  }
  // No early return on errors: references are checked too, so one run reports every error.
  // Tokens already reported are `invalid` placeholders, and references to them are not reported again.

  const rawFor = (selection: Selection): Map<string, TokenDefinition> => {
    const merged = new Map(base);
    for (const layer of contexts) {
      if (layer.isDefault || selection[layer.modifier] !== layer.context) continue;
      for (const [name, definition] of layer.changes) merged.set(name, definition);
    }
    return merged;
  };

  // Validate references, types and cycles in every permutation: a reference that only breaks in
  // dark + campaign is still a broken brand.
  const resolved = new Map<string, Map<string, unknown>>();
  const selections = allSelections(resolver);
  const reported = new Set<string>();
  for (const selection of selections) {
    const values = resolveTokens(rawFor(selection), diagnostics, reported, selectionId(resolver, selection));
    resolved.set(selectionId(resolver, selection), values);
  }
  if (diagnostics.hasErrors()) return undefined;

  return {
    resolver,
    tokens: base,
    contexts,
    selections,
    rawFor,
    resolve(selection) {
      const id = selectionId(resolver, selection);
      let values = resolved.get(id);
      if (!values) {
        values = resolveTokens(rawFor(selection), diagnostics, new Set(), id);
        resolved.set(id, values);
      }
      return values;
    },
  };
}

function loadSource(
  source: TokenSource,
  cache: Map<string, TokenDefinition[]>,
  diagnostics: Diagnostics,
): TokenDefinition[] {
  const key = source.inline ? `${source.file}${source.from}` : `${source.file}${source.pointer ?? ''}`;
  let definitions = cache.get(key);
  if (definitions) return definitions;
  if (source.inline) {
    definitions = readTokenFile(source.file, diagnostics, JSON.stringify(source.inline));
  } else if (source.pointer) {
    const whole = readTokenFile(source.file, diagnostics);
    const prefix = source.pointer.replace(/^#\/?/, '').split('/').filter(Boolean);
    definitions = whole
      .filter((d) => prefix.every((segment, i) => d.path[i] === segment))
      .map((d) => ({ ...d, path: d.path.slice(prefix.length), name: d.path.slice(prefix.length).join('.') }));
    if (definitions.length === 0) {
      diagnostics.error({
        group: 'resolver',
        file: relative(process.cwd(), source.file),
        at: source.pointer,
        message: `the pointer ${source.pointer} selects no tokens`,
        fix: `fix the $ref at ${source.from}`,
      });
    }
  } else {
    definitions = readTokenFile(relative(process.cwd(), source.file) || source.file, diagnostics);
  }
  cache.set(key, definitions);
  return definitions;
}

/**
 * Overlays layers in order. With `base` given, the layers belong to a non-default context, and a
 * token that the base lacks, or whose type it changes, is an error: the default permutation
 * would not have it, or consumers would get a different kind of value per theme.
 */
function mergeLayers(
  layers: Layer[],
  base: Map<string, TokenDefinition> | undefined,
  diagnostics: Diagnostics,
  modifier?: ModifierStep,
  context?: string,
): Map<string, TokenDefinition> {
  const merged = new Map<string, TokenDefinition>();
  for (const layer of layers) {
    for (const definition of layer.definitions) {
      const previous = merged.get(definition.name);
      if (previous) {
        // A $type that differs between files was reported by checkTypeConsistency (both are invalid).
        const type = definition.type ?? previous.type;
        merged.set(definition.name, {
          ...previous,
          ...definition,
          type,
          description: definition.description ?? previous.description,
          extensions: definition.extensions ?? previous.extensions,
        });
      } else {
        if (base && modifier && !base.has(definition.name)) {
          const suggestion = closestNames(definition.name, base.keys());
          diagnostics.error({
            group: 'resolver',
            file: definition.file,
            at: definition.name,
            message: `the context "${modifier.name}: ${context}" introduces a token that no set defines, so it would be undefined in the default permutation`,
            fix: suggestion.length
              ? `did you mean ${suggestion[0]}? Otherwise define it in a set first`
              : 'define the token in a set (e.g. semantic) and override it here',
          });
          continue;
        }
        merged.set(definition.name, definition);
      }
    }
  }
  inferAliasTypes(merged, diagnostics);
  return merged;
}

/** Tokens that are bare aliases without $type take the type of what they point at. */
function inferAliasTypes(tokens: Map<string, TokenDefinition>, diagnostics: Diagnostics): void {
  for (const token of tokens.values()) {
    if (token.type || token.invalid) continue;
    const seen = new Set<string>();
    let target: TokenDefinition | undefined = token;
    while (target && !target.type && !target.invalid) {
      const ref = referenceName(target.value);
      if (!ref || seen.has(ref)) break;
      seen.add(ref);
      target = tokens.get(ref);
    }
    if (target?.type) token.type = target.type;
    else if (target?.invalid) token.invalid = true;
    else if (target) {
      diagnostics.error({
        group: 'tokens',
        file: token.file,
        at: token.name,
        message: 'its $type cannot be inferred: it is an alias and its target has no $type',
        fix: 'add "$type" to the token',
      });
    }
  }
}

/** A path cannot be both a token and a group anywhere in the brand, across files. */
function checkGroupTokenClashes(cache: Map<string, TokenDefinition[]>, diagnostics: Diagnostics): void {
  const tokensByName = new Map<string, TokenDefinition>();
  for (const definitions of cache.values())
    for (const d of definitions) if (!tokensByName.has(d.name)) tokensByName.set(d.name, d);
  for (const token of tokensByName.values()) {
    for (let i = 1; i < token.path.length; i++) {
      const prefix = token.path.slice(0, i).join('.');
      const clash = tokensByName.get(prefix);
      if (clash) {
        diagnostics.error({
          group: 'tokens',
          file: token.file,
          at: token.name,
          message: `"${prefix}" is a token in ${clash.file} and a group here`,
          fix: `rename one of them (e.g. move the token to "${prefix}.default")`,
        });
      }
    }
  }
}

/**
 * References outside $value (a reduced-motion value, the replacement a $deprecated message names)
 * are emitted into CSS and JS too, so they must exist like any other reference.
 */
function checkMetadataReferences(tokens: Map<string, TokenDefinition>, diagnostics: Diagnostics): void {
  for (const token of tokens.values()) {
    const reduced = liveryExtension(token).reducedMotion;
    for (const ref of reduced === undefined ? [] : referencesIn(reduced)) {
      if (tokens.has(ref)) continue;
      const suggestion = closestNames(ref, tokens.keys());
      diagnostics.error({
        group: 'tokens',
        file: token.file,
        at: `${token.name} ($extensions.org.livery.reducedMotion)`,
        message: `"{${ref}}" refers to a token that does not exist`,
        fix: suggestion.length ? `did you mean {${suggestion[0]}}?` : 'define the token or fix the reference',
      });
    }
    const replacement = deprecationReplacement(token);
    if (replacement && !tokens.has(replacement)) {
      const suggestion = closestNames(replacement, tokens.keys());
      diagnostics.error({
        group: 'tokens',
        file: token.file,
        at: `${token.name} ($deprecated)`,
        message: `names the replacement {${replacement}}, which does not exist`,
        fix: suggestion.length ? `did you mean {${suggestion[0]}}?` : 'name an existing token as the replacement',
      });
    }
  }
}
