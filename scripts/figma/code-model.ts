import { dirname, relative, resolve } from 'node:path';
import type { VariableCodeSyntax, VariableScope } from '@figma/rest-api-spec';
import { Diagnostics } from '../diagnostics.ts';
import { UserError } from '../exit-codes.ts';
import type { Brand } from '../resolver/compose-brand.ts';
import { readTokenFile } from '../tokens/read-token-file.ts';
import { defaultSelection, modifiersOf, type ModifierStep } from '../resolver/resolver-model.ts';
import { referenceName, type TokenDefinition } from '../tokens/token.ts';
import { defaultCodeSyntax, defaultScopes, FIGMA_EXTENSION, figmaTypeOf, toFigmaValue } from './figma-value.ts';
import type { SyncCollection, SyncModel, SyncValue, SyncVariable } from './sync-model.ts';

/**
 * The brand as Figma would see it. The mapping, in both directions:
 * - every token file is a collection, named by its path under the resolver's folder without
 *   `.tokens.json` (`primitives/palette`, `semantic/color`, `brands/campaign`);
 * - the contexts of one modifier (`theme` unless `--modes` names another) are the modes; their
 *   files (`themes/dark.tokens.json`) hold the non-default mode values of tokens that live in
 *   other files, so they are not collections of their own;
 * - a context of any other modifier (`brand: campaign`) is the collection of its file, one mode,
 *   holding the tokens it overrides under the same names.
 */
export interface CodeModel {
  sync: SyncModel;
  brand: Brand;
  resolverDir: string;
  modeModifier: ModifierStep | undefined;
  defaultMode: string;
  /** Tokens that cannot be Figma variables (composites), and why. */
  skipped: { name: string; reason: string }[];
  /** Collection where a name is defined first (aliases point there). */
  homeCollection: Map<string, string>;
  /** Collections that hold a non-mode context's overrides. */
  overrideCollections: Set<string>;
  collectionFile(collection: string): string;
  /** Token file holding `name`'s value in a non-default mode (undefined: the context has no file). */
  modeFile(mode: string, name: string): string | undefined;
  /** The token as code has it now (type and value per mode), for converting Figma values back. */
  definition(collection: string, name: string, mode: string): TokenDefinition | undefined;
  /** Adds a mode Figma has to a collection, filling every variable with its value in that mode. */
  ensureMode(collection: string, mode: string): void;
  /** Every token file the resolver reads (sets and every context), for rewriting references. */
  tokenFiles(): string[];
}

interface ExtensionData {
  scopes?: VariableScope[];
  codeSyntax?: VariableCodeSyntax;
  hiddenFromPublishing?: boolean;
}

function figmaExtension(token: Pick<TokenDefinition, 'extensions'>): ExtensionData {
  const ext = token.extensions?.[FIGMA_EXTENSION];
  return ext && typeof ext === 'object' ? (ext as ExtensionData) : {};
}

