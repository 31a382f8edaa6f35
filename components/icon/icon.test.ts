import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { expectPartsAndSlotsDocumented, itHasNoAxeViolationsInEveryTheme, mount, tokenPx } from '../base/test-utils.ts';
import { iconNames } from './icon-set.ts';
import type { LvIcon } from './icon.ts';
import './icon.ts';

const svgOf = (icon: LvIcon) => icon.shadowRoot!.querySelector('svg')!;

describe('lv-icon', () => {
  it('finds the brand icon set', () => {
    expect(iconNames.length).toBeGreaterThan(0);
  });

  it('renders every icon on the 24×24 grid with the set’s one stroke, in the current color', async () => {
    const row = await mount<HTMLElement>(
      html`<div style="color: var(--lv-color-status-danger-fg)">
        ${iconNames.map((name) => html`<lv-icon name=${name}></lv-icon>`)}
      </div>`,
    );
    for (const icon of row.querySelectorAll('lv-icon')) {
      const svg = svgOf(icon);
      expect(svg, icon.name).not.toBeNull();
      expect(svg.getAttribute('viewBox'), icon.name).toBe('0 0 24 24');
      expect(svg.getAttribute('fill'), icon.name).toBe('none');
      expect(svg.getAttribute('stroke'), icon.name).toBe('currentColor');
      expect(svg.getAttribute('stroke-width'), icon.name).toBe('1.75');
      expect(getComputedStyle(svg).stroke, icon.name).toBe(getComputedStyle(row).color);
    }
  });

  it('is decorative by default and an image with a name when labelled', async () => {
    const row = await mount<HTMLElement>(
      html`<div><lv-icon name=${iconNames[0]!}></lv-icon><lv-icon name=${iconNames[0]!} label="Done"></lv-icon></div>`,
    );
    const [plain, labelled] = row.querySelectorAll('lv-icon');
    expect(svgOf(plain!).getAttribute('aria-hidden')).toBe('true');
    expect(svgOf(labelled!).getAttribute('role')).toBe('img');
    expect(svgOf(labelled!).getAttribute('aria-label')).toBe('Done');
  });

  it('sizes from the space scale', async () => {
    const row = await mount<HTMLElement>(
      html`<div>
        <lv-icon name=${iconNames[0]!} size="sm"></lv-icon><lv-icon name=${iconNames[0]!} size="lg"></lv-icon>
      </div>`,
    );
    const [sm, lg] = row.querySelectorAll('lv-icon');
    expect(sm!.getBoundingClientRect().width).toBeCloseTo(tokenPx('--lv-space-4'), 1);
    expect(lg!.getBoundingClientRect().width).toBeCloseTo(tokenPx('--lv-space-6'), 1);
  });

  it('renders nothing for an unknown name', async () => {
    const icon = await mount<LvIcon>(html`<lv-icon name="no-such-icon"></lv-icon>`);
    expect(icon.shadowRoot!.querySelector('svg')).toBeNull();
  });

  it('mirrors directional icons in RTL only when asked', async () => {
    const row = await mount<HTMLElement>(
      html`<div><lv-icon name="arrow-right" flip-rtl></lv-icon><lv-icon name="arrow-right"></lv-icon></div>`,
      { dir: 'rtl' },
    );
    const [flipped, plain] = row.querySelectorAll('lv-icon');
    expect(getComputedStyle(svgOf(flipped!)).scale).toBe('-1 1');
    expect(getComputedStyle(svgOf(plain!)).scale).toBe('none');
  });

  it('documents every rendered part and slot', async () => {
    expectPartsAndSlotsDocumented(await mount<LvIcon>(html`<lv-icon name=${iconNames[0]!}></lv-icon>`));
  });

  itHasNoAxeViolationsInEveryTheme(
    () => html`<p>${iconNames.map((name) => html`<lv-icon name=${name} label=${name}></lv-icon>`)}</p>`,
  );
});
