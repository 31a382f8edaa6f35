import { join, relative, resolve } from 'node:path';
import type { Catalogue } from '../catalogue/catalogue.ts';
import type { CatalogueToken } from '../catalogue/catalogue-schema.ts';
import { DEFAULT_CONFIG, isPrimitiveFile } from '../check/config.ts';
import { LIVERY_EXTENSION } from '../tokens/token.ts';
import { NameCollision } from './authoring-errors.ts';
import { normalizeName } from './color-input.ts';
import type { Project } from './project.ts';
import { insertMember, UnsafeResolverEdit } from './resolver-edit.ts';
import type { PlannedFile } from './write-plan.ts';

/**
 * `livery theme add` and `livery brand add`: a new context of a modifier is a token file (starting
 * from another context's values, ready to edit), one line in the resolver, and for themes the
 * color scheme the CSS declares. Everything else (CSS selectors, docs toolbar, contrast matrix,
 * Figma modes) is derived from the resolver by the commands that read it.
 */
export interface AddContextOptions {
  modifier: string;
  name: string;
  from?: string;
  /** Folder (relative to the resolver) for the new file when no other context of the modifier has one. */
  folder: string;
  /** An explicit path for the new file (it must sit beside the resolver, which lists it). */
  output?: string;
  /** Which tokens the new file starts with, given the modifier's existing contexts. */
  pick(token: CatalogueToken, touchedByModifier: boolean): boolean;
  /** Themes record their color scheme; `scheme` overrides the one of the --from context. */
  colorScheme?: { scheme?: string };
}

export interface AddedContext {
  name: string;
  from: string;
  file: string;
  tokens: number;
  scheme?: string;
  plan: PlannedFile[];
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export function planContext(project: Project, catalogue: Catalogue, options: AddContextOptions): AddedContext {
  const resolverFile = project.resolver.file;
  const name = normalizeName(options.name);
  if (!/^[a-z][a-z0-9-]*$/.test(name))
    throw new UnsafeResolverEdit(
      `"${options.name}" does not make a ${options.modifier} name: use letters, digits and dashes, starting with a letter (e.g. "dim" or "spring-sale")`,
    );
  const modifiers = project.resolver.value.modifiers;
  const modifier = isObject(modifiers) ? modifiers[options.modifier] : undefined;
  if (!isObject(modifier) || !isObject(modifier.contexts)) {
    const known = isObject(modifiers) ? Object.keys(modifiers) : [];
    throw new UnsafeResolverEdit(
      `${resolverFile} has no "modifiers" › "${options.modifier}" with ` +
        `"contexts"${known.length ? ` (it has ${known.join(', ')})` : ''}; add the modifier first, ` +
        `e.g. "${options.modifier}": { "contexts": { "default": [] }, "default": "default" }` +
        `, and list it in "resolutionOrder"`,
    );
  }
  const contexts = Object.keys(modifier.contexts);
  const clash = contexts.find((c) => normalizeName(c) === name);
  if (clash)
    throw new NameCollision(
      `${resolverFile}: the ${options.modifier} "${clash}" already ` +
        `exists${clash !== options.name ? ` ("${options.name}" becomes "${name}" once normalized)` : ''}` +
        `; choose another name, or edit the existing ${options.modifier}'s file`,
    );
  const from = options.from ?? (typeof modifier.default === 'string' ? modifier.default : contexts[0]!);
  if (!contexts.includes(from))
    throw new UnsafeResolverEdit(
      `--from "${from}" is not a ${options.modifier} in ${resolverFile}; use one of ${contexts.join(', ')}`,
    );

  const catalogueModifier = catalogue.modifiers.find((m) => m.name === options.modifier);
  if (
    !catalogueModifier ||
    catalogueModifier.contexts.some((c) => !contexts.includes(c)) ||
    !catalogueModifier.contexts.includes(from)
  ) {
    throw new UnsafeResolverEdit(
      `${catalogue.file} is out of date with ${resolverFile} (${options.modifier} contexts differ); run \`liverykit build\` first`,
    );
  }
  // The folder of the modifier's existing files, so a new theme lands beside dark and high-contrast.
  const existingFile = Object.values(modifier.contexts)
    .flat()
    .map((s) => (isObject(s) && typeof s.$ref === 'string' ? s.$ref : undefined))
    .find((r) => r && !r.startsWith('#'));
  const folder = existingFile?.includes('/') ? existingFile.slice(0, existingFile.lastIndexOf('/')) : options.folder;
  const relFile = options.output
    ? relative(project.tokensDir, resolve(options.output)).replaceAll('\\', '/')
    : `${folder}/${name}.tokens.json`;
  if (relFile.startsWith('..'))
    throw new UnsafeResolverEdit(
      `--output ${options.output} is outside the resolver's folder; the resolver can only list files beside it`,
    );

  const touched = new Set<string>();
  for (const token of catalogue.tokens.values())
    if (Object.keys(token.contexts).some((k) => k.startsWith(`${options.modifier}:`))) touched.add(token.name);
  const document: Record<string, unknown> = {};
  let count = 0;
  for (const token of catalogue.tokens.values()) {
    if (isPrimitiveFile(DEFAULT_CONFIG, token.file) || !options.pick(token, touched.has(token.name))) continue;
    const raw = catalogue.writtenIn(token.name, { [options.modifier]: from })!.raw;
    let group = document;
    for (const segment of token.path.slice(0, -1)) group = (group[segment] ??= {}) as Record<string, unknown>;
    group[token.path.at(-1)!] = { $type: token.type, $value: raw };
    count++;
  }
  const plan: PlannedFile[] = [
    { path: join(project.tokensDir, relFile), content: `${JSON.stringify(document, null, 2)}\n`, action: 'create' },
  ];
  let resolver = insertMember(
    project.resolver,
    ['modifiers', options.modifier, 'contexts'],
    name,
    [{ $ref: relFile }],
    `"${name}": [{ "$ref": "${relFile}" }] in "modifiers" › "${options.modifier}" › "contexts"`,
  );
  let scheme: string | undefined;
  if (options.colorScheme) {
    const schemes = (modifier.$extensions as Record<string, any> | undefined)?.[LIVERY_EXTENSION]?.colorScheme as
      Record<string, string> | undefined;
    scheme = options.colorScheme.scheme ?? schemes?.[from] ?? 'light';
    resolver = insertMember(
      resolver,
      ['modifiers', options.modifier, '$extensions', LIVERY_EXTENSION, 'colorScheme'],
      name,
      scheme,
      `"${name}": "${scheme}" in "modifiers" › "${options.modifier}" › "$extensions" › "${LIVERY_EXTENSION}" › "colorScheme"`,
    );
  }
  plan.push({ path: project.resolverFile, content: resolver.text, action: 'update' });
  return { name, from, file: relFile, tokens: count, plan, ...(scheme ? { scheme } : {}) };
}
