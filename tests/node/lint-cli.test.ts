/**
 * `livery lint` as users run it (`node bin/livery.js lint`, compiled by `npm run build:cli`):
 * exit codes, every output format (SARIF checked against the official 2.1.0 schema), bad input,
 * config errors, disable comments, allowlist, baseline and --fix round trips.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './brand-fixture.ts';
import { readConfig } from '../../scripts/config/read-config.ts';
import { runLint } from '../../scripts/lint/engine.ts';
import { github } from '../../scripts/lint/reporters/github.ts';
import { json } from '../../scripts/lint/reporters/json.ts';
import { sarif } from '../../scripts/lint/reporters/sarif.ts';
import { stylish } from '../../scripts/lint/reporters/stylish.ts';
import { lintCliOverMiniBrand, lintFixtureRepo, type LintRun } from './lint-fixture-repo.ts';
import { sarifValidator } from './sarif-schema.ts';

const { catalogue, lint } = lintCliOverMiniBrand();
const repo = (files: Record<string, string | Buffer>) => lintFixtureRepo(files, 'livery-lint-repo-');

describe('exit codes and formats', () => {
  it('exits 0 on a clean repo and 1 with errors, printing a code frame', () => {
    expect(lint(repo({ 'a.css': '.a { color: var(--lv-color-text); }\n' })).status).toBe(0);
    const run = lint(repo({ 'src/a.css': '.a {\n  color: #2955d3;\n}\n' }));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('src/a.css');
    expect(run.stdout).toContain('2:10');
    expect(run.stdout).toContain('is the value of color.link (text): use var(--lv-color-link)');
    expect(run.stdout).toContain('no-raw-color');
    expect(run.stdout).toContain('    2 |   color: #2955d3;');
    expect(run.stdout).toMatch(/\|\s+\^{7}/);
    // piped: no progress bar, no colors
    expect(run.stderr).not.toContain('[#');
    expect(run.stdout).not.toContain('\x1b[');
  });

  it('names the liverykit/tailwind.css utility beside the fix of a Tailwind arbitrary value, variants kept', () => {
    const run = lint(
      repo({ 'a.tsx': 'export const A = () => <p className="p-2 hover:text-[#2955d3]" />;\n' }),
      '--format',
      'json',
    );
    const findings = JSON.parse(run.stdout).findings as { message: string; fix?: { text: string } }[];
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /is the value of color\.link \(text\): use var\(--lv-color-link\); with liverykit\/tailwind\.css: hover:text-link$/,
      ),
    ]);
    // the fix itself works without the Tailwind theme
    expect(findings[0]!.fix!.text).toBe('color:var(--lv-color-link)');
  });

  it('exits 0 with only warnings, 1 with --strict', () => {
    const dir = repo({ 'a.css': '.a { padding: 13px; }\n' });
    expect(lint(dir).status).toBe(0);
    expect(lint(dir, '--strict').status).toBe(1);
  });

  it('writes json with every finding and skipped file', () => {
    const run = lint(repo({ 'a.css': '.a { color: red; }\n', 'b.css': Buffer.from([0, 1, 2, 3]) }), '--format', 'json');
    const data = JSON.parse(run.stdout);
    expect(data.summary).toMatchObject({ files: 2, errors: 1, skipped: 1 });
    expect(data.findings[0]).toMatchObject({
      ruleId: 'no-raw-color',
      file: 'a.css',
      line: 1,
      column: 13,
      endColumn: 16,
      fixable: false,
    });
    expect(data.skipped).toEqual([{ file: 'b.css', reason: 'binary file' }]);
  });

  it('writes SARIF 2.1.0 that validates against the official schema', () => {
    const run = lint(
      repo({ 'src/a b.css': '.a { color: #2955d3; padding: 13px; }\n', 'src/x.svg': Buffer.from([0xff, 0xfe, 0x00]) }),
      '--format',
      'sarif',
    );
    const log = JSON.parse(run.stdout);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    const run0 = log.runs[0];
    expect(run0.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('no-raw-color');
    // the tool's version, and each rule's documentation as an absolute link
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    expect(run0.tool.driver).toMatchObject({ name: 'liverykit', version, semanticVersion: version });
    for (const rule of run0.tool.driver.rules)
      expect(rule.helpUri, rule.id).toMatch(
        new RegExp(
          `^https://github\\.com/[^/]+/[^/]+/blob/v${version.replace(/\./g, '\\.')}/scripts/lint/rules/${rule.id}/README\\.md$|^https://`,
        ),
      );
    expect(run0.tool.driver.rules.find((r: { id: string }) => r.id === 'no-raw-color').helpUri).toMatch(
      /\/blob\/v[^/]+\/scripts\/lint\/rules\/no-raw-color\/README\.md$/,
    );
    const result = run0.results.find((r: { ruleId: string }) => r.ruleId === 'no-raw-color');
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'src/a%20b.css', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 13, endLine: 1, endColumn: 20 },
    });
    expect(run0.tool.driver.rules[result.ruleIndex].id).toBe('no-raw-color');
    expect(run0.invocations[0].toolExecutionNotifications[0].message.text).toContain('binary');
  });

  it('writes GitHub workflow annotations', () => {
    const run = lint(repo({ 'a.css': '.a { color: red; }\n' }), '--format', 'github');
    expect(run.stdout).toMatch(
      /^::error file=a\.css,line=1,col=13,endLine=1,endColumn=16,title=livery no-raw-color::red is an off-brand color .*\(no-raw-color\)$/m,
    );
  });

  it('exits 2 on a usage error', () => {
    const run = lint(repo({}), '--format', 'xml');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--format must be one of');
  });

  it('takes absolute paths as lint-staged and editors pass them, naming files relative to the working directory', () => {
    const dir = repo({ 'src/a.css': '.a { color: #2955d3; }\n' });
    const outside = repo({ 'b.css': '.b { color: #2955d3; }\n' });
    const files = (run: LintRun) => (JSON.parse(run.stdout).findings as { file: string }[]).map((f) => f.file);
    const absolute = lint(dir, '--format', 'json', join(dir, 'src/a.css'), join(outside, 'b.css'));
    expect(absolute.status).toBe(1);
    // (in path order, as every report lists files)
    expect(files(absolute)).toEqual([relative(dir, join(outside, 'b.css')), 'src/a.css']);
    expect(files(lint(dir, '--format', 'json', join(dir, 'src')))).toEqual(['src/a.css']);
    // the same run as with relative paths
    expect(absolute.stdout).toBe(
      lint(dir, '--format', 'json', 'src/a.css', relative(dir, join(outside, 'b.css'))).stdout,
    );
  });

  it('exits 2 naming a path that does not exist, instead of passing with nothing linted', () => {
    const dir = repo({ 'a.css': '.a { color: #2955d3; }\n' });
    const run = lint(dir, 'a.css', 'src/typo.css');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`src/typo.css does not exist (looked for ${join(dir, 'src/typo.css')})`);
    expect(run.stdout).toBe('');
  });
});

describe('bad input never crashes', () => {
  it('reads names that are Object.prototype members as names: file extensions and Tailwind utilities', () => {
    // each once found a function on Object.prototype: a bogus language, or an internal error skipping the file
    const dir = repo({
      'notes.constructor': 'color: #2955d3',
      'notes.__proto__': 'color: #2955d3',
      'page.html': '<div class="constructor-[#2955d3] bg-[#2955d3]"></div>\n',
    });
    const report = JSON.parse(lint(dir, '--format', 'json').stdout);
    expect(report.skipped).toEqual([]);
    expect(report.summary.files).toBe(1);
    expect(report.findings.map((f: { file: string; column: number }) => `${f.file}:${f.column}`)).toEqual([
      'page.html:39',
    ]);
  });

  it('skips binary, invalid UTF-8, huge minified, directories named like files, dangling links and symlink loops, naming each reason', () => {
    const dir = repo({
      'ok.css': '.a {\r\n  color: #2955d3;\r\n}\r\n',
      'bin.css': Buffer.concat([Buffer.from('.a{}'), Buffer.from([0, 0, 0])]),
      'latin1.css': Buffer.from([0x2e, 0x61, 0x7b, 0x63, 0x6f, 0x6c, 0x6f, 0x72, 0x3a, 0xe9, 0x7d]),
      'min.js': `var a=${'1+'.repeat(5 * 1024 * 1024)}1;`,
      'huge.js': `// ${'x'.repeat(100)}\n`.repeat(170_000),
      'big.css': `${'.a { color: var(--lv-color-text); }\n'.repeat(180_000)}.z { color: #2955d3; }\n`,
      'wide.css': `.a{color:red}${' '.repeat(30_000)}\n`,
      'folder.css/inner.txt': 'x',
    });
    symlinkSync('.', join(dir, 'loop'));
    symlinkSync(tmpdir(), join(dir, 'outside'));
    symlinkSync('missing.css', join(dir, 'dangling.css'));
    const run = lint(dir, '--format', 'json');
    expect(run.status).toBe(1);
    const data = JSON.parse(run.stdout);
    const reasons = Object.fromEntries(data.skipped.map((s: { file: string; reason: string }) => [s.file, s.reason]));
    expect(reasons['bin.css']).toBe('binary file');
    expect(reasons['latin1.css']).toBe('invalid UTF-8');
    expect(reasons['min.js']).toMatch(/minified or generated \(a line of 10485768 characters\)/);
    expect(reasons['huge.js']).toMatch(/larger than 16 MB \(16\.9 MB\)/);
    // a big stylesheet of ordinary lines (6.5 MB) is linted to its last line
    expect(reasons['big.css']).toBeUndefined();
    expect(reasons['wide.css']).toMatch(/minified or generated/);
    expect(reasons.loop).toMatch(/symlink loop/);
    expect(reasons.outside).toMatch(/outside the folder being linted/);
    expect(reasons['dangling.css']).toMatch(/does not exist/);
    // CRLF: right line and column
    expect(data.findings).toMatchObject([
      { file: 'big.css', line: 180_001, column: 13 },
      { file: 'ok.css', line: 2, column: 10, endColumn: 17 },
    ]);
  });

  it.skipIf(process.getuid?.() === 0)('names unreadable files', () => {
    const dir = repo({ 'secret.css': '.a { color: red; }' });
    chmodSync(join(dir, 'secret.css'), 0);
    const data = JSON.parse(lint(dir, '--format', 'json').stdout);
    expect(data.skipped).toEqual([{ file: 'secret.css', reason: 'unreadable (permission denied)' }]);
  });

  it('exits 2 naming the file and key of a broken config', () => {
    let run = lint(repo({ 'livery.config.json': '{ "rules": { "no-raw-colr": "error" } }' }));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('livery.config.json › rules.no-raw-colr: unknown rule (did you mean no-raw-color?)');
    run = lint(repo({ 'livery.config.json': '{ "rules": ' }));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/livery\.config\.json: is not valid JSON/);
    run = lint(
      repo({
        'package.json': JSON.stringify({
          name: 'app',
          livery: { allowlist: [{ rule: 'no-raw-color', value: '#fff' }] },
        }),
      }),
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('package.json#livery › allowlist[0].reason: every allowlist entry needs a reason');
    run = lint(repo({ 'livery.config.json': '{ "exclude": "dist" }' }));
    expect(run.stderr).toContain('livery.config.json › exclude: must be an array of glob strings');
  });

  it('reads its own section of a config that also configures check (it used to exit 2 "unknown key")', () => {
    const run = lint(
      repo({
        'livery.config.json': JSON.stringify({
          check: { rules: { contrast: 'warning' } },
          lint: { rules: { 'no-raw-color': 'off' } },
        }),
        'a.css': '.a { color: #123456; }\n',
      }),
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('exits 2 with a clear message when the catalogue is missing', () => {
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'bin', 'livery.js'), 'lint', '--catalogue', 'nowhere/tokens.json'],
      { cwd: repo({ 'a.css': '' }), encoding: 'utf8' },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/tokens\.json does not exist: the token catalogue is generated by `livery build`/);
  });
});

describe('living with it in a big repo', () => {
  it('honours .gitignore and include/exclude globs', () => {
    const dir = repo({
      '.gitignore': 'build/\n*.generated.css\n',
      'build/a.css': '.a { color: red; }',
      'src/x.generated.css': '.a { color: red; }',
      'src/keep.css': '.a { color: red; }',
      'legacy/old.css': '.a { color: red; }',
      'livery.config.json': JSON.stringify({ exclude: ['legacy/**'] }),
    });
    const data = JSON.parse(lint(dir, '--format', 'json').stdout);
    expect(data.findings.map((f: { file: string }) => f.file)).toEqual(['src/keep.css']);
  });

  it('needs a reason in disable comments and reports unused ones', () => {
    const dir = repo({
      'a.css': [
        '/* livery-disable-next-line no-raw-color -- legacy email palette */',
        '.a { color: #123456; }',
        '/* livery-disable-next-line no-raw-color */',
        '.b { color: #654321; }',
        '/* livery-disable-next-line no-raw-color -- nothing to hide */',
        '.c { color: var(--lv-color-text); }',
        '/* livery-disable no-off-scale-value -- spacing migrated in Q3 */',
        '.d { padding: 13px; margin: 7px; }',
        '/* livery-enable no-off-scale-value */',
        '.e { padding: 13px; }',
      ].join('\n'),
    });
    const data = JSON.parse(lint(dir, '--format', 'json').stdout);
    expect(data.findings.map((f: { line: number; ruleId: string }) => `${f.line} ${f.ruleId}`)).toEqual([
      '3 disable-needs-reason',
      '4 no-raw-color',
      '5 unused-disable',
      '10 no-off-scale-value',
    ]);
  });

  it('allowlists with a reason, and an expired entry is an error', () => {
    const config = (expires: string) =>
      JSON.stringify({
        allowlist: [{ rule: 'no-raw-color', value: '#FF00AA', files: 'src/promo/**', reason: 'campaign art', expires }],
      });
    const files = { 'src/promo/a.css': '.a { color: #ff00aa; }', 'src/b.css': '.b { color: #ff00aa; }' };
    let data = JSON.parse(
      lint(repo({ ...files, 'livery.config.json': config('2999-01-01') }), '--format', 'json').stdout,
    );
    expect(data.findings.map((f: { file: string }) => f.file)).toEqual(['src/b.css']);
    expect(data.summary.allowlisted).toBe(1);
    const run = lint(repo({ ...files, 'livery.config.json': config('2020-01-01') }), '--format', 'json');
    data = JSON.parse(run.stdout);
    expect(run.status).toBe(1);
    expect(data.findings.map((f: { ruleId: string }) => f.ruleId).sort()).toEqual([
      'allowlist-expired',
      'no-raw-color',
      'no-raw-color',
    ]);
    expect(data.findings.find((f: { ruleId: string }) => f.ruleId === 'allowlist-expired').message).toContain(
      'livery.config.json › allowlist[0] expired on 2020-01-01',
    );
  });

  it('records a baseline and then reports only new findings', () => {
    const dir = repo({ 'a.css': '.a { color: red; }\n.b { color: blue; }\n' });
    const write = lint(dir, '--baseline-write');
    expect(write.status).toBe(0);
    expect(write.stderr).toContain('wrote .livery-baseline.json with 2 findings');
    expect(lint(dir).status).toBe(0);
    // a line added above moves the old findings; only the new one is reported
    writeFileSync(join(dir, 'a.css'), '.z { color: tomato; }\n.a { color: red; }\n.b { color: blue; }\n');
    const data = JSON.parse(lint(dir, '--format', 'json').stdout);
    expect(data.findings.map((f: { value: string }) => f.value)).toEqual(['tomato']);
    expect(data.summary.baselined).toBe(2);
    expect(JSON.parse(lint(dir, '--format', 'json', '--no-baseline').stdout).findings).toHaveLength(3);
  });

  it('--fix-dry-run prints the diff; --fix rewrites exact matches and deprecated tokens, idempotently', () => {
    const css = '.a {\n  color: #2955d3;\n  background: var(--lv-color-old-link);\n  border-color: #2A56D0;\n}\n';
    const tsx = "export const A = () => <div style={{ color: '#ffffff', padding: '1rem' }} />;\n";
    const dir = repo({ 'a.css': css, 'A.tsx': tsx });
    const dry = lint(dir, '--fix-dry-run');
    expect(dry.stdout).toContain(
      '--- a/a.css\n+++ b/a.css\n@@ -2,2 +2,2 @@\n-  color: #2955d3;\n' +
        '+  color: var(--lv-color-link);\n-  background: var(--lv-color-old-link);\n' +
        '+  background: var(--lv-color-link);',
    );
    // the dry run's diff is a real patch: git apply turns the file into what --fix writes
    const patch = dry.stdout.slice(
      dry.stdout.indexOf('--- a/a.css'),
      dry.stdout.indexOf('\n', dry.stdout.indexOf('+  background: var(--lv-color-link);')) + 1,
    );
    writeFileSync(join(dir, 'fix.patch'), patch);
    const check = spawnSync('git', ['apply', '--check', '--unidiff-zero', 'fix.patch'], { cwd: dir, encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    rmSync(join(dir, 'fix.patch'));
    expect(readFileSync(join(dir, 'a.css'), 'utf8')).toBe(css);
    lint(dir, '--fix');
    expect(readFileSync(join(dir, 'a.css'), 'utf8')).toBe(
      '.a {\n  color: var(--lv-color-link);\n  background: var(--lv-color-link);\n  border-color: #2A56D0;\n}\n',
    );
    expect(readFileSync(join(dir, 'A.tsx'), 'utf8')).toBe(
      "export const A = () => <div style={{ color: 'var(--lv-palette-white)', padding: 'var(--lv-space-4)' }} />;\n",
    );
    const again = lint(dir, '--fix-dry-run');
    expect(again.stdout).not.toContain('+++');
    // the near miss stays: it is reported, not rewritten
    expect(JSON.parse(lint(dir, '--format', 'json').stdout).findings.map((f: { value: string }) => f.value)).toEqual([
      '#2A56D0',
    ]);
  });

  it('--fix in JS can import the typed tokens instead (config fix.js = "import"), but only tokens no theme changes', () => {
    const dir = repo({
      'livery.config.json': JSON.stringify({ fix: { js: 'import' } }),
      'theme.ts':
        "'use client';\nexport const theme = { color: '#12161f', borderColor: '#12161f', pad: { padding: '1rem' } };\n",
    });
    lint(dir, '--fix');
    // color.text changes in dark: its typed export is the light value, so it stays a CSS variable
    expect(readFileSync(join(dir, 'theme.ts'), 'utf8')).toBe(
      "'use client';\nimport { paletteInk, space4 } from 'liverykit/tokens';\n" +
        "export const theme = { color: 'var(--lv-color-text)', borderColor: paletteInk, pad: { " +
        'padding: space4 } };\n',
    );
  });

  it('gives the same findings on one thread and on two', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++)
      files[`src/f${i}.${['css', 'scss', 'tsx', 'vue'][i % 4]}`] =
        i % 4 === 2
          ? `const s = { color: '#${(i * 4099).toString(16).padStart(6, '0').slice(0, 6)}' };\n`
          : `.a${i} { color: #${(i * 4099).toString(16).padStart(6, '0').slice(0, 6)}; padding: ${i % 9}px; }\n`;
    for (let i = 0; i < 400; i += 4)
      files[`src/f${i + 3}.vue`] =
        `<style>.a { color: #${(i * 77).toString(16).padStart(3, '0').slice(0, 3)}; }</style>\n`;
    const dir = repo(files);
    const one = JSON.parse(lint(dir, '--format', 'json', '--threads', '1').stdout);
    const two = JSON.parse(lint(dir, '--format', 'json', '--threads', '2').stdout);
    expect(two.findings.length).toBeGreaterThan(400);
    expect(two).toEqual(one);
  });

  it('streams each format exactly as the whole-result reporters write it, on any number of threads', async () => {
    const files: Record<string, string> = {
      'livery.config.json': JSON.stringify({
        allowlist: [{ rule: 'no-raw-color', value: '#000', reason: 'old', expires: '2020-01-01' }],
      }),
    };
    for (let i = 0; i < 300; i++)
      files[`src/${i % 7}/f${i}.${['css', 'tsx', 'svelte'][i % 3]}`] =
        i % 3 === 1
          ? `export const s = { color: '#${(i * 4099 + 17).toString(16).slice(-6).padStart(6, '0')}', margin: '${i % 11}px' };\n`
          : `${i % 3 === 2 ? '<style>\n' : ''}.a${i} {\n\tcolor: red;\n  padding: ${i % 13}px;\n}\n${i % 3 === 2 ? '</style>\n' : ''}`;
    files['src/bad.css'] = Buffer.from([0xff, 0xfe, 0xfd]) as unknown as string;
    const dir = repo(files);
    const config = readConfig(dir).lint;
    for (const format of ['json', 'stylish', 'github', 'sarif'] as const) {
      const result = await runLint({
        cwd: dir,
        paths: [],
        config,
        catalogue: catalogue(),
        threads: 1,
        baseline: { file: '.livery-baseline.json', write: false, use: true },
        fingerprints: format === 'sarif',
      });
      expect(result.findings.length).toBeGreaterThan(300);
      expect(result.findings[0]!.ruleId).toBe('allowlist-expired');
      const whole = {
        json: json(result),
        stylish: stylish(result),
        github: github(result),
        sarif: sarif(result, 'TEST'),
      }[format];
      for (const threads of ['1', '2']) {
        const run = lint(dir, '--format', format, '--threads', threads);
        expect(run.status, `${format} on ${threads} thread(s)`).toBe(1);
        const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
        const out =
          format === 'sarif'
            ? run.stdout.replaceAll(`"${version}"`, '"TEST"').replaceAll(`/v${version}/`, '/vTEST/')
            : run.stdout;
        expect(out, `${format} on ${threads} thread(s)`).toBe(whole);
      }
    }
  });

  it('--output writes the report to a file, and a run that fails before linting leaves no file behind', () => {
    const dir = repo({ 'a.css': '.a { color: red; }\n' });
    expect(lint(dir, '--format', 'json', '--output', 'report.json').status).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).summary.errors).toBe(1);
    const failed = spawnSync(
      process.execPath,
      [join(ROOT, 'bin', 'livery.js'), 'lint', '--catalogue', 'nowhere/tokens.json', '--output', 'broken.json'],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(failed.status).toBe(2);
    expect(existsSync(join(dir, 'broken.json'))).toBe(false);
  });
});
