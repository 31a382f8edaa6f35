import { html } from 'lit';
import { commands, page, userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { expectPartsAndSlotsDocumented, formEntries, itHasNoAxeViolationsInEveryTheme, mount, recordEvents } from '../base/test-utils.ts';
import type { LvSwitch } from './switch.ts';
import './switch.ts';

const input = (box: LvSwitch) => box.shadowRoot!.querySelector('input')!;

describe('lv-switch', () => {
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

  it('toggles with Space and by clicking the label, firing lv-change', async () => {
    const box = await mount<LvSwitch>(html`<lv-switch>Terms</lv-switch>`);
    let changes = 0;
    box.addEventListener('lv-change', () => changes++);
    await userEvent.tab();
    await userEvent.keyboard(' ');
    expect(box.checked).toBe(true);
    await userEvent.click(box.shadowRoot!.querySelector('[part="label"]')!);
    expect(box.checked).toBe(false);
    expect(changes).toBe(2);
  });

  it('fires input, change and lv-change once each, in the native order, after the state changed', async () => {
    const form = await mount<HTMLFormElement>(html`<form><lv-switch name="wifi" value="yes">Wi-Fi</lv-switch></form>`);
    const box = form.querySelector('lv-switch')!;
    const events = recordEvents(box, () => `${box.checked}/${JSON.stringify(formEntries(form))}`);
    await userEvent.click(input(box));
    events.stop();
    expect(events.log).toEqual(['input:true/[["wifi","yes"]]', 'change:true/[["wifi","yes"]]', 'lv-change:true/[["wifi","yes"]]']);
  });

  it('keeps a checked state set by script before its first render over the checked attribute, until reset', async () => {
    const form = await mount<HTMLFormElement>(html`<form><lv-switch name="a" .checked=${true}>A</lv-switch><lv-switch name="b" checked .checked=${false}>B</lv-switch></form>`);
    const [a, b] = form.querySelectorAll('lv-switch');
    expect([a!.checked, b!.checked, input(a!).checked, input(b!).checked]).toEqual([true, false, true, false]);
    expect(formEntries(form)).toEqual([['a', 'on']]);
    form.reset();
    await a!.updateComplete;
    expect([a!.checked, b!.checked]).toEqual([false, true]);
  });

  it('submits its value through FormData only while checked, and resets to the checked attribute', async () => {
    const form = await mount<HTMLFormElement>(html`<form><lv-switch name="news" value="yes" checked>News</lv-switch><lv-switch name="tips">Tips</lv-switch></form>`);
    expect(formEntries(form)).toEqual([['news', 'yes']]);
    const [news, tips] = form.querySelectorAll('lv-switch');
    tips!.toggle();
    news!.toggle();
    await tips!.updateComplete;
    await news!.updateComplete;
    expect(formEntries(form)).toEqual([['tips', 'on']]);
    form.reset();
    await news!.updateComplete;
    expect(formEntries(form)).toEqual([['news', 'yes']]);
  });

  it('blocks submission while required and unchecked', async () => {
    const form = await mount<HTMLFormElement>(html`<form><lv-switch name="terms" required>I accept</lv-switch></form>`);
    const box = form.querySelector('lv-switch')!;
    expect(form.checkValidity()).toBe(false);
    expect(box.validity.valueMissing).toBe(true);
    expect(box.validationMessage).not.toBe('');
    await box.updateComplete;
    await box.updateComplete;
    expect(box.shadowRoot!.querySelector('[part="error"]')?.textContent).toBe(box.validationMessage);
    box.toggle();
    await box.updateComplete;
    expect(form.checkValidity()).toBe(true);
  });

  it('is skipped by Tab and not submitted when disabled', async () => {
    const form = await mount<HTMLFormElement>(html`<form><lv-switch name="a" checked disabled>A</lv-switch><input name="b" value="1" /></form>`);
    await userEvent.tab();
    expect(document.activeElement).toBe(form.querySelector('input'));
    expect(formEntries(form)).toEqual([['b', '1']]);
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

  it('puts the box on the inline start side in RTL', async () => {
    const box = await mount<LvSwitch>(html`<lv-switch>نعم</lv-switch>`, { dir: 'rtl' });
    expect(input(box).getBoundingClientRect().left).toBeGreaterThan(box.shadowRoot!.querySelector('[part="label"]')!.getBoundingClientRect().left);
  });

  it('documents every rendered part and slot', async () => {
    const box = await mount<LvSwitch>(html`<lv-switch hint="H" required>L</lv-switch>`);
    box.reportValidity();
    await box.updateComplete;
    await box.updateComplete;
    expectPartsAndSlotsDocumented(box);
  });

  itHasNoAxeViolationsInEveryTheme(
    () => html`<div>
      <lv-switch>Unchecked</lv-switch>
      <lv-switch checked hint="We send one a month">Checked</lv-switch>
      <lv-switch disabled>Disabled</lv-switch>
      <lv-switch required>Required</lv-switch>
    </div>`,
    async (root) => {
      const required = root.querySelector<LvSwitch>('lv-switch[required]')!;
      required.reportValidity();
      await required.updateComplete;
    },
  );
});
