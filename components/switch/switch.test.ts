import { html } from 'lit';
import { commands, page } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { mount } from '../base/test-utils.ts';
import { itBehavesLikeAToggleControl } from '../base/toggle-control-suite.ts';
import type { LvSwitch } from './switch.ts';
import './switch.ts';

const input = (box: LvSwitch) => box.shadowRoot!.querySelector('input')!;

describe('lv-switch', () => {
  itBehavesLikeAToggleControl('lv-switch');

  it('is a native checkbox with the switch role, inside its label', async () => {
    const box = await mount<LvSwitch>(html`<lv-switch>Dark mode</lv-switch>`);
    expect(input(box).type).toBe('checkbox');
    expect(input(box).getAttribute('role')).toBe('switch');
    await expect.element(page.getByRole('switch', { name: 'Dark mode' })).toBeInTheDocument();
  });

  it('moves the thumb to the inline end when on, mirrored in RTL', async () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const box = await mount<LvSwitch>(html`<lv-switch checked>On</lv-switch>`, { dir });
      const track = input(box).getBoundingClientRect();
      const thumb = box.shadowRoot!.querySelector('.thumb')!.getBoundingClientRect();
      const center = thumb.left + thumb.width / 2;
      if (dir === 'ltr') expect(center).toBeGreaterThan(track.left + track.width / 2);
      else expect(center).toBeLessThan(track.left + track.width / 2);
    }
  });

  it('keeps the thumb visible in forced-colors mode', async () => {
    await commands.emulateMedia({ forcedColors: 'active' });
    try {
      const box = await mount<LvSwitch>(html`<lv-switch checked>On</lv-switch>`);
      const thumb = getComputedStyle(box.shadowRoot!.querySelector('.thumb')!);
      expect(Number.parseFloat(thumb.borderTopWidth)).toBeGreaterThan(0);
      expect(thumb.borderTopColor).not.toBe(getComputedStyle(input(box)).backgroundColor);
    } finally {
      await commands.emulateMedia({ forcedColors: 'none' });
    }
  });
});
