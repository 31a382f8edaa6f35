import { once } from 'node:events';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASELINE_FILE } from '../lint/baseline.ts';
import { defaultCacheDir } from '../lint/cache.ts';
import { coveragePercent, formatPercent, totalCoverage, type Coverage } from '../lint/coverage.ts';
import { ChangedFilesError, changedFiles } from '../lint/changed.ts';
import type { LintOptions } from '../lint/engine.ts';
import { unifiedDiff } from '../lint/fix.ts';
import { progressBar } from '../lint/progress.ts';
import { countFindings, FORMATS, type Format, type ReporterOptions } from '../lint/reporters/reporter.ts';
import { utf8Room, writePieces } from '../lint/utf8-room.ts';
import { packageVersion } from '../package-identity.ts';
import { defineCommand, EXIT, UsageError } from './command.ts';

export const command = defineCommand({
  summary: 'Find raw colors, off-scale values, unknown/deprecated tokens and logo misuse in a repo',
  arguments: '[paths…]',
  options: {
    format: {
      type: 'string',
      choices: FORMATS,
      default: 'stylish',
      description: 'How findings are printed (sarif for code scanning, github for workflow annotations).',
    },
    output: {
      type: 'string',
      short: 'o',
      placeholder: '<file>',
      aliases: ['out'],
      description: 'Write the report to this file instead of stdout.',
    },
    fix: { type: 'boolean', default: false, description: 'Rewrite fixable findings in place.' },
    'fix-dry-run': {
      type: 'boolean',
      default: false,
      description: 'Show each fix as a diff (the old line, the fixed line under it) and change nothing.',
    },
    config: {
      type: 'string',
      placeholder: '<file>',
      description: 'The config file (default: livery.config.json in the working directory).',
    },
    catalogue: {
      type: 'string',
      placeholder: '<file>',
      description: "The built token catalogue (default: the config's, else the package's dist/tokens.json).",
    },
    'baseline-write': {
      type: 'boolean',
      default: false,
      description: 'Record the current findings in the baseline file; later runs report only new ones.',
    },
    baseline: {
      type: 'boolean',
      default: true,
      negatable: true,
      description: 'Hide findings recorded in the baseline file (--no-baseline shows them all).',
    },
    'baseline-file': {
      type: 'string',
      placeholder: '<file>',
      description: `The baseline file (default: ${BASELINE_FILE}).`,
    },
    threads: {
      type: 'string',
      placeholder: '<n>',
      description: 'Worker threads for big repos (default: the number of CPUs, at most 16).',
    },
    strict: { type: 'boolean', default: false, description: 'Warnings fail the run too (exit 1).' },
    color: {
      type: 'boolean',
      negatable: true,
      description: 'Color the stylish report (default: on a terminal, unless NO_COLOR is set).',
    },
    cache: {
      type: 'boolean',
      default: false,
      description:
        'Re-lint only files whose content changed since the last --cache run (safe to delete; not with --fix).',
    },
    'cache-location': {
      type: 'string',
      placeholder: '<dir>',
      description: 'Where --cache keeps its file (default: node_modules/.cache/liverykit, else .liverykit-cache).',
    },
    changed: {
      type: 'boolean',
      default: false,
      description: 'Lint only files git reports changed (uncommitted, and untracked ones).',
    },
    'min-coverage': {
      type: 'string',
      placeholder: '<percent>',
      description: 'Fail the run (exit 1) when less than this share of style declarations use tokens.',
    },
    since: {
      type: 'string',
      placeholder: '<ref>',
      description: 'With --changed: files changed since the merge base of <ref> and HEAD (implies --changed).',
    },
  },
  notes: ['Exit codes: 0 clean, 1 errors found (or warnings with --strict), 2 usage or configuration error.'],
  async run({ values, positionals }) {
    if (values.fix && values['fix-dry-run']) throw new UsageError('use either --fix or --fix-dry-run');
    const threads = values.threads === undefined ? undefined : Number(values.threads);
    if (threads !== undefined && (!Number.isInteger(threads) || threads < 1))
      throw new UsageError(`--threads must be a whole number ≥ 1, got ${values.threads}`);
    const minCoverage =
      values['min-coverage'] === undefined ? undefined : Number(String(values['min-coverage']).replace(/%$/, ''));
    if (minCoverage !== undefined && (!Number.isFinite(minCoverage) || minCoverage < 0 || minCoverage > 100))
      throw new UsageError(`--min-coverage must be a percent from 0 to 100, got ${values['min-coverage']}`);
    const cwd = process.cwd();
    // a path that is not there is a mistake in the command (a CI step that lints nothing would pass
    // for ever); absolute paths, as lint-staged and editors give them, are as good as relative ones
    for (const path of positionals) {
      const where = resolve(cwd, path);
      if (!existsSync(where))
        throw new UsageError(`${path} does not exist (looked for ${where}): name files or folders to lint`);
    }
    // git works in its own process while the linter's modules load here: they are imported only now
    const changed = values.changed || values.since !== undefined ? changedFiles(cwd, values.since) : undefined;
    changed?.catch(() => undefined);
    const [{ readConfig }] = await Promise.all([import('../config/read-config.ts'), linter()]);
    const config = readConfig(cwd, values.config).lint;
    let only: Set<string> | undefined;
    if (changed) {
      try {
        only = await changed;
      } catch (error) {
        if (error instanceof ChangedFilesError) throw new UsageError(error.message);
        throw error;
      }
    }
    const format = values.format as Format;
    const bar = format === 'stylish' && !values.output ? progressBar() : { update() {}, done() {} };
    const options: LintOptions = {
      cwd,
      paths: positionals,
      config,
      ...(values.catalogue ? { catalogue: values.catalogue } : {}),
      ...(values.fix ? { fix: 'write' as const } : values['fix-dry-run'] ? { fix: 'dry-run' as const } : {}),
      ...(threads ? { threads } : {}),
      baseline: {
        file: values['baseline-file'] ?? BASELINE_FILE,
        write: values['baseline-write'],
        use: values.baseline,
      },
      fingerprints: format === 'sarif',
      onProgress: bar.update,
      ...(values.cache
        ? { cache: { dir: values['cache-location'] ? resolve(cwd, values['cache-location']) : defaultCacheDir(cwd) } }
        : {}),
      ...(only ? { only } : {}),
    };
    const reporterOptions = {
      color: values.color ?? (!!process.stdout.isTTY && !values.output && !process.env.NO_COLOR),
      version: packageVersion(),
    };
    const exitFor: ExitFor = (errors, warnings, coverage) => {
      const percent = coveragePercent(totalCoverage(coverage));
      const short = minCoverage !== undefined && percent !== null && percent < minCoverage;
      if (short)
        process.stderr.write(
          `livery lint: token coverage ${formatPercent(percent)} is below --min-coverage ${minCoverage}%\n`,
        );
      return errors || (values.strict && warnings) || short ? EXIT.findings : EXIT.ok;
    };
    try {
      // fixing and writing a baseline need every finding first; everything else is written as it is found
      const report: Report = { format, reporterOptions, output: values.output, exitFor, barDone: bar.done };
      if (options.fix || options.baseline?.write) return await collected(options, report);
      return await streamed(options, report);
    } finally {
      bar.done();
    }
  },
});

