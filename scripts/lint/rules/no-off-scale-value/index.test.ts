import { testRule } from '../../../../tests/node/lint-helpers.ts';
import { noOffScaleValue } from './index.ts';

testRule(noOffScaleValue, {
  accept: [
    { code: '.a { margin: 0 auto; padding: var(--lv-space-4); }', description: 'zero, auto and tokens' },
    { code: '.a { padding: 50%; margin: 2em; gap: 1vw; }', description: 'relative units' },
    { code: '.a { width: 13px; top: 7px; }', description: 'properties without a scale' },
    { code: '.a { padding: calc(100% - 13px); }', description: 'math functions' },
    { code: '.a { z-index: 1; line-height: 1; }', description: 'allowed z-index and line-height 1' },
    { code: '.a { transition: opacity var(--lv-duration-fast) var(--lv-easing-standard) 50ms; }', description: 'a shorthand whose delay is raw' },
    { code: '.a { font-size: smaller; font-weight: bolder; }', description: 'relative keywords' },
    { code: '.a { border-radius: 4px; }', description: 'a category the brand has no scale for' },
  ],
  reject: [
    { code: '.a { padding: 13px; }', message: '13px is off the spacing scale; nearest token is space.4 (1rem)', line: 1, column: 15 },
    { code: '.a { padding: 1rem; }', message: '1rem is space.4: use var(--lv-space-4)', line: 1, column: 15, fixed: '.a { padding: var(--lv-space-4); }' },
    { code: '.a {\n  margin: 0 0 -18px;\n}', message: 'off the spacing scale', line: 2, column: 15 },
    { code: '.a { margin-top: -1rem; }', message: '-1rem is -1 × space.4: use calc(-1 * var(--lv-space-4))', line: 1, column: 18, fixed: '.a { margin-top: calc(-1 * var(--lv-space-4)); }', description: 'a negative length keeps its sign' },
    { code: "const Title = styled.h2`margin: 0 0 -1rem;`;", message: '-1rem is -1 × space.4', line: 1, column: 37, language: 'js', fixed: "const Title = styled.h2`margin: 0 0 calc(-1 * var(--lv-space-4));`;", description: 'a negative length in a shorthand: only that part' },
    { code: '<div className="-mt-[1rem] p-[13px]" />', message: '1rem is space.4', line: 1, column: 22, language: 'js', fixed: '<div className="-mt-[var(--lv-space-4)] p-[13px]" />', description: 'Tailwind arbitrary spacing (the sign is the utility\'s)', also: [{ message: '13px is off the spacing scale', line: 1, column: 31 }] },
    { code: '.a { font-size: 14px; }', message: 'off the font size scale; nearest token is font.size.100', line: 1, column: 17 },
    { code: '.a { font-weight: 600; }', message: 'off the font weight scale', line: 1, column: 19 },
    { code: '.a { font-weight: 400; }', message: 'font.weight.regular', line: 1, column: 19, fixed: '.a { font-weight: var(--lv-font-weight-regular); }' },
    { code: '.a { line-height: 1.4; }', message: 'off the line height scale', line: 1, column: 19 },
    { code: '.a { transition-duration: 250ms; }', message: 'off the duration scale; nearest token is duration.fast (120ms)', line: 1, column: 27 },
    { code: '.a { transition: transform 0.3s ease-out; }', message: 'off the duration scale', line: 1, column: 28 },
    { code: '.a { animation-timing-function: cubic-bezier(.4, 0, .2, 1); }', message: 'off the easing scale', line: 1, column: 33 },
    { code: '.a { transition: opacity 120ms cubic-bezier(0.2, 0, 0, 1); }', message: 'duration.fast', line: 1, column: 26, fixed: '.a { transition: opacity var(--lv-duration-fast) var(--lv-easing-standard); }', also: [{ message: 'cubic-bezier(0.2, 0, 0, 1) is easing.standard', line: 1, column: 32 }] },
    { code: "<div style={{ padding: 13 }} />", message: 'off the spacing scale', line: 1, column: 24, language: 'js' },
    { code: "const Box = styled.div`\n  gap: 10px;\n`;", message: 'off the spacing scale', line: 2, column: 8, language: 'js' },
  ],
});
