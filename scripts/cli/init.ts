import { existsSync, readdirSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { readInputColor, type Oklch } from '../authoring/color-input.ts';
import { planBrand } from '../authoring/init-brand.ts';
import { applyPlan, describePlan, WriteRefused } from '../authoring/write-plan.ts';
import { defineCommand, EXIT, UsageError } from './command.ts';
import { rampTable } from './palette.ts';

/** Livery's own brand blue, the default primary; the default accent sits 150° round the hue circle. */
const DEFAULT_COLOR = '#2147c0';

export const command = defineCommand({
  summary: 'Start a complete brand (tokens, themes, logos, README) from one or two colors',
  arguments: '[dir]',
  options: {
    name: {
      type: 'string',
      placeholder: '<brand>',
      description: "The brand's name, shown in the resolver, logos and docs (default: from the folder).",
    },
    color: {
      type: 'string',
      placeholder: '<primary>',
      default: DEFAULT_COLOR,
      description: 'The primary brand color: any CSS color in the sRGB gamut.',
    },
    accent: {
      type: 'string',
      placeholder: '<color>',
      description: 'The accent color (default: the primary turned 150° round the hue circle).',
    },
    output: {
      type: 'string',
      placeholder: '<dir>',
      aliases: ['out'],
      description: 'The folder the brand is written to, like [dir] (default: tokens).',
    },
    'dry-run': {
      type: 'boolean',
      default: false,
      description: 'Print the plan and the generated ramps without writing anything.',
    },
    force: {
      type: 'boolean',
      default: false,
      description: 'Write into a folder that is not empty, overwriting the files init writes.',
    },
  },
  notes: [
    'The brand passes `livery build` and `livery check` as created: its brand and accent ramps are generated',
    "to meet their contrast targets against the new brand's own surfaces in every theme.",
  ],
  async run({ values, positionals }) {
    if (positionals.length > 1) throw new UsageError(`expected at most one folder, got ${positionals.join(' ')}`);
    if (positionals[0] && values.output && resolve(positionals[0]) !== resolve(values.output))
      throw new UsageError(`two folders given: ${positionals[0]} and --output ${values.output}`);
    const dir = resolve(positionals[0] ?? values.output ?? 'tokens');
    const color = readInputColor(values.color, 'srgb', '--color');
    const accent: Oklch = values.accent
      ? readInputColor(values.accent, 'srgb', '--accent')
      : { ...color, h: (color.h + 150) % 360 };
    const accentText =
      values.accent ?? `oklch(${(accent.l * 100).toFixed(1)}% ${accent.c.toFixed(3)} ${accent.h.toFixed(1)})`;
    const name = (values.name ?? titleOf(basename(dir === resolve('tokens') ? process.cwd() : dir))).trim();
    if (!name) throw new UsageError('--name must not be empty');
    if (!values.force && existsSync(dir) && readdirSync(dir).length > 0) {
      throw new WriteRefused(
        `${relative(process.cwd(), dir) || dir} is not empty; nothing was written (choose an empty ` +
          `or new folder, or pass --force to overwrite the files init writes)`,
      );
    }
    const started = performance.now();
    const { plan, ramps } = planBrand({ dir, name, color, accent, colorText: values.color, accentText });
    applyPlan(plan, { force: values.force, dryRun: values['dry-run'] });
    const resolverPath = relative(process.cwd(), join(dir, 'livery.resolver.json'));
    process.stdout.write(
      `${values['dry-run'] ? 'would start' : 'started'} the ${name} brand in ` +
        `${relative(process.cwd(), dir) || '.'} (${plan.length} files, ` +
        `${Math.round(performance.now() - started)} ms)\n\n`,
    );
    for (const ramp of ramps) process.stdout.write(`${rampTable(ramp)}\n\n`);
    const buildFlag = resolverPath === join('tokens', 'livery.resolver.json') ? '' : ` --resolver ${resolverPath}`;
    const readme = relative(process.cwd(), join(dir, 'README.md'));
    const logos = relative(process.cwd(), join(dir, 'assets', 'logo'));
    const next = [
      `liverykit build${buildFlag}`,
      'liverykit check --catalogue dist/tokens.json',
      `edit ${readme} and replace the placeholder logos in ${logos}`,
    ];
    process.stdout.write(`${describePlan(plan, values['dry-run'], next)}\n`);
    return EXIT.ok;
  },
});

/** `acme-design` → `Acme Design`: a readable default brand name from the folder. */
function titleOf(folder: string): string {
  return (
    folder
      .split(/[-_\s]+/)
      .filter(Boolean)
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join(' ') || 'Brand'
  );
}
