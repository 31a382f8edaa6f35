import { dirname, relative, sep } from 'node:path';
import { appendElement, readResolverText } from '../authoring/resolver-edit.ts';

/**
 * Lists new token files in the resolver's last set (what a tool that creates token files, such as
 * `livery figma pull`, must do: a file the resolver does not list is a build error). The edit
 * keeps the resolver's formatting (resolver-edit.ts). Returns the new text and the set's name, or
 * undefined when the resolver has no set declared under "sets" to add them to.
 */
export function listInLastSet(
  resolverText: string,
  resolverFile: string,
  files: string[],
): { text: string; set: string } | undefined {
  let doc = readResolverText(resolverFile, resolverText);
  const root = doc.value as { sets?: Record<string, { sources?: unknown[] }>; resolutionOrder?: { $ref?: unknown }[] };
  const names = (Array.isArray(root.resolutionOrder) ? root.resolutionOrder : [])
    .map((entry) => (typeof entry?.$ref === 'string' ? /^#\/sets\/([^/]+)$/.exec(entry.$ref)?.[1] : undefined))
    .filter((name): name is string => !!name && Array.isArray(root.sets?.[name]?.sources));
  const set = names.at(-1);
  if (!set) return undefined;
  for (const file of files) {
    const ref = relative(dirname(resolverFile), file).split(sep).join('/');
    const sources = (doc.value as typeof root).sets![set]!.sources!;
    if (sources.some((s) => (s as { $ref?: unknown })?.$ref === ref)) continue;
    doc = appendElement(
      doc,
      ['sets', set, 'sources'],
      { $ref: ref },
      `add { "$ref": "${ref}" } to "sources" of the set "${set}" in ${resolverFile}`,
    );
  }
  return { text: doc.text, set };
}
