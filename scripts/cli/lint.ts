import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BASELINE_FILE } from '../lint/baseline.ts';
import { ConfigError, loadConfig } from '../lint/config.ts';
import { runLint } from '../lint/engine.ts';
import { unifiedDiff } from '../lint/fix.ts';
import { progressBar } from '../lint/progress.ts';
import { github } from '../lint/reporters/github.ts';
import { json, jsonChunks } from '../lint/reporters/json.ts';
import { sarif } from '../lint/reporters/sarif.ts';
import { stylish } from '../lint/reporters/stylish.ts';
import { EXIT, UsageError, type Command } from './command.ts';

const FORMATS = ['stylish', 'json', 'sarif', 'github'];

function packageVersion(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const file of [join(here, '..', '..', 'package.json'), join(here, '..', '..', '..', 'package.json')]) {
    try {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'livery' && pkg.version) return pkg.version;
    } catch {
      // not here
    }
  }
  return '0.0.0';
}

export const lintCommand: Command = {
  name: 'lint',
  summary: 'Find raw colors, off-scale values, unknown/deprecated tokens and logo misuse in a repo',
  usage: [
    'livery lint [paths…] [--format stylish|json|sarif|github] [--output file] [--fix | --fix-dry-run]',
    '            [--config livery.config.json] [--catalogue dist/tokens.json] [--baseline-write] [--baseline file] [--no-baseline]',
    '            [--threads n] [--strict]',
    'Exit codes: 0 clean, 1 errors found (or warnings with --strict), 2 usage or configuration error.',
  ].join('\n'),
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      allowNegative: true,
      options: {
        format: { type: 'string', default: 'stylish' },
        output: { type: 'string', short: 'o' },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        config: { type: 'string' },
        catalogue: { type: 'string' },
        'baseline-write': { type: 'boolean', default: false },
        baseline: { type: 'boolean', default: true },
        'baseline-file': { type: 'string' },
        threads: { type: 'string' },
        strict: { type: 'boolean', default: false },
        color: { type: 'boolean' },
      },
    });
    if (!FORMATS.includes(values.format!)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got ${values.format}`);
    if (values.fix && values['fix-dry-run']) throw new UsageError('use either --fix or --fix-dry-run');
    const threads = values.threads === undefined ? undefined : Number(values.threads);
    if (threads !== undefined && (!Number.isInteger(threads) || threads < 1)) throw new UsageError(`--threads must be a whole number ≥ 1, got ${values.threads}`);
    const cwd = process.cwd();
    let config;
    try {
      config = loadConfig(cwd, values.config);
    } catch (error) {
      if (error instanceof ConfigError) {
        process.stderr.write(`livery lint: config error: ${error.message}\n`);
        return EXIT.usage;
      }
      throw error;
    }
    const bar = values.format === 'stylish' && !values.output ? progressBar() : { update() {}, done() {} };
    let result;
    try {
      result = await runLint({
        cwd,
        paths: positionals,
        config,
        ...(values.catalogue ? { catalogue: values.catalogue } : {}),
        ...(values.fix ? { fix: 'write' as const } : values['fix-dry-run'] ? { fix: 'dry-run' as const } : {}),
        ...(threads ? { threads } : {}),
        baseline: { file: values['baseline-file'] ?? BASELINE_FILE, write: values['baseline-write']!, use: values.baseline! },
        fingerprints: values.format === 'sarif',
        onProgress: bar.update,
      });
    } catch (error) {
      bar.done();
      process.stderr.write(`livery lint: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
    bar.done();
    if (values['fix-dry-run']) for (const f of result.fixed) process.stdout.write(unifiedDiff(f.file, f.before, f.after));
    if (values.fix && result.fixed.length) process.stderr.write(`fixed ${result.fixed.length} file${result.fixed.length === 1 ? '' : 's'}\n`);
    if (result.baselineWritten !== undefined) {
      process.stderr.write(`wrote ${values['baseline-file'] ?? BASELINE_FILE} with ${result.baselineWritten} finding${result.baselineWritten === 1 ? '' : 's'}; later runs report only new ones\n`);
    }
    const errors = result.findings.some((f) => f.severity === 'error');
    const warnings = result.findings.some((f) => f.severity === 'warning');
    const exit = errors || (values.strict && warnings) ? EXIT.findings : EXIT.ok;
    if (values.format === 'json' && !values.output) {
      for (const chunk of jsonChunks(result)) process.stdout.write(chunk);
      return exit;
    }
    const color = values.color ?? (process.stdout.isTTY && !values.output && !process.env.NO_COLOR);
    const text =
      values.format === 'json' ? json(result) : values.format === 'sarif' ? sarif(result, packageVersion()) : values.format === 'github' ? github(result) : stylish(result, color);
    if (values.output) writeFileSync(values.output, text);
    else process.stdout.write(text);
    return exit;
  },
};

