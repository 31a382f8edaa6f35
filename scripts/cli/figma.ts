import { readCatalogue } from '../catalogue/read-catalogue.ts';
import { readConfig } from '../config/read-config.ts';
import { closestNames, DiagnosticsError } from '../diagnostics.ts';
import { printDiagnostics } from '../logger.ts';
import { DEFAULT_API_BASE, FigmaApiError, FigmaClient } from '../figma/api.ts';
import { auditFile } from '../figma/audit.ts';
import { readExportFile } from '../figma/exchange-files.ts';
import { ExchangeFileError } from '../figma/exchange-format.ts';
import { MODES_BY_PLAN, type FigmaPlan } from '../figma/figma-rules.ts';
import { splitRequests, MAX_REQUEST_BYTES } from '../figma/push.ts';
import { describeEntry, printDrift, printProblems } from '../figma/report.ts';
import { loadSync, pull, push, type SyncContext, type SyncOptions } from '../figma/sync.ts';
import { defineCommand, EXIT, UsageError, UserError } from './command.ts';
import { writeOutput } from './output.ts';

const SUBCOMMANDS = ['pull', 'push', 'diff', 'audit'];

export const command = defineCommand({
  summary: 'Sync tokens with Figma Variables (pull, push, diff) and audit design files',
  arguments: '<pull|push|diff|audit> --file <key>',
  options: {
    file: {
      type: 'string',
      placeholder: '<key>',
      description: 'The Figma file key (from its URL: figma.com/design/<key>/…).',
    },
    resolver: {
      type: 'string',
      placeholder: '<file>',
      description: "The brand's resolver (default: tokens/livery.resolver.json).",
    },
    modes: {
      type: 'string',
      placeholder: '<modifier>',
      description: 'The modifier whose contexts are Figma modes (default: theme).',
    },
    state: {
      type: 'string',
      placeholder: '<file>',
      description: 'The sync state (default: figma-sync.json beside the resolver).',
    },
    prefer: { type: 'string', choices: ['figma', 'code'], description: 'Resolve conflicts in favour of one side.' },
    prune: { type: 'boolean', default: false, description: 'Delete on the target what was deleted on the source.' },
    'dry-run': {
      type: 'boolean',
      default: false,
      description: 'With pull or push: print the drift and the plan, change nothing.',
    },
    'api-base': {
      type: 'string',
      placeholder: '<url>',
      description: `Figma API host (default: $FIGMA_API_BASE or ${DEFAULT_API_BASE}).`,
    },
    'max-request-bytes': {
      type: 'string',
      placeholder: '<n>',
      description: `With push: the largest POST body (default: ${MAX_REQUEST_BYTES}, Figma's 4 MB).`,
    },
    'from-export': {
      type: 'string',
      placeholder: '<file>',
      description:
        "With pull, diff or push --to-file: read the file's variables from the Livery plugin's " +
        'export instead of the REST API (any Figma plan; no FIGMA_TOKEN).',
    },
    'to-file': {
      type: 'string',
      placeholder: '<file>',
      description: "With push: write the body for the plugin's Apply instead of POSTing it (needs --from-export).",
    },
    plan: {
      type: 'string',
      choices: Object.keys(MODES_BY_PLAN),
      description:
        'The Figma plan, for its modes per collection (1, 4, 4, 40; default: professional with --to-file, else enterprise).',
    },
    catalogue: {
      type: 'string',
      placeholder: '<file>',
      description: "With audit: the token catalogue (default: the package's dist/tokens.json).",
    },
    format: {
      type: 'string',
      choices: ['text', 'json'],
      default: 'text',
      description: 'With diff or audit: how the report is printed.',
    },
    output: {
      type: 'string',
      placeholder: '<file>',
      aliases: ['out'],
      description: 'With diff or audit: write the report to this file instead of stdout.',
    },
  },
  notes: [
    'pull    Figma Variables → token files (three-way: edits on both sides are conflicts)',
    'push    token files → Figma Variables (one logical POST, split below the payload limit)',
    'diff    the drift report: token by token and mode by mode',
    'audit   fills, strokes and text in the file that use raw values instead of variables',
    '--file, --resolver, --modes and --state default to livery.config.json → "figma".',
    'Without the Enterprise-only REST API: export from the Livery plugin, then pull|diff ' +
      '--from-export <file>, or push --from-export <file> --to-file <body> and Apply the body in ' +
      'the plugin.',
    'The token is read from FIGMA_TOKEN (scopes file_variables:read, file_variables:write, file_content:read) and never printed.',
    'Exit codes: 0 ok, 1 drift, conflicts or findings, 2 usage or configuration (token, scopes, file key), 69 Figma failed or was unreachable after retries.',
  ],
  async run({ values, positionals }) {
    const [sub, ...extra] = positionals;
    if (!sub || !SUBCOMMANDS.includes(sub)) {
      const [guess] = sub ? closestNames(sub, SUBCOMMANDS) : [];
      throw new UsageError(
        sub
          ? `unknown subcommand "${sub}"${guess ? ` (did you mean ${guess}?)` : ''}; use pull, push, diff or audit`
          : 'name a subcommand: pull, push, diff or audit',
      );
    }
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const settings = readConfig(process.cwd()).figma;
    values.file ??= settings.file;
    values.resolver ??= settings.resolver ?? 'tokens/livery.resolver.json';
    values.modes ??= settings.modes;
    values.state ??= settings.state;
    const fromExport = values['from-export'];
    if (fromExport && sub === 'audit')
      throw new UsageError(
        "--from-export is for pull, diff and push --to-file; audit reads the whole file through the REST API (the plugin's Lint checks layers on any plan)",
      );
    if (values['to-file'] && sub !== 'push') throw new UsageError('--to-file is for push');
    if (values['to-file'] && !fromExport)
      throw new UsageError(
        'push --to-file needs --from-export <file>: the body is planned against the file as the plugin exported it',
      );
    if (!values.file && !fromExport)
      throw new UsageError(
        '--file <key> (or "figma": { "file" } in livery.config.json) is required (the key in the file URL: figma.com/design/<key>/…)',
      );
    let fileKey = values.file ?? '';
    if (fromExport && !values.file) {
      try {
        fileKey = readExportFile(fromExport).livery.fileKey;
      } catch (error) {
        if (error instanceof ExchangeFileError) throw new UserError(`${error.message}\nnothing was changed`);
        throw error;
      }
      if (!fileKey)
        throw new UsageError(
          `${fromExport}: the plugin could not read the file key (only development and private plugins get it); pass --file <key> from the file's URL`,
        );
    }
    const token = process.env.FIGMA_TOKEN ?? (fromExport ? 'unused: the export is read instead' : '');
    if (!token)
      throw new UserError(
        'FIGMA_TOKEN is not set: create a personal access token in Figma with the scopes ' +
          'file_variables:read, file_variables:write and file_content:read, then export ' +
          'FIGMA_TOKEN=<token>',
      );
    const client = new FigmaClient({
      token,
      apiBase: values['api-base'] ?? process.env.FIGMA_API_BASE ?? DEFAULT_API_BASE,
      onRetry: ({ attempt, waitMs, reason }) =>
        process.stderr.write(`figma: ${reason}; retry ${attempt} in ${(waitMs / 1000).toFixed(1)} s\n`),
    });
    const options: SyncOptions = {
      fileKey,
      resolverFile: values.resolver!,
      client,
      ...(fromExport ? { fromExport } : {}),
      ...(values['to-file'] ? { toFile: values['to-file'] } : {}),
      ...(values.plan ? { plan: values.plan as FigmaPlan } : {}),
      ...(values.modes ? { modes: values.modes } : {}),
      ...(values.state ? { stateFile: values.state } : {}),
      ...(values.prefer ? { prefer: values.prefer as 'figma' | 'code' } : {}),
      prune: values.prune,
      dryRun: values['dry-run'],
      maxRequestBytes: values['max-request-bytes'] ? Number(values['max-request-bytes']) : MAX_REQUEST_BYTES,
    };
    if (!(options.maxRequestBytes! >= 1024))
      throw new UsageError(`--max-request-bytes must be a number of at least 1024, got ${values['max-request-bytes']}`);
    const out = process.stdout;
    try {
      if (sub === 'audit') {
        const catalogue = readCatalogue(values.catalogue);
        // Bound variables are named (and other libraries' told apart) only where the plan opens the
        // variables endpoint; elsewhere a bound variable is trusted.
        const variables = await client.getLocalVariables(fileKey).catch((error: unknown) => {
          if (error instanceof FigmaApiError && error.status === 403) return undefined;
          throw error;
        });
        const findings = auditFile(await client.getFile(fileKey), catalogue, {
          variables,
          styleKeys: settings.styleKeys ?? [],
        });
        if (values.format === 'json') writeOutput(`${JSON.stringify({ findings }, null, 2)}\n`, values.output);
        else
          writeOutput(
            [
              ...findings.map((f) => `${f.path} [${f.nodeId}] ${f.message}\n`),
              `${findings.length} finding${findings.length === 1 ? '' : 's'}\n`,
            ].join(''),
            values.output,
          );
        return findings.length ? EXIT.findings : EXIT.ok;
      }
      if (sub === 'diff') {
        const context = await loadSync(options);
        if (values.format === 'json') {
          const drift = context.entries
            .filter((e) => e.status !== 'same')
            .map((e) => ({
              collection: e.collection,
              name: e.name,
              mode: e.mode,
              status: e.status,
              description: describeEntry(e),
            }));
          writeOutput(`${JSON.stringify({ drift, problems: context.figma.problems }, null, 2)}\n`, values.output);
        } else {
          printProblems(context.figma.problems, process.stderr);
          const lines: string[] = [];
          printDrift(context.entries, { write: (text: string) => void lines.push(text) });
          writeOutput(lines.join(''), values.output);
        }
        return context.entries.some((e) => e.status !== 'same') ? EXIT.findings : EXIT.ok;
      }
      if (sub === 'pull') {
        const { context, plan, written } = await pull(options);
        printProblems(context.figma.problems, process.stderr);
        if (!plan) return conflicts(context);
        if (options.dryRun) printDrift(context.entries, out);
        for (const note of plan.notes) out.write(`note: ${note}\n`);
        for (const error of plan.errors) process.stderr.write(`error [figma] ${error}\n`);
        out.write(
          options.dryRun
            ? `dry run: ${plan.applied.length} change${plan.applied.length === 1 ? '' : 's'} would be ` +
                `pulled into ${plan.files.changes().size} ` +
                `file${plan.files.changes().size === 1 ? '' : 's'}\n`
            : `pulled ${plan.applied.length} change${plan.applied.length === 1 ? '' : 's'}; ${written.length} file${written.length === 1 ? '' : 's'} written\n`,
        );
        return plan.errors.length || context.figma.problems.some((p) => p.severity === 'error')
          ? EXIT.findings
          : EXIT.ok;
      }
      const { context, plan, requests, error } = await push(options);
      printProblems(context.figma.problems, process.stderr);
      if (!plan) return conflicts(context);
      const skipped = context.code.skipped;
      if (skipped.length) {
        const shown = skipped
          .slice(0, 8)
          .map((s) => s.name)
          .join(', ');
        out.write(
          `note: ${skipped.length} token${skipped.length === 1 ? '' : 's'} stay in code only, having ` +
            `no Figma variable type (${[...new Set(skipped.map((s) => s.reason))].join('; ')}): ` +
            `${shown}${skipped.length > 8 ? `, … ${skipped.length - 8} more` : ''}\n`,
        );
      }
      if (options.dryRun) printDrift(context.entries, out);
      for (const note of plan.notes) out.write(`note: ${note}\n`);
      for (const e of plan.errors) process.stderr.write(`error [figma] ${e}\n`);
      if (plan.errors.length) {
        process.stderr.write('nothing was pushed: fix the errors above\n');
        return EXIT.findings;
      }
      const counts =
        (Object.keys(plan.body) as (keyof typeof plan.body)[]).map((k) => `${plan.body[k]!.length} ${k}`).join(', ') ||
        'nothing to change';
      if (options.dryRun)
        out.write(
          `dry run: would send ${counts} in ${splitRequests(plan.ops, options.maxRequestBytes).length} request(s)\n`,
        );
      else if (options.toFile) {
        out.write(
          `wrote ${options.toFile}: ${counts}, planned against ` +
            `${context.exported?.livery.fileName || fileKey} for the ${options.plan ?? 'professional'} ` +
            `plan.\n`,
        );
        out.write(
          'In Figma: Plugins › Development › Livery › Apply, open this file; nothing changes unless ' +
            'every change is valid. Then Export again and run liverykit figma pull --from-export ' +
            '<export> to record the sync.\n',
        );
      } else if (error) {
        process.stderr.write(`error [figma] ${error.message}\n`);
        return error.exitCode;
      } else {
        out.write(`pushed ${counts} in ${requests} request${requests === 1 ? '' : 's'}\n`);
        // Variables written through the REST API reach other files only once the library is published.
        if (requests)
          out.write(
            'Publish the library in Figma (Assets › Libraries › Publish) for other files to see these changes.\n',
          );
      }
      return EXIT.ok;
    } catch (error) {
      if (error instanceof ExchangeFileError) {
        process.stderr.write(`error [figma] ${error.message}\nnothing was changed\n`);
        return EXIT.usage;
      }
      if (error instanceof FigmaApiError) {
        process.stderr.write(`error [figma] ${error.message}\n`);
        return error.exitCode;
      }
      if (error instanceof DiagnosticsError) {
        printDiagnostics(error.diagnostics);
        return EXIT.usage;
      }
      throw error;
    }
  },
});

function conflicts(context: SyncContext): number {
  process.stderr.write(
    `${context.conflicts.length} conflict${context.conflicts.length === 1 ? '' : 's'}: changed ` +
      `in code and in Figma since the last sync. Nothing was changed.\n`,
  );
  for (const entry of context.conflicts) process.stderr.write(`  ! ${describeEntry(entry)}\n`);
  process.stderr.write(
    'Resolve each by editing one side to match the other, or rerun with --prefer figma or --prefer code.\n',
  );
  return EXIT.findings;
}
