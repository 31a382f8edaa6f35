import * as sassParser from 'sass-parser';
import { describe, expect, it } from 'vitest';
import { extractSass } from './sass.ts';

/**
 * Real-shaped stylesheets in the indented syntax: what Vuetify's 144 `.sass` files hold (layers,
 * `@include … using`, nested selectors, `&--modifier`, variables with `!default`, interpolation)
 * and what older code bases do (`=mixin`/`+mixin`, indented comments, selector lists over lines).
 */
const SHEETS = [
  `@use '../../styles/settings'
@use './variables' as *

$alert-padding: 16px !default
$alert-border: thin solid #e0e0e0 !default

@include tools.layer('components')
  .v-alert
    display: grid
    padding: $alert-padding
    --v-border-color: #{$alert-border-color}
    @include tools.rounded($alert-border-radius)

    &--prominent
      grid-template-areas: "prepend content append close"

    &.v-alert--border
      &.v-alert--border-start
        padding-inline-start: $alert-padding + 2px

    @at-root
      @include tools.density('v-alert', $alert-density) using ($modifier)
        padding-bottom: $alert-padding + $modifier
`,
  `// a silent comment
  color: #ff0000
/* a loud comment
   over two lines */
=button-variant($background)
  background: $background
  border: 1px solid darken($background, 10%)

.btn,
.button
  +button-variant(#2955d3)
  color: white
  &:hover
    color: rgba(0, 0, 0, .87) // on hover
  a:hover
    text-decoration: underline

@media (prefers-color-scheme: dark)
  .btn
    background: #12161f
    box-shadow: 0 1px 2px rgba(0, 0, 0, .5), inset 0 0 0 1px #333

%placeholder
  margin: 0 auto
  font:
    family: serif
    size: 14px
`,
];

/** A declaration as `line:property`, the property lower-cased as lint keys it (custom properties as written). */
function theirs(text: string): string[] {
  const out: string[] = [];
  sassParser.sass.parse(text).walkDecls((d) => {
    // the parent of nested properties (`font:` over `family: serif`) has no value to lint
    if (!d.value.trim()) return;
    const prop = d.prop.trim();
    out.push(`${d.source!.start!.line}:${prop.startsWith('--') ? prop : prop.toLowerCase()}`);
  });
  return out.sort();
}

function ours(text: string): string[] {
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  return extractSass(text, { offset: 0 })
    .map((d) => `${lineOf(d.offset)}:${d.property}`)
    .sort();
}

describe('extractSass', () => {
  it('finds the declarations Sass’s own parser (sass-parser, the oracle) finds, on the same lines', () => {
    for (const text of SHEETS) expect(ours(text), text.slice(0, 60)).toEqual(theirs(text));
  });

  it('offsets land on the values, and a comment after a value is not part of it', () => {
    const text = '.a\n  background: url(http://x/y.png) #fff // the page\n';
    const [d] = extractSass(text, { offset: 10 });
    expect(d).toMatchObject({ property: 'background', value: 'url(http://x/y.png) #fff' });
    expect(text.slice(d!.offset - 10, d!.offset - 10 + d!.value.length)).toBe(d!.value);
  });

  it('gives every declaration the selectors and at-rules it is indented under as its scope', () => {
    const text = '@media (prefers-color-scheme: dark)\n  .a,\n  .b\n    color: #fff\n.c\n  color: #000\n';
    expect(extractSass(text, { offset: 0 }).map((d) => d.scope)).toEqual([
      '@media (prefers-color-scheme: dark)\n.a,\n.b',
      '.c',
    ]);
  });
});