type ExitFor = (errors: number, warnings: number, coverage: Coverage) => number;

/** Where and how a run's report goes, and how its totals become the exit code. */
interface Report {
  format: Format;
  reporterOptions: ReporterOptions;
  output: string | undefined;
  exitFor: ExitFor;
  barDone: () => void;
}

/**
 * The lint engine and the reporters: loaded by `run`, after `--changed` has started git. (The
 * reporters too: SARIF's names every rule, so importing them loads the rules, colorjs.io and the
 * token index; imported by this module, they made git start 70 ms later, after them.)
 */
const linter = async () => {
  const [engine, reporters] = await Promise.all([import('../lint/engine.ts'), import('../lint/reporters/index.ts')]);
  return { ...engine, ...reporters };
};

/** About how much of the report is gathered before it is written. */
const WRITE_SIZE = 256 * 1024;
/** Bytes of report waiting for stdout's reader before linting pauses. */
const STDOUT_BACKLOG = 8 * 1024 * 1024;

/**
 * The report goes out file by file while workers are still linting: memory stays flat however
 * big the repo. Nothing is written before the first file is done (a missing catalogue or a broken
 * baseline leaves no half report). Under a progress bar on a terminal the report waits for the end.
 */
async function streamed(
  options: LintOptions,
  { format, reporterOptions, output, exitFor, barDone }: Report,
): Promise<number> {
  const { lintFiles, reporterFor } = await linter();
  const reporter = reporterFor(format, reporterOptions);
  let fd: number | undefined;
  const held: (string | Uint8Array)[] | undefined =
    !output && process.stdout.isTTY && process.stderr.isTTY ? [] : undefined;
  // a file's chunk comes as bytes when --cache hands it on as the cache holds it
  const emit = (text: string | Uint8Array) => {
    if (held) held.push(text);
    else if (!output) process.stdout.write(text);
    else if (typeof text === 'string') writeSync((fd ??= openSync(output, 'w')), text);
    else writeSync((fd ??= openSync(output, 'w')), text);
  };
  // pieces leave together once they add up to WRITE_SIZE: a write per file and per separator
  // was 16,000 system calls for 8,000 files
  let pending: (string | Uint8Array)[] = [];
  let pendingLength = 0;
  // the pieces are encoded straight into one buffer: joining them first copied every byte once more
  const flush = () => {
    if (!pending.length) return;
    const pieces = pending;
    pending = [];
    pendingLength = 0;
    // (a stream may keep the buffer queued after write() returns: each flush has its own)
    const buffer = Buffer.allocUnsafe(utf8Room(pieces));
    const ends = writePieces(pieces, buffer);
    emit(buffer.subarray(0, ends[ends.length - 1]));
  };
  const write = (text: string | Uint8Array) => {
    if (!text.length) return;
    pending.push(text);
    pendingLength += text.length;
    if (pendingLength >= WRITE_SIZE) flush();
  };
  let begun = false;
  let any = false;
  const chunk = (text: string | Uint8Array) => {
    if (!begun) (write(reporter.begin()), (begun = true));
    if (any) write(reporter.separator);
    write(text);
    any = true;
  };
  try {
    let draining: Promise<void> | undefined;
    const run = await lintFiles({ ...options, report: { format, options: reporterOptions } }, (outcome) => {
      if (outcome.chunk) chunk(outcome.chunk);
      // a pipe that reads slower than we lint: wait for it rather than queue the report in memory
      if (!held && !output && process.stdout.writableLength > STDOUT_BACKLOG)
        draining ??= once(process.stdout, 'drain').then(() => void (draining = undefined));
      return draining;
    });
    if (!begun) write(reporter.begin());
    write(reporter.end(run.totals));
    flush();
    barDone();
    if (held) for (const piece of held) process.stdout.write(piece);
    return exitFor(run.totals.errors, run.totals.warnings, run.totals.coverage);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

async function collected(
  options: LintOptions,
  { format, reporterOptions, output, exitFor, barDone }: Report,
): Promise<number> {
  const { runLint, renderResult } = await linter();
  const result = await runLint(options);
  barDone();
  if (options.fix === 'dry-run')
    for (const f of result.fixed) process.stdout.write(unifiedDiff(f.file, f.before, f.after));
  if (options.fix === 'write' && result.fixed.length)
    process.stderr.write(`fixed ${result.fixed.length} file${result.fixed.length === 1 ? '' : 's'}\n`);
  if (result.baselineWritten !== undefined) {
    process.stderr.write(
      `wrote ${options.baseline!.file} with ${result.baselineWritten} finding${result.baselineWritten === 1 ? '' : 's'}; later runs report only new ones\n`,
    );
  }
  const { errors, warnings } = countFindings(result.findings);
  const text = renderResult(format, reporterOptions, result);
  if (output) writeFileSync(output, text);
  else process.stdout.write(text);
  return exitFor(errors, warnings, result.coverage);
}
