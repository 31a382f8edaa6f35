import { dirname, relative, sep } from 'node:path';

/**
 * Lists new token files in the resolver's last set (what a tool that creates token files, such as
 * `livery figma pull`, must do: a file the resolver does not list is a build error). Returns the
 * resolver's new text and the set's name, or undefined when the resolver has no set declared under
 * "sets" to add them to.
 */
export function listInLastSet(resolverText: string, resolverFile: string, files: string[]): { text: string; set: string } | undefined {
  const root = JSON.parse(resolverText) as { sets?: Record<string, { sources?: unknown[] }>; resolutionOrder?: { $ref?: unknown }[] };
  const names = (root.resolutionOrder ?? [])
    .map((entry) => (typeof entry?.$ref === 'string' ? /^#\/sets\/([^/]+)$/.exec(entry.$ref)?.[1] : undefined))
    .filter((name): name is string => !!name && Array.isArray(root.sets?.[name]?.sources));
  const set = names.at(-1);
  if (!set) return undefined;
  const sources = root.sets![set]!.sources!;
  for (const file of files) {
    const ref = relative(dirname(resolverFile), file).split(sep).join('/');
    if (!sources.some((s) => (s as { $ref?: unknown })?.$ref === ref)) sources.push({ $ref: ref });
  }
  return { text: `${JSON.stringify(root, null, 2)}\n`, set };
}
