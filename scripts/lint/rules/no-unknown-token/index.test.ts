import { testRule } from '../../../../tests/node/lint-helpers.ts';
import { noUnknownToken } from './index.ts';

testRule(noUnknownToken, {
  accept: [
    { code: '.a { color: var(--lv-color-text); font: var(--lv-typography-body); }', description: 'existing tokens' },
    { code: '.a { font-size: var(--lv-typography-body-font-size); }', description: 'a composite field property' },
    {
      code: ':host { --lv-button-gap: 4px; } .a { gap: var(--lv-button-gap); }',
      description: 'a property the file defines itself',
    },
    {
      code: '.a { padding: var(--lv-button-padding-inline, var(--lv-space-4)); }',
      description: 'a component knob with a fallback',
    },
    { code: '.a { color: var(--brand-text); }', description: 'custom properties outside the Livery prefix' },
    { code: '/* var(--lv-colr-text) */ .a {}', description: 'a comment' },
  ],
  reject: [
    {
      code: '.a { color: var(--lv-color-txt); }',
      message: '--lv-color-txt is not a Livery token (did you mean --lv-color-text?)',
      line: 1,
      column: 17,
    },
    {
      code: '.a {\n  background: var(--lv-color-surfce, white);\n}',
      message: 'did you mean --lv-color-surface?',
      line: 2,
      column: 19,
    },
    {
      code: '.a { color: var(--lv-nothing-like-it); }',
      message: '--lv-nothing-like-it is not a Livery token',
      line: 1,
      column: 17,
    },
    {
      code: "const s = { color: 'var(--lv-palete-ink)' };",
      message: 'did you mean --lv-palette-ink?',
      line: 1,
      column: 25,
      language: 'js',
    },
    {
      code: 'static styles = css`:host { color: var(--lv-color-acton); }`;',
      message: 'did you mean --lv-color-action?',
      line: 1,
      column: 40,
      language: 'js',
    },
  ],
});
