import { html } from 'lit';
import { commands, page, userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { expectPartsAndSlotsDocumented, formEntries, itHasNoAxeViolationsInEveryTheme, mount, recordEvents } from '../base/test-utils.ts';
import type { LvCheckbox } from './checkbox.ts';
import './checkbox.ts';

const input = (box: LvCheckbox) => box.shadowRoot!.querySelector('input')!;

describe('lv-checkbox', () => {
  it('is a native checkbox named by its label', async () => {
    const box = await mount<LvCheckbox>(html`<lv-checkbox>Email me updates</lv-checkbox>`);
    expect(input(box).type).toBe('checkbox');
    await expect.element(page.getByRole('checkbox', { name: 'Email me updates' })).toBeInTheDocument();
  });

  it('toggles with Space and by clicking the label, firing lv-change', async () => {
    const box = await mount<LvCheckbox>(html`<lv-checkbox>Terms</lv-checkbox>`);
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
    const form = await mount<HTMLFormElement>(html`<form><lv-checkbox name="news" indeterminate>News</lv-checkbox></form>`);
    const box = form.querySelector('lv-checkbox')!;
    const events = recordEvents(box, () => `${box.checked}/${box.indeterminate}/${formEntries(form).length}`);
    await userEvent.click(box.shadowRoot!.querySelector('[part="label"]')!);
    box.toggle();
    events.stop();
    expect(events.log).toEqual(['input:true/false/1', 'change:true/false/1', 'lv-change:true/false/1', 'input:false/false/0', 'change:false/false/0', 'lv-change:false/false/0']);
  });

  it('fires nothing when its state is set by code, like a native checkbox', async () => {
    const box = await mount<LvCheckbox>(html`<lv-checkbox>News</lv-checkbox>`);
    const events = recordEvents(box, () => box.checked);
    box.checked = true;
    await box.updateComplete;
    events.stop();
    expect(events.log).toEqual([]);
    expect(input(box).checked).toBe(true);
  });

  it('submits its value through FormData only while checked, and resets to the checked attribute', async () => {
    const form = await mount<HTMLFormElement>(html`<form><lv-checkbox name="news" value="yes" checked>News</lv-checkbox><lv-checkbox name="tips">Tips</lv-checkbox></form>`);
    expect(formEntries(form)).toEqual([['news', 'yes']]);
    const [news, tips] = form.querySelectorAll('lv-checkbox');
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
    const form = await mount<HTMLFormElement>(html`<form><lv-checkbox name="terms" required>I accept</lv-checkbox></form>`);
    const box = form.querySelector('lv-checkbox')!;
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

  it('shows the mixed state until toggled', async () => {
    const box = await mount<LvCheckbox>(html`<lv-checkbox indeterminate>All</lv-checkbox>`);
    expect(input(box).indeterminate).toBe(true);
    box.toggle();
    await box.updateComplete;
    expect(input(box).indeterminate).toBe(false);
    expect(box.checked).toBe(true);
  });

  it('is skipped by Tab and not submitted when disabled', async () => {
    const form = await mount<HTMLFormElement>(html`<form><lv-checkbox name="a" checked disabled>A</lv-checkbox><input name="b" value="1" /></form>`);
    await userEvent.tab();
    expect(document.activeElement).toBe(form.querySelector('input'));
    expect(formEntries(form)).toEqual([['b', '1']]);
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

  it('puts the box on the inline start side in RTL', async () => {
    const box = await mount<LvCheckbox>(html`<lv-checkbox>نعم</lv-checkbox>`, { dir: 'rtl' });
    expect(input(box).getBoundingClientRect().left).toBeGreaterThan(box.shadowRoot!.querySelector('[part="label"]')!.getBoundingClientRect().left);
  });

  it('documents every rendered part and slot', async () => {
    const box = await mount<LvCheckbox>(html`<lv-checkbox hint="H" required>L</lv-checkbox>`);
    box.reportValidity();
    await box.updateComplete;
    await box.updateComplete;
    expectPartsAndSlotsDocumented(box);
  });

  itHasNoAxeViolationsInEveryTheme(
    () => html`<div>
      <lv-checkbox>Unchecked</lv-checkbox>
      <lv-checkbox checked hint="We send one a month">Checked</lv-checkbox>
      <lv-checkbox indeterminate>Mixed</lv-checkbox>
      <lv-checkbox disabled>Disabled</lv-checkbox>
      <lv-checkbox required>Required</lv-checkbox>
    </div>`,
    async (root) => {
      const required = root.querySelector<LvCheckbox>('lv-checkbox[required]')!;
      required.reportValidity();
      await required.updateComplete;
    },
  );
});
