import { planContext } from '../authoring/add-context.ts';
import { openProject, projectCatalogue } from '../authoring/project.ts';
import { applyPlan } from '../authoring/write-plan.ts';
import { defineCommand, EXIT } from './command.ts';
import { addContextOptions, addedContextName, nextSteps } from './context-command.ts';

/** Tokens a brand expression usually changes when no other brand context shows which ones. */
const EXPRESSION = /^(color\.brand\.|color\.surface\.brand$)/;

export const command = defineCommand({
  summary: 'Add a brand expression: its token file and the resolver line',
  arguments: 'add <name>',
  options: addContextOptions('brand'),
  notes: [
    'The new file starts with the tokens other brand contexts change (or color.brand.* and color.surface.brand), as --from has them.',
  ],
  async run({ values, positionals }) {
    const name = addedContextName(positionals, 'brand');
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
    process.stdout.write(nextSteps(project, added, values));
    return EXIT.ok;
  },
});
