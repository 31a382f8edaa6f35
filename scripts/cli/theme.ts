import { join } from 'node:path';
import { planContext } from '../authoring/add-context.ts';
import { DEFAULT_RESOLVER, openProject, projectCatalogue } from '../authoring/project.ts';
import { applyPlan, describePlan, shownPath } from '../authoring/write-plan.ts';
import { defineCommand, EXIT, UsageError } from './command.ts';

export const command = defineCommand({
  summary: 'Add a theme: its token file, the resolver line and its color scheme',
  arguments: 'add <name>',
  options: {
    from: {
      type: 'string',
      placeholder: '<context>',
      description: 'The theme the new one starts from (default: the default theme).',
    },
    scheme: {
      type: 'string',
      choices: ['light', 'dark'],
      description: "The CSS color-scheme of the new theme (default: the --from theme's).",
    },
    modifier: {
      type: 'string',
      placeholder: '<name>',
      default: 'theme',
      description: 'The resolver modifier that holds the themes.',
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
      description: 'Where the theme file goes (default: beside the other themes, <name>.tokens.json).',
    },
    'dry-run': { type: 'boolean', default: false, description: 'Print the plan without writing anything.' },
    force: { type: 'boolean', default: false, description: 'Overwrite the theme file when it exists.' },
  },
  notes: [
    'The new file starts with every semantic color as the --from theme has it, ready to edit.',
    'CSS, the docs toolbar, the contrast matrix and Figma modes follow from the resolver.',
  ],
  async run({ values, positionals }) {
    const [action, name, ...rest] = positionals;
    if (action !== 'add')
      throw new UsageError(action ? `unknown action "${action}" (only "add")` : 'expected "add <name>"');
    if (!name) throw new UsageError('expected a theme name: livery theme add <name>');
    if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
    const project = openProject(values.resolver);
    const added = planContext(project, projectCatalogue(values.catalogue), {
      modifier: values.modifier,
      name,
      from: values.from,
      folder: 'themes',
      output: values.output,
      pick: (token) => token.type === 'color',
      colorScheme: { scheme: values.scheme },
    });
    applyPlan(added.plan, { force: values.force, dryRun: values['dry-run'] });
    process.stdout.write(
      `${values['dry-run'] ? 'would add' : 'added'} the ${values.modifier} "${added.name}" (color-scheme: ${added.scheme}), starting from "${added.from}" with ${added.tokens} semantic colors\n`,
    );
    const build =
      values.resolver === DEFAULT_RESOLVER ? 'liverykit build' : `liverykit build --resolver ${values.resolver}`;
    process.stdout.write(
      `${describePlan(added.plan, values['dry-run'], [`edit ${shownPath(join(project.tokensDir, added.file))}: point the colors at other palette steps`, `${build} && liverykit check --catalogue dist/tokens.json`, `use it: <html data-${values.modifier}="${added.name}">`])}\n`,
    );
    return EXIT.ok;
  },
});
