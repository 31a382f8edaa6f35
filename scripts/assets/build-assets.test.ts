import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../diagnostics.ts';
import { normalizeHex, sanitizeSvg } from './build-assets.ts';

describe('sanitizeSvg', () => {
  it('removes scripts, event handlers, foreignObject and external references, reporting each', () => {
    const diagnostics = new Diagnostics();
    const svg = sanitizeSvg(
      '<svg viewBox="0 0 1 1" onload="alert(1)"><script>alert(2)</script><foreignObject><div/></foreignObject>' +
        '<use href="https://evil.example/x.svg#a"/><use href="#local"/><path style="fill:url(http://x/y)" d="M0 0"/><!-- note --></svg>',
      'logo.svg',
      diagnostics,
    )!;
    expect(svg).not.toMatch(/onload|<script|foreignObject|evil\.example|http:\/\/x/);
    expect(svg).toContain('href="#local"');
    expect(diagnostics.warnings.map((d) => d.message.split(':')[0])).toEqual([
      'removed a <script> element',
      'removed a <foreignObject> element',
      'removed an event handler attribute',
      'removed an external reference',
      'removed an external url()',
    ]);
  });

  it('rejects a file that is not SVG', () => {
    const diagnostics = new Diagnostics();
    expect(sanitizeSvg('GIF89a', 'logo.svg', diagnostics)).toBeUndefined();
    expect(diagnostics.errors[0]!.message).toBe('is not an SVG document');
  });
});

describe('normalizeHex', () => {
  it('compares hex spellings', () => {
    expect(normalizeHex('#FFF')).toBe('#ffffff');
    expect(normalizeHex('#2147c0ff')).toBe('#2147c0');
    expect(normalizeHex('#2147c080')).toBe('#2147c080');
  });
});
