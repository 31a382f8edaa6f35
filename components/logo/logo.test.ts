import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { expectPartsAndSlotsDocumented, itHasNoAxeViolationsInEveryTheme, mount } from '../base/test-utils.ts';
import { LOCKUPS, VARIANTS, lockups } from './logo-set.ts';
import type { LvLogo } from './logo.ts';
import './logo.ts';

const svgOf = (logo: LvLogo) => logo.shadowRoot!.querySelector('svg')!;

describe('lv-logo', () => {
  it('renders every approved lockup × variant as a named image', async () => {
    const row = await mount<HTMLElement>(
      html`<div>
        ${LOCKUPS.flatMap((l) => VARIANTS.map((v) => html`<lv-logo lockup=${l} variant=${v}></lv-logo>`))}
      </div>`,
    );
    const logos = [...row.querySelectorAll('lv-logo')];
    expect(logos).toHaveLength(9);
    for (const logo of logos) {
      expect(svgOf(logo), `${logo.lockup}-${logo.variant}`).not.toBeNull();
      expect(svgOf(logo).getAttribute('role')).toBe('img');
      expect(svgOf(logo).getAttribute('aria-label')).toBeTruthy();
    }
  });

  it('refuses lockups that are not approved', async () => {
    const logo = await mount<LvLogo>(html`<lv-logo lockup="stacked"></lv-logo>`);
    expect(logo.shadowRoot!.querySelector('svg')).toBeNull();
  });

  it('never renders below the lockup’s minimum width', async () => {
    for (const lockup of LOCKUPS) {
      const min = lockups[lockup]!.minWidthPx!;
      const logo = await mount<LvLogo>(html`<lv-logo lockup=${lockup} width=${min / 2}></lv-logo>`);
      expect(svgOf(logo).getBoundingClientRect().width, lockup).toBeCloseTo(min, 0);
      const squeezed = await mount<HTMLElement>(
        html`<div style="inline-size: 1px; overflow: hidden"><lv-logo lockup=${lockup}></lv-logo></div>`,
      );
      expect(
        svgOf(squeezed.querySelector('lv-logo')!).getBoundingClientRect().width,
        `${lockup} squeezed`,
      ).toBeGreaterThanOrEqual(min - 0.5);
    }
  });

  it('keeps the clear space (ratio × height) on every side', async () => {
    for (const lockup of LOCKUPS) {
      const logo = await mount<LvLogo>(html`<lv-logo lockup=${lockup} width="200"></lv-logo>`);
      const inner = svgOf(logo).getBoundingClientRect();
      const outer = logo.getBoundingClientRect();
      const clear = inner.height * lockups[lockup]!.clearSpaceRatio!;
      expect(inner.left - outer.left, lockup).toBeCloseTo(clear, 0);
      expect(outer.right - inner.right, lockup).toBeCloseTo(clear, 0);
      expect(inner.top - outer.top, lockup).toBeCloseTo(clear, 0);
      expect(outer.bottom - inner.bottom, lockup).toBeCloseTo(clear, 0);
    }
  });

  it('draws the mono variant in the current text color and works in RTL', async () => {
    const logo = await mount<LvLogo>(
      html`<lv-logo lockup="mark" variant="mono" style="color: var(--lv-color-status-info-fg)"></lv-logo>`,
      { dir: 'rtl' },
    );
    const painted = svgOf(logo).querySelector('[fill="currentColor"]');
    expect(painted).not.toBeNull();
    expect(getComputedStyle(painted!).fill).toBe(getComputedStyle(logo).color);
  });

  it('documents every rendered part and slot', async () => {
    expectPartsAndSlotsDocumented(await mount<LvLogo>(html`<lv-logo></lv-logo>`));
  });

  itHasNoAxeViolationsInEveryTheme(
    () => html`<div><lv-logo></lv-logo><lv-logo lockup="mark" variant="mono" label="Livery home"></lv-logo></div>`,
  );
});
