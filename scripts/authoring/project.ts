import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Catalogue } from '../catalogue/catalogue.ts';
import { readCatalogue } from '../catalogue/read-catalogue.ts';
import { UserError } from '../exit-codes.ts';
import { readResolverText, UnsafeResolverEdit, type ResolverText } from './resolver-edit.ts';

/** The brand an authoring command edits: its resolver (as text, for safe edits) and its built catalogue. */
export interface Project {
  resolverFile: string;
  tokensDir: string;
  resolver: ResolverText;
}

export const DEFAULT_RESOLVER = 'tokens/livery.resolver.json';
export const DEFAULT_CATALOGUE = 'dist/tokens.json';

export class ProjectError extends UserError {}

export function openProject(resolverOption = DEFAULT_RESOLVER): Project {
  const resolverFile = resolve(resolverOption);
  if (!existsSync(resolverFile)) {
    throw new ProjectError(
      `${resolverOption} does not exist; run \`liverykit init\` to start a brand, or pass --resolver <file>`,
    );
  }
  const shown = relative(process.cwd(), resolverFile) || resolverFile;
  return {
    resolverFile,
    tokensDir: dirname(resolverFile),
    resolver: readResolverText(shown, readFileSync(resolverFile, 'utf8')),
  };
}

/** The built catalogue of this brand: commands read tokens through it, never by re-parsing files. */
export function projectCatalogue(catalogueOption?: string): Catalogue {
  const file = resolve(catalogueOption ?? DEFAULT_CATALOGUE);
  if (!existsSync(file))
    throw new ProjectError(
      `${catalogueOption ?? DEFAULT_CATALOGUE} does not exist; run \`liverykit build\` first ` +
        `(the command reads the brand's surfaces and tokens from it) or pass --catalogue <file>`,
    );
  return readCatalogue(file);
}

/** The set new primitives join: "primitives" when the resolver has one, else the first set in resolution order. */
export function primitiveSet(resolver: ResolverText): string {
  const sets = resolver.value.sets;
  if (sets && typeof sets === 'object' && !Array.isArray(sets)) {
    if ('primitives' in sets) return 'primitives';
    const order = Array.isArray(resolver.value.resolutionOrder)
      ? (resolver.value.resolutionOrder as { $ref?: unknown }[])
      : [];
    for (const entry of order) {
      const m = typeof entry?.$ref === 'string' ? /^#\/sets\/([^/]+)$/.exec(entry.$ref) : null;
      if (m && m[1]! in sets) return m[1]!;
    }
    const first = Object.keys(sets)[0];
    if (first) return first;
  }
  throw new UnsafeResolverEdit(
    `${resolver.file} has no "sets" to add a primitives file to; add a set with { "sources": [...] } under "sets" first`,
  );
}

/** Every `$ref` file the resolver mentions, relative to its folder. */
export function listedFiles(resolver: ResolverText): Set<string> {
  const found = new Set<string>();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === '$ref' && typeof x === 'string' && !x.startsWith('#')) found.add(x.split('#')[0]!);
        else walk(x);
      }
    }
  };
  walk(resolver.value);
  return found;
}
