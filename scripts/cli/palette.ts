import { join, relative, resolve } from 'node:path';
import { NameCollision } from '../authoring/authoring-errors.ts';
import { hueName, normalizeName, readInputColor } from '../authoring/color-input.ts';
import { generateRamp, type Ramp } from '../authoring/palette-solver.ts';
import { paletteFile } from '../authoring/palette-tokens.ts';
import { DEFAULT_RESOLVER, listedFiles, openProject, primitiveSet, projectCatalogue } from '../authoring/project.ts';
import { MAX_STEPS, MIN_STEPS } from '../authoring/ramp-scale.ts';
import { appendElement } from '../authoring/resolver-edit.ts';
import { DEFAULT_SURFACE_PATTERNS, surfacesOf } from '../authoring/surfaces.ts';
import { applyPlan, describePlan, shownPath, type PlannedFile } from '../authoring/write-plan.ts';
import { formatLc, formatRatio } from '../check/color.ts';
import { defineCommand, EXIT, UsageError } from './command.ts';
export const command = defineCommand({
  summary: 'Generate an OKLCH ramp from one color that meets its contrast targets on every surface',
  options: {
    from: {
      type: 'string',
      placeholder: '<color>',
      description: 'The color the ramp starts from: any CSS color (#2147c0, oklch(53% 0.2 265), rebeccapurple).',
    },
    name: {
      type: 'string',
      placeholder: '<ramp>',
      description: "The ramp's name, palette.<name> (default: the hue's name, e.g. blue).",
    },
    steps: {
      type: 'string',
      placeholder: '<n>',
      default: '12',
      description: `How many steps, from ${MIN_STEPS} to ${MAX_STEPS} (12 gives Livery's 25…950 names).`,
    },
    p3: {
      type: 'boolean',
      default: false,
      description: 'Generate in Display P3 with an sRGB hex fallback (contrast is measured on the fallback).',
    },
    surfaces: {
      type: 'string',
      placeholder: '<pattern>',
      multiple: true,
      description: 'Color tokens the steps are read on (default: color.surface.*; * is one path segment).',
    },
    resolver: {
      type: 'string',
      placeholder: '<file>',
      default: DEFAULT_RESOLVER,
      description: "The brand's resolver; the ramp file is listed in its primitives set.",
    },
    catalogue: {
      type: 'string',
      placeholder: '<file>',
      description: 'The built catalogue the surfaces are read from (default: dist/tokens.json).',
    },
    output: {
      type: 'string',
      placeholder: '<file>',
      aliases: ['out'],
      description: 'Where the ramp file goes (default: primitives/<name>.tokens.json beside the resolver).',
    },
    'dry-run': {
      type: 'boolean',
      default: false,
      description: 'Print the ramp and the plan without writing anything.',
    },
    force: {
      type: 'boolean',
      default: false,
      description: 'Overwrite the ramp file when it exists (regenerates a ramp this command wrote).',
    },
  },
  notes: [
    'Each step meets WCAG 2.x (AA or AAA) and APCA Lc targets against every surface of every theme and brand;',
    'targets, achieved contrast and the weakest surface are recorded under $extensions["org.livery"].palette.',
    'Exit 1 when a target is unreachable for the hue (the closest achievable step is written and reported).',
  ],
  async run({ values }) {
    if (!values.from)
      throw new UsageError('--from <color> is required (any CSS color: #2147c0, oklch(53% 0.2 265), rebeccapurple)');
    const steps = Number(values.steps);
    if (!Number.isInteger(steps) || steps < MIN_STEPS || steps > MAX_STEPS)
      throw new UsageError(`--steps must be a whole number from ${MIN_STEPS} to ${MAX_STEPS}, got "${values.steps}"`);
    const gamut = values.p3 ? 'p3' : 'srgb';
    const input = readInputColor(values.from, gamut);
    const name = normalizeName(values.name ?? hueName(input));
    if (!/^[a-z][a-z0-9-]*$/.test(name))
      throw new UsageError(
        `--name "${values.name}" does not make a token name (use letters, digits and dashes, starting with a letter)`,
      );
    const project = openProject(values.resolver);
    const catalogue = projectCatalogue(values.catalogue);
    const file = values.output ? resolve(values.output) : join(project.tokensDir, 'primitives', `${name}.tokens.json`);
    const relFile = relative(project.tokensDir, file).replaceAll('\\', '/');
    if (relFile.startsWith('..'))
      throw new UsageError(
        `--output ${values.output} is outside ${shownPath(project.tokensDir)}; the resolver can only list files beside it`,
      );

    // A ramp name that exists (or would once normalized) is refused, unless --force regenerates this very file.
    const existing = [...catalogue.tokens.values()].find(
      (t) => t.path[0] === 'palette' && normalizeName(t.path[1] ?? '') === name,
    );
    const sameFile = existing && resolve(existing.file) === file;
    if (existing && !(values.force && sameFile)) {
      throw new NameCollision(
        `palette.${existing.path[1]} already exists (${existing.file} › ` +
          `${existing.name})${values.name && values.name !== name ? `; "${values.name}" becomes "${name}" as a token name` : ''}` +
          `; choose another --name${sameFile ? ', or pass --force to regenerate it' : ''}`,
      );
    }
    const patterns = values.surfaces.length ? values.surfaces : DEFAULT_SURFACE_PATTERNS;
    const surfaces = surfacesOf(catalogue, patterns);
    if (surfaces.length === 0)
      throw new UsageError(
        `no color token matches --surfaces ${patterns.join(', ')} in ${shownPath(catalogue.file)}; ` +
          `name the tokens your text sits on (e.g. --surfaces "color.background.*")`,
      );
    const started = performance.now();
    const ramp = generateRamp(input, { name, steps, gamut, surfaces });
    const ms = performance.now() - started;
    const command = [
      'liverykit palette --from',
      JSON.stringify(values.from),
      '--name',
      name,
      ...(steps !== 12 ? ['--steps', String(steps)] : []),
      ...(values.p3 ? ['--p3'] : []),
    ].join(' ');
    const plan: PlannedFile[] = [{ path: file, content: paletteFile([ramp], command), action: 'create' }];
    if (!listedFiles(project.resolver).has(relFile)) {
      const set = primitiveSet(project.resolver);
      const edited = appendElement(
        project.resolver,
        ['sets', set, 'sources'],
        { $ref: relFile },
        `{ "$ref": "${relFile}" } in "sets" › "${set}" › "sources"`,
      );
      plan.push({ path: project.resolverFile, content: edited.text, action: 'update' });
    }
    applyPlan(plan, { force: values.force, dryRun: values['dry-run'] });
    const permutations = new Set(surfaces.map((s) => s.permutation)).size;
    const tokens = new Set(surfaces.map((s) => s.token)).size;
    process.stdout.write(
      `${rampTable(ramp)}\n\nchecked against ${tokens} surface token${tokens === 1 ? '' : 's'} ` +
        `in ${permutations} permutation${permutations === 1 ? '' : 's'} (${surfaces.length} ` +
        `surfaces) in ${Math.round(ms)} ms\n`,
    );
    for (const step of ramp.unreachable) process.stderr.write(`warning: palette.${name}.${step.name}: ${step.note}\n`);
    const build =
      values.resolver === DEFAULT_RESOLVER ? 'liverykit build' : `liverykit build --resolver ${values.resolver}`;
    const next = [
      build,
      `point semantic tokens at {palette.${name}.<step>}, then liverykit check --catalogue dist/tokens.json`,
    ];
    process.stdout.write(`${describePlan(plan, values['dry-run'], next)}\n`);
    return ramp.unreachable.length ? EXIT.findings : EXIT.ok;
  },
});

export function rampTable(ramp: Ramp): string {
  const rows = ramp.steps.map((s) => [
    s.name,
    s.hex,
    `oklch(${s.oklch.l} ${s.oklch.c} ${s.oklch.h})`,
    `${s.target.level} ${s.target.usage} on ${s.target.facing}: ${s.target.wcag}:1 Lc ${s.target.apca}`,
    s.achieved.surfaces
      ? `${formatRatio(s.achieved.wcag)}:1 Lc ${formatLc(s.achieved.apca)}` +
        `${s.achieved.weakest ? ` (${s.achieved.weakest.token.replace(/^color\.surface\./, '')} in ${s.achieved.weakest.permutation})` : ''}`
      : 'no such surfaces',
    `${s.met ? 'ok' : 'UNREACHABLE'}${s.isInput ? ' (your color)' : ''}`,
  ]);
  const header = ['step', 'hex', 'value', 'target', 'achieved (weakest surface)', ''];
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  return [
    `palette.${ramp.name}${ramp.gamut === 'p3' ? ' (Display P3, contrast measured on the sRGB fallback)' : ''}`,
    ...all.map((r) => `  ${r.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`.trimEnd()),
  ].join('\n');
}
