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
    { code: '<div className="bg-[var(--lv-color-surface)] grid-cols-[1fr_2fr] text-[14px]" />', description: 'Tailwind arbitrary values that are tokens or not colors', language: 'js' },
    { code: "const x = theme['#2955d3'] ?? pick('#2955d3', 2); const tags = ['#fade', 'red', '#summary'];", description: 'an index, call arguments, and words in an array', language: 'js' },
  ],
  reject: [
    // by role: the same blue is a link in text, the primary action in a background
    { code: '.a { color: #2955d3; }', message: 'is the value of color.link (text): use var(--lv-color-link)', line: 1, column: 13, fixed: '.a { color: var(--lv-color-link); }', description: 'a text color: the text-role token' },
    { code: '.a { background: #2955d3; }', message: 'color.action (interactive)', line: 1, column: 18, fixed: '.a { background: var(--lv-color-action); }', description: 'a background: the interactive token, not the link' },
    { code: '.a { color: #fff; }', message: 'palette.white: use var(--lv-palette-white) (no semantic text token has this value, so it will not follow the theme)', line: 1, column: 13, fixed: '.a { color: var(--lv-palette-white); }', description: 'white text: the surface token is never suggested for text' },
    { code: '.a { fill: #2955d3; }', message: 'is the value of 2 icon/text/brand/dataviz/interactive tokens (color.action, color.link)', line: 1, column: 12, description: 'two fitting tokens: both listed, nothing rewritten' },
    { code: '.a { border-color: #2955d3; }', message: 'no semantic border/focus token has this value', line: 1, column: 20, fixed: '.a { border-color: var(--lv-palette-blue); }', description: 'no border token: the primitive, saying so' },
    { code: '.a { color: #2A56D0; }', message: 'off-brand; nearest text token is color.link (ΔE2000', line: 1, column: 13 },
    { code: '.a { color: oklch(50% 0.2 265); }', message: 'color.link', line: 1, column: 13, fixed: '.a { color: var(--lv-color-link); }' },
    { code: '.a { background: hsl(0 0% 100%); }', message: 'color.surface (surface)', line: 1, column: 18, fixed: '.a { background: var(--lv-color-surface); }' },
    // theme-aware: a literal under a dark selector is matched against the dark values
    { code: '@media (prefers-color-scheme: dark) {\n  .a { color: #fff; }\n}', message: 'color.text (text) in dark', line: 2, column: 15, fixed: '@media (prefers-color-scheme: dark) {\n  .a { color: var(--lv-color-text); }\n}', description: 'white text in a dark media query: the text token' },
    { code: '[data-theme="dark"] .card { background: #12161f; }', message: 'color.surface (surface) in dark', line: 1, column: 41, fixed: '[data-theme="dark"] .card { background: var(--lv-color-surface); }', description: 'a data-theme="dark" selector' },
    { code: '.dark .card { background-color: #12161f; }', message: 'color.surface (surface) in dark', line: 1, column: 33, fixed: '.dark .card { background-color: var(--lv-color-surface); }', description: 'a .dark ancestor' },
    { code: 'static styles = css`:host-context(.dark) { color: #fff; }`;', message: 'color.text (text) in dark', line: 1, column: 51, language: 'js', fixed: 'static styles = css`:host-context(.dark) { color: var(--lv-color-text); }`;', description: ':host-context(.dark) in a Lit component' },
    { code: "export const darkTheme = {\n  colors: { background: '#12161f' },\n};", message: 'color.surface (surface) in dark', line: 2, column: 26, language: 'js', fixed: "export const darkTheme = {\n  colors: { background: 'var(--lv-color-surface)' },\n};", description: 'a styled-components theme object named dark' },
    { code: '[data-brand="campaign"] .cta { background: #c43b15; }', message: 'color.action (interactive) in light-campaign', line: 1, column: 44, fixed: '[data-brand="campaign"] .cta { background: var(--lv-color-action); }', description: 'a brand context' },
    { code: '.card { background: #12161f; }', message: 'palette.ink: use var(--lv-palette-ink) (no semantic surface/interactive/status-background/scrim token', line: 1, column: 21, fixed: '.card { background: var(--lv-palette-ink); }', description: 'the dark surface outside a dark selector: the primitive, not the themed surface' },
    // alpha counts; computed colors have no nearest
    { code: '.a { color: rgba(18, 22, 31, 0.12); }', message: 'no color token has alpha 0.12', line: 1, column: 13, description: 'a translucent ink is not "near" the opaque ink' },
    { code: '.a { background: rgba(var(--rgb-primary-color), 0.04); }', message: 'is computed from --rgb-primary-color, not from a token; use a color token', line: 1, column: 18 },
    { code: '.a { box-shadow: 0 1px 0 rgba($black, .12); }', message: 'computed from $black, not from a token', line: 1, column: 26, language: 'scss' },
    // shorthands: only the offending part is replaced
    { code: '.a {\n  border: 1px solid tomato;\n}', message: 'tomato is an off-brand color', line: 2, column: 21 },
    { code: '.a { border: 1px solid #2955d3; }', message: 'palette.blue', line: 1, column: 24, fixed: '.a { border: 1px solid var(--lv-palette-blue); }', description: 'the color of a border shorthand' },
    { code: '.a { box-shadow: 0 0 0 2px #2955d3, 0 1px 2px rgba(0, 0, 0, 0.5); }', message: 'palette.blue', line: 1, column: 28, fixed: '.a { box-shadow: 0 0 0 2px var(--lv-palette-blue), 0 1px 2px rgba(0, 0, 0, 0.5); }', description: 'one color of a two-layer shadow', also: [{ message: 'no color token has alpha 0.5', line: 1, column: 47 }] },
    { code: '.a { box-shadow: 0 1px 2px rgba(0, 0, 0, 0.5); }', message: 'no color token has alpha 0.5', line: 1, column: 28 },
    // variables: the name says the role, else only a color one token has is certain
    { code: '$brand: #c43b15;', message: 'palette.coral', line: 1, column: 9, language: 'scss', fixed: '$brand: var(--lv-palette-coral);' },
    { code: '$brand: #2955d3;', message: 'is the value of 3 color tokens (color.action, color.link, palette.blue)', line: 1, column: 9, language: 'scss', description: 'a variable whose name says nothing, of a value three tokens have' },
    { code: '$text-color: #2955d3;', message: 'color.link (text)', line: 1, column: 14, language: 'scss', fixed: '$text-color: var(--lv-color-link);', description: 'a variable named for text' },
    { code: ':root { --card-bg: #fff; }', message: 'color.surface (surface)', line: 1, column: 20, fixed: ':root { --card-bg: var(--lv-color-surface); }', description: 'a custom property named for a background' },
    { code: '@accent: lab(50% 40 59.5);', message: 'off-brand', line: 1, column: 10, language: 'less' },
    { code: "const Button = styled.button`\n  color: #12161f;\n`;", message: 'color.text', line: 2, column: 10, language: 'js', fixed: "const Button = styled.button`\n  color: var(--lv-color-text);\n`;" },
    { code: "<div style={{ backgroundColor: '#12161f' }} />", message: 'palette.ink', line: 1, column: 33, language: 'js', fixed: "<div style={{ backgroundColor: 'var(--lv-palette-ink)' }} />" },
    { code: "export const theme = { colors: { primary: '#3366ff' } };", message: 'off-brand', line: 1, column: 44, language: 'js' },
    { code: "const chart = [12, '#ffffff'];", message: 'is the value of 2 color tokens (color.surface, palette.white)', line: 1, column: 21, language: 'js' },
    { code: 'static styles = css`:host { color: hwb(0 100% 0%); }`;', message: 'palette.white', line: 1, column: 36, language: 'js', fixed: 'static styles = css`:host { color: var(--lv-palette-white); }`;' },
    // Tailwind arbitrary values are the property their utility sets
    { code: '<div className="p-4 bg-[#2955d3] hover:text-[#2955d3]" />', message: 'color.action (interactive)', line: 1, column: 25, language: 'js', fixed: '<div className="p-4 bg-[color:var(--lv-color-action)] hover:text-[color:var(--lv-color-link)]" />', description: 'bg-[…] and text-[…] in className', also: [{ message: 'color.link (text)', line: 1, column: 46 }] },
    { code: '<p class="shadow-[0_0_0_2px_#2955d3]">x</p>', message: 'palette.blue', line: 1, column: 29, language: 'html', fixed: '<p class="shadow-[0_0_0_2px_var(--lv-palette-blue)]">x</p>', description: 'a color inside a Tailwind shadow: only that part, without spaces' },
    { code: "const card = cn('rounded-lg', 'border-[color:#2955d3]');", message: 'palette.blue', line: 1, column: 46, language: 'js', fixed: "const card = cn('rounded-lg', 'border-[color:var(--lv-palette-blue)]');", description: 'a class list in a call, with a type hint' },
    { code: '<div style="color: red">x</div>', message: 'red is an off-brand color', line: 1, column: 20, language: 'html' },
    { code: '<svg><path fill="#80c7f8" d="M0 0h1"/></svg>', message: 'palette.sky', line: 1, column: 18, language: 'svg' },
    { code: '<template><p :style="{ color: \'#fff\' }">x</p></template>', message: 'palette.white', line: 1, column: 32, language: 'vue', fixed: '<template><p :style="{ color: \'var(--lv-palette-white)\' }">x</p></template>' },
    { code: '<p style:color="rgb(18 22 31)">x</p>', message: 'color.text', line: 1, column: 17, language: 'svelte', fixed: '<p style:color="var(--lv-color-text)">x</p>' },
  ],
});
