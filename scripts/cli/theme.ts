import { planContext } from '../authoring/add-context.ts';
import { openProject, projectCatalogue } from '../authoring/project.ts';
import { applyPlan } from '../authoring/write-plan.ts';
import { defineCommand, EXIT } from './command.ts';
import { addContextOptions, addedContextName, nextSteps } from './context-command.ts';

export const command = defineCommand({
  summary: 'Add a theme: its token file, the resolver line and its color scheme',
  arguments: 'add <name>',
  options: {
    ...addContextOptions('theme'),
    scheme: {
      type: 'string',
      choices: ['light', 'dark'],
      description: "The CSS color-scheme of the new theme (default: the --from theme's).",
    },
  },
  notes: [
    'The new file starts with every semantic color as the --from theme has it, ready to edit.',
    'CSS, the docs toolbar, the contrast matrix and Figma modes follow from the resolver.',
  ],
  async run({ values, positionals }) {
    const name = addedContextName(positionals, 'theme');
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
      `${values['dry-run'] ? 'would add' : 'added'} the ${values.modifier} "${added.name}" ` +
        `(color-scheme: ${added.scheme}), starting from "${added.from}" with ${added.tokens} ` +
        `semantic colors\n`,
    );
    process.stdout.write(nextSteps(project, added, values, ': point the colors at other palette steps'));
    return EXIT.ok;
  },
});
