import { join } from 'node:path';
import type { AddedContext } from '../authoring/add-context.ts';
import { DEFAULT_RESOLVER, type Project } from '../authoring/project.ts';
import { describePlan, shownPath } from '../authoring/write-plan.ts';
import { catalogueOption, outputOption, UsageError } from './options.ts';

/**
 * What `livery brand add` and `livery theme add` share: both add a context to a resolver modifier
 * (a brand or a theme), so they take the same options, read `add <name>` the same way and end with
 * the same next steps. Each command keeps what differs: which tokens the new file starts with.
 */
export function addContextOptions<const K extends 'brand' | 'theme'>(kind: K) {
  return {
    from: {
      type: 'string',
      placeholder: '<context>',
      description: `The ${kind} the new one starts from (default: the default ${kind}).`,
    },
    modifier: {
      type: 'string',
      placeholder: '<name>',
      default: kind,
      description: `The resolver modifier that holds the ${kind}s.`,
    },
    resolver: {
      type: 'string',
      placeholder: '<file>',
      default: DEFAULT_RESOLVER,
      description: "The brand's resolver, edited in place (formatting kept).",
    },
    catalogue: catalogueOption('The built catalogue the starting values are read from (default: dist/tokens.json).'),
    output: outputOption(`Where the ${kind} file goes (default: beside the other ${kind}s, <name>.tokens.json).`),
    'dry-run': { type: 'boolean', default: false, description: 'Print the plan without writing anything.' },
    force: { type: 'boolean', default: false, description: `Overwrite the ${kind} file when it exists.` },
  } as const;
}

/** The `<name>` of `add <name>`; a usage error for anything else. */
export function addedContextName(positionals: string[], kind: 'brand' | 'theme'): string {
  const [action, name, ...rest] = positionals;
  if (action !== 'add')
    throw new UsageError(action ? `unknown action "${action}" (only "add")` : 'expected "add <name>"');
  if (!name) throw new UsageError(`expected a ${kind} name: livery ${kind} add <name>`);
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
  return name;
}

/** The plan as written (or not, with --dry-run) and what to do next: edit, build and check, use it. */
export function nextSteps(
  project: Project,
  added: AddedContext,
  values: { resolver: string; modifier: string; 'dry-run': boolean },
  edit = '',
): string {
  const build =
    values.resolver === DEFAULT_RESOLVER ? 'liverykit build' : `liverykit build --resolver ${values.resolver}`;
  return `${describePlan(added.plan, values['dry-run'], [
    `edit ${shownPath(join(project.tokensDir, added.file))}${edit}`,
    `${build} && liverykit check --catalogue dist/tokens.json`,
    `use it: <html data-${values.modifier}="${added.name}">`,
  ])}\n`;
}
