import { join } from 'node:path';
import { planContext } from '../authoring/add-context.ts';
import { DEFAULT_RESOLVER, openProject, projectCatalogue } from '../authoring/project.ts';
import { applyPlan, describePlan, shownPath } from '../authoring/write-plan.ts';
import { defineCommand, EXIT, UsageError } from './command.ts';

/** Tokens a brand expression usually changes when no other brand context shows which ones. */
const EXPRESSION = /^(color\.brand\.|color\.surface\.brand$)/;

export const command = defineCommand({
  summary: 'Add a brand expression: its token file and the resolver line',
  arguments: 'add <name>',
  options: {
    from: {
      type: 'string',
      placeholder: '<context>',
      description: 'The brand the new one starts from (default: the default brand).',
    },
    modifier: {
      type: 'string',
      placeholder: '<name>',
      default: 'brand',
      description: 'The resolver modifier that holds the brands.',
    },
    resolver: {
      type: 'string',
      placeholder: '<file>',
      default: DEFAULT_RESOLVER,
      description: "The brand's resolver, edited in place (formatting kept).",
    },
    catalogue: {
      type: 'string',
      placeholder: '<file>',
      description: 'The built catalogue the starting values are read from (default: dist/tokens.json).',
    },
    output: {
      type: 'string',
      placeholder: '<file>',
      aliases: ['out'],
      description: 'Where the brand file goes (default: beside the other brands, <name>.tokens.json).',
    },
    'dry-run': { type: 'boolean', default: false, description: 'Print the plan without writing anything.' },
    force: { type: 'boolean', default: false, description: 'Overwrite the brand file when it exists.' },
  },
  notes: [
    'The new file starts with the tokens other brand contexts change (or color.brand.* and color.surface.brand), as --from has them.',
  ],
  async run({ values, positionals }) {
    const [action, name, ...rest] = positionals;
    if (action !== 'add')
      throw new UsageError(action ? `unknown action "${action}" (only "add")` : 'expected "add <name>"');
    if (!name) throw new UsageError('expected a brand name: livery brand add <name>');
    if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
    const project = openProject(values.resolver);
    const catalogue = projectCatalogue(values.catalogue);
    const anyTouched = [...catalogue.tokens.values()].some((t) =>
      Object.keys(t.contexts).some((k) => k.startsWith(`${values.modifier}:`)),
    );
    const added = planContext(project, catalogue, {
      modifier: values.modifier,
      name,
      from: values.from,
      folder: 'brands',
      output: values.output,
      pick: (token, touched) => (anyTouched ? touched : EXPRESSION.test(token.name)),
    });
    applyPlan(added.plan, { force: values.force, dryRun: values['dry-run'] });
    process.stdout.write(
      `${values['dry-run'] ? 'would add' : 'added'} the ${values.modifier} "${added.name}", starting from "${added.from}" with ${added.tokens} tokens\n`,
    );
    const build =
      values.resolver === DEFAULT_RESOLVER ? 'liverykit build' : `liverykit build --resolver ${values.resolver}`;
    process.stdout.write(
      `${describePlan(added.plan, values['dry-run'], [`edit ${shownPath(join(project.tokensDir, added.file))}`, `${build} && liverykit check --catalogue dist/tokens.json`, `use it: <html data-${values.modifier}="${added.name}">`])}\n`,
    );
    return EXIT.ok;
  },
});
