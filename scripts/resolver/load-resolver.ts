import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Diagnostics } from '../diagnostics.ts';
import { parseLocatedJson, valueAtPointer, type LocatedJson } from './located-json.ts';
import type { ModifierStep, ResolutionStep, ResolverModel, SetStep, TokenSource } from './resolver-model.ts';

export const RESOLVER_VERSION = '2025.10';
const TOP_LEVEL_KEYS = new Set([
  '$schema',
  'name',
  'version',
  'description',
  'sets',
  'modifiers',
  'resolutionOrder',
  '$defs',
  '$extensions',
]);

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Reads a DTCG 2025.10 resolver document and follows every `$ref`. All problems are recorded in
 * `diagnostics`; the returned model is only usable when no error was recorded.
 */
export function loadResolver(resolverFile: string, diagnostics: Diagnostics): ResolverModel | undefined {
  const file = relative(process.cwd(), resolverFile) || resolverFile;
  let text: string;
  try {
    text = readFileSync(resolverFile, 'utf8');
  } catch {
    diagnostics.error({
      group: 'resolver',
      file,
      message: 'the resolver file does not exist or cannot be read',
      fix: 'create tokens/livery.resolver.json or pass --resolver <file>',
    });
    return undefined;
  }
  const json = parseLocatedJson(file, text, 'resolver', diagnostics);
  if (!json) return undefined;
  return new ResolverReader(file, json, diagnostics).read();
}

class ResolverReader {
  private readonly root: Record<string, unknown>;
  private readonly dir: string;
  private readonly file: string;
  private readonly json: LocatedJson;
  private readonly diagnostics: Diagnostics;

  constructor(file: string, json: LocatedJson, diagnostics: Diagnostics) {
    this.file = file;
    this.json = json;
    this.diagnostics = diagnostics;
    this.root = isObject(json.value) ? json.value : {};
    this.dir = dirname(file);
  }

  read(): ResolverModel | undefined {
    if (!isObject(this.json.value)) {
      this.error('#', 'a resolver must be a JSON object', 'start from the example in tokens/README.md');
      return undefined;
    }
    const root = this.root;
    if (root.version !== RESOLVER_VERSION) {
      this.error(
        '#/version',
        `"version" is ${JSON.stringify(root.version)}, but Livery reads DTCG resolvers of version "${RESOLVER_VERSION}"`,
        `set "version": "${RESOLVER_VERSION}" and check the document against that version of the spec`,
      );
    }
    for (const key of Object.keys(root)) {
      if (!TOP_LEVEL_KEYS.has(key))
        this.warn(
          `#/${key}`,
          `unknown resolver property "${key}" is ignored`,
          'remove it or move it under $extensions',
        );
    }
    for (const key of ['sets', 'modifiers'] as const) {
      if (root[key] !== undefined && !isObject(root[key]))
        this.error(`#/${key}`, `"${key}" must be an object keyed by name`, `write "${key}": { "<name>": { … } }`);
    }
    const order = root.resolutionOrder;
    if (!Array.isArray(order) || order.length === 0) {
      this.error(
        '#/resolutionOrder',
        '"resolutionOrder" must be a non-empty array of sets and modifiers',
        'list the sets and modifiers, e.g. [{ "$ref": "#/sets/primitives" }, { "$ref": "#/modifiers/theme" }]',
      );
      return undefined;
    }
    const steps: ResolutionStep[] = [];
    const seenSets = new Map<string, string>();
    const seenModifiers = new Map<string, string>();
    order.forEach((entry, i) => {
      const at = `#/resolutionOrder/${i}`;
      const step = this.readStep(entry, at);
      if (!step) return;
      const seen = step.kind === 'set' ? seenSets : seenModifiers;
      const previous = seen.get(step.name);
      if (previous !== undefined) {
        if (step.kind === 'set') {
          this.error(
            at,
            `the set "${step.name}" is listed twice in resolutionOrder (also at ${previous})`,
            'keep one entry; a set applied twice would silently override the layers between its two positions',
          );
        } else {
          this.error(
            at,
            `two modifiers are named "${step.name}" (also at ${previous})`,
            'give each modifier a unique name; a page selects contexts by modifier name',
          );
        }
        return;
      }
      seen.set(step.name, at);
      steps.push(step);
    });
    const model: ResolverModel = { file: this.file, order: steps, lineOf: (pointer) => this.json.lineOf(pointer) };
    if (typeof root.name === 'string') model.name = root.name;
    if (typeof root.description === 'string') model.description = root.description;
    return model;
  }

