import { testRule } from '../../../../tests/node/lint-helpers.ts';
import { noUnregisteredFontFamily } from './index.ts';

testRule(noUnregisteredFontFamily, {
  accept: [
    { code: '.a { font-family: var(--lv-font-family-sans); }', description: 'a token' },
    { code: '.a { font-family: Inter, sans-serif; }', description: 'registered families' },
    { code: '.a { font-family: inherit; }', description: 'a CSS-wide keyword' },
    { code: '.a { font-family: $body-font; }', description: 'a preprocessor variable', language: 'scss' },
  ],
  reject: [
    {
      code: '.a { font-family: "Comic Sans MS", sans-serif; }',
      message: '"Comic Sans MS" is not a registered font family (registered: Inter)',
      line: 1,
      column: 19,
    },
    {
      code: ".a { font-family: Inter, 'Helvetica Neue', Arial; }",
      message: '"Helvetica Neue"',
      line: 1,
      column: 26,
      also: [{ message: '"Arial" is not a registered font family', line: 1, column: 44 }],
    },
    {
      code: '.a { font-family: Inter, system-ui, sans-serif; }',
      message: 'font.family.sans',
      line: 1,
      column: 19,
      fixed: '.a { font-family: var(--lv-font-family-sans); }',
    },
    {
      code: "<p style={{ fontFamily: 'Georgia, serif' }} />",
      message: '"Georgia"',
      line: 1,
      column: 26,
      language: 'js',
    },
  ],
});
