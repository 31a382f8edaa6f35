import { testRule } from '../../../../tests/node/lint-helpers.ts';
import { noRawColor } from './index.ts';

testRule(noRawColor, {
  accept: [
    { code: '.a { color: var(--lv-color-text); }', description: 'a token reference' },
    { code: '.a { color: transparent; background: currentColor; border-color: inherit; }', description: 'keywords' },
    { code: '/* color: #ff0000 */ .a { color: var(--lv-color-text); }', description: 'a color in a comment' },
    { code: '.a { background: url("img/#fff.png"); content: "#fff"; }', description: 'colors in url() and strings' },
    { code: '.a { color: var(--lv-color-text, #12161f); }', description: 'a fallback of a Livery token' },
    { code: ':root { --lv-color-text: #12161f; }', description: 'a token definition' },
    { code: '.red { grid-area: red; transition-property: color; }', description: 'color words outside color properties' },
    { code: '.a { color: #{$brand}; }', description: 'SCSS interpolation', language: 'scss' },
    { code: "const link = { href: '#abc', id: '#fade' };", description: 'hash strings that are not style', language: 'js' },
    { code: "const msg = 'Paint it #ff0000';", description: 'a non-style string', language: 'js' },
    { code: "type Tone = { color: 'red' | 'blue' };", description: 'a union type', language: 'js' },
    { code: '<p>Use #fff on dark</p><!-- <div style="color: red"> -->', description: 'text content and HTML comments', language: 'html' },
    { code: "const x = theme['#2955d3'] ?? pick('#2955d3', 2); const tags = ['#fade', 'red', '#summary'];", description: 'an index, call arguments, and words in an array', language: 'js' },
  ],
  reject: [
    { code: '.a { color: #2955d3; }', message: 'is the value of palette.blue: use var(--lv-palette-blue)', line: 1, column: 13, fixed: '.a { color: var(--lv-palette-blue); }' },
    { code: '.a { color: #2A56D0; }', message: 'off-brand; nearest token is palette.blue (ΔE2000', line: 1, column: 13 },
    { code: '.a {\n  border: 1px solid tomato;\n}', message: 'tomato is an off-brand color', line: 2, column: 21 },
    { code: '.a { color: oklch(50% 0.2 265); }', message: 'palette.blue', line: 1, column: 13, fixed: '.a { color: var(--lv-palette-blue); }' },
    { code: '.a { box-shadow: 0 1px 2px rgba(0, 0, 0, 0.5); }', message: 'off-brand color', line: 1, column: 28 },
    { code: '.a { background: hsl(0 0% 100%); }', message: 'palette.white', line: 1, column: 18, fixed: '.a { background: var(--lv-palette-white); }' },
    { code: '$brand: #c43b15;', message: 'palette.coral', line: 1, column: 9, language: 'scss', fixed: '$brand: var(--lv-palette-coral);' },
    { code: '@accent: lab(50% 40 59.5);', message: 'off-brand', line: 1, column: 10, language: 'less' },
    { code: "const Button = styled.button`\n  color: #ffffff;\n`;", message: 'palette.white', line: 2, column: 10, language: 'js', fixed: "const Button = styled.button`\n  color: var(--lv-palette-white);\n`;" },
    { code: "<div style={{ backgroundColor: '#12161f' }} />", message: 'palette.ink', line: 1, column: 33, language: 'js', fixed: "<div style={{ backgroundColor: 'var(--lv-palette-ink)' }} />" },
    { code: "export const theme = { colors: { primary: '#3366ff' } };", message: 'off-brand', line: 1, column: 44, language: 'js' },
    { code: "const chart = [12, '#ffffff'];", message: 'palette.white', line: 1, column: 21, language: 'js', fixed: "const chart = [12, 'var(--lv-palette-white)'];" },
    { code: 'static styles = css`:host { color: hwb(0 100% 0%); }`;', message: 'palette.white', line: 1, column: 36, language: 'js', fixed: 'static styles = css`:host { color: var(--lv-palette-white); }`;' },
    { code: '<div style="color: red">x</div>', message: 'red is an off-brand color', line: 1, column: 20, language: 'html' },
    { code: '<svg><path fill="#80c7f8" d="M0 0h1"/></svg>', message: 'palette.sky', line: 1, column: 18, language: 'svg' },
    { code: '<template><p :style="{ color: \'#fff\' }">x</p></template>', message: 'palette.white', line: 1, column: 32, language: 'vue', fixed: '<template><p :style="{ color: \'var(--lv-palette-white)\' }">x</p></template>' },
    { code: '<p style:color="rgb(18 22 31)">x</p>', message: 'palette.ink', line: 1, column: 17, language: 'svelte', fixed: '<p style:color="var(--lv-palette-ink)">x</p>' },
  ],
});
