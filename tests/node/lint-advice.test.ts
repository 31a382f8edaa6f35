/**
 * Advice by role as users meet it: candidates in JSON and as SARIF fixes and related locations
 * (checked against the official SARIF 2.1.0 schema), a brand's own roles from the config, and
 * config mistakes in the roles key naming the key and the fix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './brand-fixture.ts';
import { DEFAULT_ROLE_MAP } from '../../scripts/lint/roles.ts';
import { lintCliOverMiniBrand, lintFixtureRepo } from './lint-fixture-repo.ts';
import { sarifValidator } from './sarif-schema.ts';

const { lint } = lintCliOverMiniBrand();
const repo = (files: Record<string, string>) => lintFixtureRepo(files, 'livery-lint-advice-');

const CSS = '.icon {\n  fill: #2955d3;\n  color: #2955d3;\n}\n';

describe('candidates when several tokens fit', () => {
  it('JSON lists every candidate and --fix rewrites only the certain one', () => {
    const dir = repo({ 'a.css': CSS });
    const data = JSON.parse(lint(dir, '--format', 'json').stdout);
    const [fill, color] = data.findings;
    expect(fill).toMatchObject({
      line: 2,
      fixable: false,
      suggestions: [
        { token: 'color.action', text: 'var(--lv-color-action)' },
        { token: 'color.link', text: 'var(--lv-color-link)' },
      ],
    });
    expect(color).toMatchObject({ line: 3, fixable: true, fix: { token: 'color.link', text: 'var(--lv-color-link)' } });
    expect(color.suggestions).toBeUndefined();
    lint(dir, '--fix');
    expect(readFileSync(join(dir, 'a.css'), 'utf8')).toBe(
      '.icon {\n  fill: #2955d3;\n  color: var(--lv-color-link);\n}\n',
    );
  });

  it('SARIF carries the fix, or the candidates as alternative fixes and related locations, and validates', () => {
    const log = JSON.parse(lint(repo({ 'src/a.css': CSS }), '--format', 'sarif').stdout);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    const [fill, color] = log.runs[0].results;
    expect(
      fill.fixes.map(
        (f: { artifactChanges: { replacements: { insertedContent: { text: string } }[] }[] }) =>
          f.artifactChanges[0]!.replacements[0]!.insertedContent.text,
      ),
    ).toEqual(['var(--lv-color-action)', 'var(--lv-color-link)']);
    expect(fill.fixes[0].artifactChanges[0].replacements[0].deletedRegion).toEqual({
      startLine: 2,
      startColumn: 9,
      endLine: 2,
      endColumn: 16,
    });
    expect(fill.relatedLocations.map((l: { message: { text: string } }) => l.message.text)).toEqual([
      'candidate token color.action: var(--lv-color-action)',
      'candidate token color.link: var(--lv-color-link)',
    ]);
    expect(color.fixes).toEqual([
      {
        description: { text: 'Use color.link' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'src/a.css', uriBaseId: '%SRCROOT%' },
            replacements: [
              {
                deletedRegion: { startLine: 3, startColumn: 10, endLine: 3, endColumn: 17 },
                insertedContent: { text: 'var(--lv-color-link)' },
              },
            ],
          },
        ],
      },
    ]);
    expect(color.relatedLocations).toBeUndefined();
  });
});

describe('the role map in the config', () => {
  it('a brand adds roles for its own tokens and properties', () => {
    const dir = repo({
      // fill takes only icons here, and color.link counts as an icon color
      'livery.config.json': JSON.stringify({
        lint: { roles: { tokens: { icon: ['color.link'] }, properties: { fill: ['icon'], '--chip-paint': ['icon'] } } },
      }),
      'a.css': CSS + ':root { --chip-paint: #2955d3; }\n',
    });
    const data = JSON.parse(lint(dir, '--format', 'json').stdout);
    expect(
      data.findings.map((f: { line: number; message: string }) => [
        f.line,
        f.message.replace(/ \(no-raw-color\)$/, ''),
      ]),
    ).toEqual([
      [2, '#2955d3 is the value of color.link (icon): use var(--lv-color-link)'],
      [3, '#2955d3 is the value of color.link (text): use var(--lv-color-link)'],
      [5, '#2955d3 is the value of color.link (icon): use var(--lv-color-link)'],
    ]);
  });

  it('a role named like an Object.prototype member is a role like any other', () => {
    // extending the map once found Object.prototype.toString as the role's patterns: an internal error
    const dir = repo({
      'livery.config.json': JSON.stringify({
        lint: { roles: { tokens: { toString: ['color.link'] }, properties: { '--paint': ['toString'] } } },
      }),
      'a.css': ':root { --paint: #2955d3; }\n',
    });
    const run = lint(dir, '--format', 'json');
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).findings.map((f: { message: string }) => f.message)).toEqual([
      '#2955d3 is the value of color.link (toString): use var(--lv-color-link)',
    ]);
  });

  it('a mistake names the key and the fix, and exits 2', () => {
    const bad = (roles: unknown) =>
      lint(repo({ 'livery.config.json': JSON.stringify({ lint: { roles } }), 'a.css': '' }));
    let run = bad({ properties: { fill: ['icn'] } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'livery.config.json › lint.roles.properties.fill: unknown role "icn" (did you mean icon?)',
    );
    run = bad({ tokens: { surface: 'color.card' } });
    expect(run.stderr).toContain(
      'livery.config.json › lint.roles.tokens.surface: must be an array of token path patterns',
    );
    run = bad({ token: {} });
    expect(run.stderr).toContain('livery.config.json › lint.roles.token: unknown key (did you mean tokens?)');
  });

  it('the README documents every role and every property of the default map', () => {
    const readme = readFileSync(join(ROOT, 'scripts', 'lint', 'README.md'), 'utf8');
    // Table rows as trimmed cells, so the check holds however the formatter pads the columns.
    const rows = readme
      .slice(readme.indexOf('## Roles'))
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .map((line) =>
        line
          .slice(1, -1)
          .split('|')
          .map((cell) => cell.trim()),
      );
    const row = (first: string) => rows.find((cells) => cells[0] === first);
    for (const [role, patterns] of Object.entries(DEFAULT_ROLE_MAP.tokens)) {
      expect(row(`\`${role}\``)?.[1], role).toBe(patterns.map((p) => `\`${p}\``).join(', '));
    }
    for (const [property, roles] of Object.entries(DEFAULT_ROLE_MAP.properties)) {
      expect(
        rows.some((cells) => cells[0]?.includes(`\`${property}\``) && cells[1] === roles.join(', ')),
        property,
      ).toBe(true);
    }
  });
});
