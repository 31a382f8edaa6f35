/** The stylelint plugin (`liverykit/stylelint`) runs the same rules inside stylelint 18, with fixes. */
import stylelint from 'stylelint';
import { beforeAll, describe, expect, it } from 'vitest';
import plugins from '../../scripts/lint/stylelint-plugin.ts';
import { rules } from '../../scripts/lint/rules/index.ts';
import { miniCatalogue } from './lint-helpers.ts';

let catalogue: string;
beforeAll(async () => {
  catalogue = await miniCatalogue();
});

const config = () => ({
  plugins,
  rules: Object.fromEntries(
    [
      'no-raw-color',
      'no-off-scale-value',
      'no-unknown-token',
      'no-deprecated-token',
      'no-unregistered-font-family',
    ].map((id) => [`livery/${id}`, [true, { catalogue }]]),
  ),
});

describe('liverykit/stylelint', () => {
  it('exposes every declaration rule as livery/<id>', () => {
    expect(plugins.map((p) => (p as unknown as { ruleName: string }).ruleName).sort()).toEqual(
      rules
        .filter((r) => r.meta.id !== 'no-logo-misuse')
        .map((r) => `livery/${r.meta.id}`)
        .sort(),
    );
  });

  it('reports with positions and the same messages as livery lint', async () => {
    const code = '.a {\n  color: #2955d3;\n  padding: 13px;\n  background: var(--lv-color-txt);\n}\n';
    const { results } = await stylelint.lint({ code, config: config() });
    const warnings = results[0]!.warnings.map((w) => ({
      rule: w.rule,
      line: w.line,
      column: w.column,
      endColumn: w.endColumn,
      text: w.text,
    }));
    expect(warnings).toEqual([
      {
        rule: 'livery/no-raw-color',
        line: 2,
        column: 10,
        endColumn: 17,
        text: expect.stringContaining('#2955d3 is the value of color.link (text): use var(--lv-color-link)'),
      },
      {
        rule: 'livery/no-off-scale-value',
        line: 3,
        column: 12,
        endColumn: 16,
        text: expect.stringContaining('13px is off the spacing scale'),
      },
      {
        rule: 'livery/no-unknown-token',
        line: 4,
        column: 19,
        endColumn: 33,
        text: expect.stringContaining('did you mean --lv-color-text?'),
      },
    ]);
    expect(warnings.every((w) => w.text.endsWith(`(${w.rule})`))).toBe(true);
  });

  it('fixes exact matches and deprecated tokens, and leaves the rest', async () => {
    const code =
      '.a { color: #2955d3; border-color: #2A56D0; background: var(--lv-color-old-link); padding: 1rem 13px; }';
    const result = await stylelint.lint({ code, config: config(), fix: true });
    expect(result.code).toBe(
      '.a { color: var(--lv-color-link); border-color: #2A56D0; background: var(--lv-color-link); padding: var(--lv-space-4) 13px; }',
    );
  });

  it('reads the theme from the rule and at-rules around a declaration', async () => {
    const code =
      '@media (prefers-color-scheme: dark) {\n  .a { color: #fff; }\n}\n[data-theme=dark] .b { background: #12161f; }\n';
    const result = await stylelint.lint({ code, config: config(), fix: true });
    expect(result.code).toBe(
      '@media (prefers-color-scheme: dark) {\n  .a { color: var(--lv-color-text); }\n}\n[data-theme=dark] .b { background: var(--lv-color-surface); }\n',
    );
  });

  it('works on SCSS through postcss-scss', async () => {
    const { results } = await stylelint.lint({
      code: '$brand: #c43b15;\n.a { color: $brand; // #fff\n}',
      config: { ...config(), customSyntax: 'postcss-scss' },
    });
    expect(results[0]!.warnings.map((w) => w.text)).toEqual([expect.stringContaining('palette.coral')]);
  });
});
