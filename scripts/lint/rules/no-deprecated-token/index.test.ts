import { testRule } from '../../../../tests/node/lint-helpers.ts';
import { noDeprecatedToken } from './index.ts';

testRule(noDeprecatedToken, {
  accept: [
    { code: '.a { color: var(--lv-color-link); }', description: 'the replacement' },
    { code: "import { colorLink } from 'liverykit/tokens';", description: 'a current token import', language: 'js' },
    { code: '/* var(--lv-color-old-link) */', description: 'a comment' },
  ],
  reject: [
    {
      code: '.a { color: var(--lv-color-old-link); }',
      message: '--lv-color-old-link is deprecated (Use {color.link} instead): use --lv-color-link',
      line: 1,
      column: 17,
      fixed: '.a { color: var(--lv-color-link); }',
    },
    {
      code: 'const A = styled.a`\n  color: var(--lv-color-old-link);\n`;',
      message: 'deprecated',
      line: 2,
      column: 14,
      language: 'js',
      fixed: 'const A = styled.a`\n  color: var(--lv-color-link);\n`;',
    },
    {
      code: "import { colorOldLink } from 'liverykit/tokens';\nconst c = colorOldLink;",
      message: 'colorOldLink is deprecated',
      line: 1,
      column: 10,
      language: 'js',
      fixed: "import { colorLink as colorOldLink } from 'liverykit/tokens';\nconst c = colorOldLink;",
    },
  ],
});
