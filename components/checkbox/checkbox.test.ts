import { html } from 'lit';
import { commands, page, userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { formEntries, mount, recordEvents } from '../base/test-utils.ts';
import { itBehavesLikeAToggleControl } from '../base/toggle-control-suite.ts';
import type { LvCheckbox } from './checkbox.ts';
import './checkbox.ts';

const input = (box: LvCheckbox) => box.shadowRoot!.querySelector('input')!;

describe('lv-checkbox', () => {
  itBehavesLikeAToggleControl('lv-checkbox', { extraStates: ['indeterminate'] });

  it('is a native checkbox named by its label', async () => {
    const box = await mount<LvCheckbox>(html`<lv-checkbox>Email me updates</lv-checkbox>`);
    expect(input(box).type).toBe('checkbox');
    await expect.element(page.getByRole('checkbox', { name: 'Email me updates' })).toBeInTheDocument();
  });

  it('leaves the mixed state before its events fire, when the user toggles it', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form><lv-checkbox name="news" indeterminate>News</lv-checkbox></form>`,
    );
    const box = form.querySelector('lv-checkbox')!;
    const events = recordEvents(box, () => `${box.checked}/${box.indeterminate}/${formEntries(form).length}`);
    await userEvent.click(box.shadowRoot!.querySelector('[part="label"]')!);
    events.stop();
    expect(events.log).toEqual(['input:true/false/1', 'change:true/false/1', 'lv-change:true/false/1']);
  });

  it('shows the mixed state until toggled', async () => {
    const box = await mount<LvCheckbox>(html`<lv-checkbox indeterminate>All</lv-checkbox>`);
    expect(input(box).indeterminate).toBe(true);
    box.toggle();
    await box.updateComplete;
    expect(input(box).indeterminate).toBe(false);
    expect(box.checked).toBe(true);
  });

  it('keeps the check mark visible in forced-colors mode', async () => {
    await commands.emulateMedia({ forcedColors: 'active' });
    try {
      const box = await mount<LvCheckbox>(html`<lv-checkbox checked>On</lv-checkbox>`);
      const mark = box.shadowRoot!.querySelector('.mark')!;
      expect(getComputedStyle(mark).visibility).toBe('visible');
      expect(getComputedStyle(mark).stroke).not.toBe(getComputedStyle(input(box)).backgroundColor);
    } finally {
      await commands.emulateMedia({ forcedColors: 'none' });
    }
  });
});
