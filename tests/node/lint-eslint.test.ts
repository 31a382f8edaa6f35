/**
 * `liverykit/eslint` inside the real ESLint (flat config): the same findings and messages as
 * `livery lint` on JS, TS, JSX and TSX (through @typescript-eslint/parser) and Vue (through
 * vue-eslint-parser), role- and theme-aware fixes with `--fix`, candidates as suggestions.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import vueParser from 'vue-eslint-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../scripts/lint/eslint-plugin.ts';
import { lintText } from '../../scripts/lint/lint-file.ts';
import { miniCatalogue, settingsFor } from './lint-helpers.ts';

let catalogue: string;
beforeAll(async () => {
  catalogue = await miniCatalogue();
});

const ruleIds = Object.keys(plugin.rules!);

function eslint(extra: Linter.Config[] = []): ESLint {
  const rules = Object.fromEntries(
    ruleIds.map((id) => [`livery/${id}`, ['error', { catalogue }]]),
  ) as Linter.RulesRecord;
  return new ESLint({
    cwd: mkdtempSync(join(tmpdir(), 'livery-eslint-')),
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.{js,jsx,ts,tsx}'],
        languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
        plugins: { livery: plugin },
        rules,
      },
      {
        files: ['**/*.vue'],
        languageOptions: { parser: vueParser, parserOptions: { parser: tsParser } },
        plugins: { livery: plugin },
        rules,
      },
      ...extra,
    ],
  });
}

const TSX = `import styled from 'styled-components';

export const Button = styled.button\`
  color: #2955d3;
  padding: 13px;
  margin-top: -1rem;
\`;

export const darkTheme = {
  colors: { background: '#12161f' },
};

export const Icon = () => <svg style={{ fill: '#2955d3' }} className="bg-[#2955d3]" />;
`;

describe('liverykit/eslint', () => {
  it('exposes every declaration rule and a recommended flat config', () => {
    expect(ruleIds.sort()).toEqual([
      'no-deprecated-token',
      'no-off-scale-value',
      'no-raw-color',
      'no-unknown-token',
      'no-unregistered-font-family',
    ]);
    expect((plugin.configs.recommended as { plugins: Record<string, unknown> }).plugins.livery).toBe(plugin);
  });

  it('reports on TSX what livery lint reports, at the same places with the same messages', async () => {
    const [result] = await eslint().lintText(TSX, { filePath: 'src/Button.tsx' });
    expect(result!.messages.filter((m) => m.fatal)).toEqual([]);
    const got = result!.messages.map((m) => ({ rule: m.ruleId, line: m.line, column: m.column, message: m.message }));
    const expected = lintText('src/Button.tsx', TSX, 'js', await settingsFor()).map((f) => ({
      rule: `livery/${f.ruleId}`,
      line: f.line,
      column: f.column,
      message: f.message,
    }));
    expect(got).toEqual(expected);
    expect(got.map((m) => m.message)).toEqual([
      '#2955d3 is the value of color.link (text): use var(--lv-color-link)',
      '13px is off the spacing scale; nearest token is space.4 (1rem): use var(--lv-space-4)',
      '-1rem is -1 × space.4: use calc(-1 * var(--lv-space-4))',
      '#12161f is the value of color.surface (surface) in dark: use var(--lv-color-surface)',
      '#2955d3 is the value of 2 icon/text/brand/dataviz/interactive tokens (color.action, color.link): choose the one this value means; --fix leaves it',
      '#2955d3 is the value of color.action (interactive): use var(--lv-color-action); with liverykit/tailwind.css: bg-action',
    ]);
    // the ambiguous fill offers both tokens as suggestions and no fix
    const fill = result!.messages[4]!;
    expect(fill.fix).toBeUndefined();
    expect(fill.suggestions!.map((s) => s.desc)).toEqual([
      'Use color.action: var(--lv-color-action)',
      'Use color.link: var(--lv-color-link)',
    ]);
  });

  it('--fix rewrites what is certain, keeping the sign and Tailwind spelling, and nothing else', async () => {
    const [result] = await eslint([]).lintText(TSX, { filePath: 'src/Button.tsx' });
    const engine = new ESLint({
      ...{},
      cwd: mkdtempSync(join(tmpdir(), 'livery-eslint-')),
      overrideConfigFile: true,
      fix: true,
      overrideConfig: [
        {
          files: ['**/*.tsx'],
          languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
          plugins: { livery: plugin },
          rules: {
            'livery/no-raw-color': ['error', { catalogue }],
            'livery/no-off-scale-value': ['error', { catalogue }],
          },
        },
      ],
    });
    const [fixed] = await engine.lintText(TSX, { filePath: 'src/Button.tsx' });
    expect(result!.messages.length).toBe(6);
    expect(fixed!.output).toBe(
      TSX.replace('color: #2955d3;', 'color: var(--lv-color-link);')
        .replace('margin-top: -1rem;', 'margin-top: calc(-1 * var(--lv-space-4));')
        .replace("background: '#12161f'", "background: 'var(--lv-color-surface)'")
        .replace('bg-[#2955d3]', 'bg-[color:var(--lv-color-action)]'),
    );
  });

  it('reads plain JS and JSX with the default parser, and Vue single-file components with vue-eslint-parser', async () => {
    const [js] = await eslint([
      {
        files: ['**/*.js'],
        languageOptions: { parser: undefined as never, parserOptions: { ecmaFeatures: { jsx: true } } },
      },
    ]).lintText("const s = { color: 'tomato' };\n", { filePath: 'a.js' });
    expect(js!.messages.map((m) => m.message)).toEqual([expect.stringContaining('tomato is an off-brand color')]);
    const vue =
      '<template>\n  <p :style="{ color: \'#fff\' }">x</p>\n</template>\n' +
      '<script setup lang="ts">\nconst n: number = 1;\n</script>\n<style>\n' +
      '.a { background: #2955d3; }\n</style>\n';
    const [result] = await eslint().lintText(vue, { filePath: 'src/A.vue' });
    expect(result!.messages.filter((m) => m.fatal)).toEqual([]);
    expect(result!.messages.map((m) => [m.line, m.message])).toEqual([
      [2, expect.stringContaining('palette.white')],
      [8, expect.stringContaining('color.action (interactive)')],
    ]);
  });

  it('a missing catalogue is one clear report, not a crash', async () => {
    const engine = new ESLint({
      cwd: mkdtempSync(join(tmpdir(), 'livery-eslint-')),
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.js'],
          plugins: { livery: plugin },
          rules: { 'livery/no-raw-color': ['error', { catalogue: 'nowhere/tokens.json' }] },
        },
      ],
    });
    const [result] = await engine.lintText("const s = { color: 'red' };\n", { filePath: 'a.js' });
    expect(result!.messages).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringContaining('nowhere/tokens.json does not exist') }),
    ]);
  });
});