export function buildCodeModel(brand: Brand, modesModifier?: string): CodeModel {
  const resolverDir = resolve(dirname(brand.resolver.file));
  const modifiers = modifiersOf(brand.resolver);
  const modeModifier = modesModifier
    ? modifiers.find((m) => m.name === modesModifier)
    : (modifiers.find((m) => m.name === 'theme') ?? modifiers[0]);
  if (modesModifier && !modeModifier)
    throw new UserError(
      `--modes ${modesModifier}: the resolver has no modifier of that name (it has ${modifiers.map((m) => m.name).join(', ') || 'none'})`,
    );
  const defaultMode = modeModifier?.defaultContext ?? 'default';
  const defaults = defaultSelection(brand.resolver);
  const collectionOf = (file: string) =>
    relative(resolverDir, resolve(file))
      .replace(/\\/g, '/')
      .replace(/\.tokens\.json$/, '');
  const skipped: CodeModel['skipped'] = [];
  const collections = new Map<string, SyncCollection>();
  const homeCollection = new Map<string, string>();
  const overrideCollections = new Set<string>();
  const definitions = new Map<string, Map<string, TokenDefinition>>();

  const rawIn = (mode: string) => brand.rawFor(modeModifier ? { ...defaults, [modeModifier.name]: mode } : defaults);
  const collectionNamed = (name: string): SyncCollection => {
    let collection = collections.get(name);
    if (!collection) collections.set(name, (collection = { name, modes: [defaultMode], variables: new Map() }));
    return collection;
  };

  const variableOf = (token: TokenDefinition, collection: string): SyncVariable | undefined => {
    const resolvedType = figmaTypeOf(token.type, token.value);
    if (!resolvedType) {
      skipped.push({ name: token.name, reason: `${token.type} tokens have no Figma variable type` });
      return undefined;
    }
    if (token.path.some((segment) => segment.includes('/'))) {
      skipped.push({ name: token.name, reason: 'a path segment contains "/", which Figma reads as a group separator' });
      return undefined;
    }
    const ext = figmaExtension(token);
    return {
      name: token.name,
      collection,
      resolvedType,
      description: token.description ?? '',
      scopes: ext.scopes ?? defaultScopes(token.type, token.name, resolvedType),
      codeSyntax: ext.codeSyntax ?? defaultCodeSyntax(token.name),
      hiddenFromPublishing: ext.hiddenFromPublishing ?? false,
      values: new Map(),
    };
  };

  const valueOf = (token: TokenDefinition): SyncValue => {
    const ref = referenceName(token.value);
    return ref ? { alias: ref } : toFigmaValue(token.type!, token.value);
  };

  // Base tokens: each in the collection of the file that defines it in the default permutation.
  const base = rawIn(defaultMode);
  for (const token of base.values()) {
    const collection = collectionOf(token.file);
    const variable = variableOf(token, collection);
    if (!variable) continue;
    homeCollection.set(token.name, collection);
    variable.values.set(defaultMode, valueOf(token));
    collectionNamed(collection).variables.set(token.name, variable);
    remember(definitions, collection, token.name, defaultMode, token);
  }

  // Mode values: a collection gets every mode as soon as a context file declares one of its
  // tokens (even with the default's value: that override is data too, and pull must keep it).
  const declared = new Map<string, Map<string, string>>();
  if (modeModifier) {
    for (const [mode, sources] of modeModifier.contexts) {
      if (mode === defaultMode) continue;
      const files = new Map<string, string>();
      for (const source of sources) {
        if (source.inline || source.pointer) continue;
        for (const token of readTokenFile(source.file, new Diagnostics())) files.set(token.name, resolve(source.file));
      }
      declared.set(mode, files);
      const layer = brand.contexts.find((c) => c.modifier === modeModifier.name && c.context === mode);
      for (const name of new Set([...files.keys(), ...(layer?.changes.keys() ?? [])])) {
        const collection = homeCollection.get(name);
        if (collection) addMode(collectionNamed(collection), mode);
      }
    }
  }
  function addMode(collection: SyncCollection, mode: string): void {
    if (collection.modes.includes(mode)) return;
    collection.modes.push(mode);
    const raw = overrideCollections.has(collection.name) ? undefined : rawIn(mode);
    for (const variable of collection.variables.values()) {
      const token = raw?.get(variable.name) ?? definitions.get(collection.name)?.get(`${variable.name}@${defaultMode}`);
      if (!token) continue;
      const resolvedType = figmaTypeOf(token.type, token.value);
      if (resolvedType !== variable.resolvedType) {
        skipped.push({
          name: token.name,
          reason: `its value in ${mode} has a different Figma type (${resolvedType ?? 'none'}) than in ${defaultMode} (${variable.resolvedType})`,
        });
        continue;
      }
      variable.values.set(mode, valueOf(token));
      remember(definitions, collection.name, token.name, mode, token);
    }
  }
  for (const collection of collections.values()) {
    const modes = modeModifier
      ? [...modeModifier.contexts.keys()].filter((m) => collection.modes.includes(m))
      : collection.modes;
    collection.modes = [defaultMode, ...modes.filter((m) => m !== defaultMode)];
  }

  // Other modifiers' contexts: the overrides each of their files declares form that file's
  // collection (also overrides equal to the default: pull must be able to update them).
  for (const layer of brand.contexts) {
    if (layer.isDefault || layer.modifier === modeModifier?.name) continue;
    const overrides = new Map<string, TokenDefinition>();
    for (const source of modifiers.find((m) => m.name === layer.modifier)?.contexts.get(layer.context) ?? []) {
      if (source.inline || source.pointer) continue;
      for (const token of readTokenFile(source.file, new Diagnostics())) {
        overrides.set(token.name, { ...token, type: token.type ?? base.get(token.name)?.type });
      }
    }
    for (const [name, token] of layer.changes) if (!overrides.has(name)) overrides.set(name, token);
    for (const token of overrides.values()) {
      if (!base.has(token.name)) continue;
      const collection = collectionOf(token.file);
      overrideCollections.add(collection);
      const variable = variableOf(token, collection);
      if (!variable) continue;
      variable.values.set(defaultMode, valueOf(token));
      collectionNamed(collection).variables.set(token.name, variable);
      remember(definitions, collection, token.name, defaultMode, token);
    }
  }

  return {
    sync: { collections },
    brand,
    resolverDir,
    modeModifier,
    defaultMode,
    skipped,
    homeCollection,
    overrideCollections,
    collectionFile: (collection) => resolve(resolverDir, `${collection}.tokens.json`),
    modeFile(mode, name) {
      const layer = brand.contexts.find((c) => c.modifier === modeModifier?.name && c.context === mode);
      const existing = declared.get(mode)?.get(name) ?? layer?.changes.get(name)?.file;
      if (existing) return resolve(existing);
      const first = modeModifier?.contexts.get(mode)?.find((s) => !s.inline && !s.pointer);
      return first ? resolve(first.file) : undefined;
    },
    definition(collection, name, mode) {
      const own = definitions.get(collection);
      return own?.get(`${name}@${mode}`) ?? own?.get(`${name}@${defaultMode}`) ?? brand.tokens.get(name);
    },
    tokenFiles() {
      const sources = brand.resolver.order.flatMap((step) =>
        step.kind === 'set' ? step.sources : [...step.contexts.values()].flat(),
      );
      return [
        ...new Set(sources.filter((source) => !source.inline && !source.pointer).map((source) => resolve(source.file))),
      ];
    },
    ensureMode(collection, mode) {
      const target = collections.get(collection);
      if (target && modeModifier?.contexts.has(mode)) addMode(target, mode);
    },
  };
}

function remember(
  definitions: Map<string, Map<string, TokenDefinition>>,
  collection: string,
  name: string,
  mode: string,
  token: TokenDefinition,
): void {
  let own = definitions.get(collection);
  if (!own) definitions.set(collection, (own = new Map()));
  own.set(`${name}@${mode}`, token);
}
