import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { expectPartsAndSlotsDocumented, itHasNoAxeViolationsInEveryTheme, mount } from '../base/test-utils.ts';
import '../icon/icon.ts';
import type { LvBadge } from './badge.ts';
import './badge.ts';

const VARIANTS = ['neutral', 'brand', 'success', 'warning', 'danger', 'info'] as const;

describe('lv-badge', () => {
  it('renders its text and a distinct color per variant', async () => {
    const row = await mount<HTMLElement>(
      html`<div>${VARIANTS.map((v) => html`<lv-badge variant=${v}>${v}</lv-badge>`)}</div>`,
    );
    const badges = [...row.querySelectorAll('lv-badge')];
    expect(badges.map((b) => b.textContent)).toEqual([...VARIANTS]);
    const backgrounds = new Set(
      badges.map((b) => getComputedStyle(b.shadowRoot!.querySelector('[part="base"]')!).backgroundColor),
    );
    expect(backgrounds.size).toBe(VARIANTS.length);
  });

  it('keeps the start icon on the inline start side in RTL', async () => {
    const badge = await mount<LvBadge>(
      html`<lv-badge variant="success"><lv-icon slot="start" name="check" size="sm"></lv-icon>تم</lv-badge>`,
      { dir: 'rtl' },
    );
    const icon = badge.querySelector('lv-icon')!.getBoundingClientRect();
    const box = badge.getBoundingClientRect();
    expect(icon.right).toBeGreaterThan(box.left + box.width / 2);
  });

  it('documents every rendered part and slot', async () => {
    expectPartsAndSlotsDocumented(await mount<LvBadge>(html`<lv-badge>New</lv-badge>`));
  });

  itHasNoAxeViolationsInEveryTheme(
    () => html`<div>${VARIANTS.map((v) => html`<lv-badge variant=${v}>${v}</lv-badge> `)}</div>`,
  );
});