  private readStep(entry: unknown, at: string): ResolutionStep | undefined {
    if (!isObject(entry)) {
      this.error(
        at,
        'each resolutionOrder entry must be an object: a { "$ref" } to a set or modifier, or an inline set/modifier',
        'write { "$ref": "#/sets/<name>" }',
      );
      return undefined;
    }
    if (typeof entry.$ref === 'string') {
      const match = /^#\/(sets|modifiers)\/([^/]+)$/.exec(entry.$ref);
      if (!match) {
        this.error(
          at,
          `$ref ${JSON.stringify(entry.$ref)} must point at "#/sets/<name>" or "#/modifiers/<name>"`,
          'point the $ref at a set or modifier declared in this file',
        );
        return undefined;
      }
      const [, kind, name] = match as unknown as [string, 'sets' | 'modifiers', string];
      const definition = valueAtPointer(this.root, entry.$ref);
      if (!isObject(definition)) {
        const known = Object.keys(isObject(this.root[kind]) ? (this.root[kind] as object) : {});
        this.error(
          at,
          `$ref ${JSON.stringify(entry.$ref)} points at nothing`,
          known.length
            ? `use one of ${known.map((k) => `#/${kind}/${k}`).join(', ')}`
            : `declare "${kind}": { "${name}": … }`,
        );
        return undefined;
      }
      return kind === 'sets'
        ? this.readSet(name, definition, entry.$ref)
        : this.readModifier(name, definition, entry.$ref);
    }
    const name = typeof entry.name === 'string' ? entry.name : undefined;
    if (!name) {
      this.error(
        at,
        'an inline set or modifier needs a "name"',
        'add "name": "<name>" or move it under "sets"/"modifiers" and $ref it',
      );
      return undefined;
    }
    if (entry.type === 'modifier' || (entry.type === undefined && isObject(entry.contexts))) {
      if (isObject(this.root.modifiers) && Object.hasOwn(this.root.modifiers, name)) {
        this.error(at, `two modifiers are named "${name}" (also at #/modifiers/${name})`, 'rename the inline modifier');
        return undefined;
      }
      return this.readModifier(name, entry, at);
    }
    return this.readSet(name, entry, at);
  }

  private readSet(name: string, definition: Record<string, unknown>, at: string): SetStep | undefined {
    if (!Array.isArray(definition.sources)) {
      this.error(
        `${at}/sources`,
        `set "${name}" needs a "sources" array`,
        'list its token files: "sources": [{ "$ref": "primitives/color.tokens.json" }]',
      );
      return undefined;
    }
    const step: SetStep = { kind: 'set', name, sources: this.readSources(definition.sources, `${at}/sources`, [at]) };
    if (typeof definition.description === 'string') step.description = definition.description;
    return step;
  }

  private readModifier(name: string, definition: Record<string, unknown>, at: string): ModifierStep | undefined {
    if (!isObject(definition.contexts) || Object.keys(definition.contexts).length === 0) {
      this.error(
        `${at}/contexts`,
        `modifier "${name}" needs a non-empty "contexts" object`,
        'write "contexts": { "light": [], "dark": [{ "$ref": "themes/dark.tokens.json" }] }',
      );
      return undefined;
    }
    const contexts = new Map<string, TokenSource[]>();
    for (const [context, sources] of Object.entries(definition.contexts)) {
      const contextAt = `${at}/contexts/${context}`;
      if (!Array.isArray(sources)) {
        this.error(
          contextAt,
          `context "${context}" must be an array of sources`,
          'write [] for a context that changes nothing, or [{ "$ref": "<file>" }]',
        );
        continue;
      }
      contexts.set(context, this.readSources(sources, contextAt, [at]));
    }
    const contextNames = Object.keys(definition.contexts);
    let defaultContext = definition.default;
    if (defaultContext === undefined) {
      defaultContext = contextNames[0];
      this.warn(
        `${at}/default`,
        `modifier "${name}" has no "default"; "${String(defaultContext)}" is used`,
        `add "default": "${String(defaultContext)}"`,
      );
    } else if (typeof defaultContext !== 'string' || !contextNames.includes(defaultContext)) {
      this.error(
        `${at}/default`,
        `the default ${JSON.stringify(defaultContext)} of modifier "${name}" is not one of its contexts (${contextNames.join(', ')})`,
        `set "default" to one of ${contextNames.map((c) => `"${c}"`).join(', ')}`,
      );
      return undefined;
    }
    const step: ModifierStep = { kind: 'modifier', name, contexts, defaultContext: defaultContext as string };
    if (typeof definition.description === 'string') step.description = definition.description;
    if (isObject(definition.$extensions)) step.extensions = definition.$extensions;
    return step;
  }

  /** Follows $refs to files (with optional pointer) and to sets, contexts or $defs in this document. */
  private readSources(sources: unknown[], at: string, visiting: string[]): TokenSource[] {
    const result: TokenSource[] = [];
    sources.forEach((source, i) => {
      const sourceAt = `${at}/${i}`;
      if (!isObject(source)) {
        this.error(
          sourceAt,
          'a source must be { "$ref": "<file>" } or an inline token group',
          'write { "$ref": "<file>.tokens.json" }',
        );
        return;
      }
      if (typeof source.$ref !== 'string') {
        result.push({ file: this.file, inline: source, from: sourceAt });
        return;
      }
      const ref = source.$ref;
      if (ref.startsWith('#')) {
        if (visiting.includes(ref)) {
          this.error(
            sourceAt,
            `$ref cycle: ${[...visiting, ref].join(' → ')}`,
            'remove one of the $refs so that no source includes itself',
          );
          return;
        }
        const target = valueAtPointer(this.root, ref);
        if (target === undefined) {
          this.error(
            sourceAt,
            `$ref ${JSON.stringify(ref)} points at nothing in this document`,
            'fix the pointer (JSON pointers escape "/" as "~1")',
          );
        } else if (Array.isArray(target)) {
          result.push(...this.readSources(target, ref, [...visiting, ref]));
        } else if (isObject(target) && Array.isArray(target.sources)) {
          result.push(...this.readSources(target.sources, `${ref}/sources`, [...visiting, ref]));
        } else if (isObject(target)) {
          result.push({ file: this.file, inline: target, from: sourceAt });
        } else {
          this.error(
            sourceAt,
            `$ref ${JSON.stringify(ref)} points at a ${typeof target}, not sources or a token group`,
            'point it at a set, a context or a group under $defs',
          );
        }
        return;
      }
      const [path, pointer] = ref.split('#', 2) as [string, string | undefined];
      const file = join(this.dir, path);
      if (!existsSync(file)) {
        this.error(
          sourceAt,
          `$ref ${JSON.stringify(ref)}: the file ${file} does not exist`,
          'fix the path (it is relative to the resolver file) or create the file',
        );
        return;
      }
      const tokenSource: TokenSource = { file, from: sourceAt };
      if (pointer) tokenSource.pointer = `#${pointer}`;
      result.push(tokenSource);
    });
    return result;
  }

  private error(pointer: string, message: string, fix: string): void {
    this.diagnostics.error(this.at(pointer, message, fix));
  }

  private warn(pointer: string, message: string, fix: string): void {
    this.diagnostics.warn(this.at(pointer, message, fix));
  }

  /** A diagnostic at a JSON pointer of the resolver, on its line (or its parent's). */
  private at(pointer: string, message: string, fix: string) {
    const line = this.json.lineOf(pointer) ?? this.parentLine(pointer);
    return { group: 'resolver' as const, file: this.file, at: pointer, line, message, fix };
  }

  private parentLine(pointer: string): number | undefined {
    let p = pointer;
    while (p.includes('/')) {
      p = p.slice(0, p.lastIndexOf('/'));
      const line = this.json.lineOf(p);
      if (line) return line;
    }
    return undefined;
  }
}
