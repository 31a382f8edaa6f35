/**
 * The behaviour every on/off control shares with the native checkbox (keyboard, events, forms,
 * validity, disabled, RTL, documented parts, axe), as one suite each toggle control's test runs
 * with its own tag. What differs (role, thumb, mixed state, forced colors) stays in its own test.
 */
import { html, unsafeStatic } from 'lit/static-html.js';
import { userEvent } from 'vitest/browser';
import { expect, it } from 'vitest';
import {
  expectDescribedByHintThenError,
  expectPartsAndSlotsDocumented,
  formEntries,
  itHasNoAxeViolationsInEveryTheme,
  mount,
  recordEvents,
} from './test-utils.ts';
import type { LiveryToggleControl } from './toggle-control.ts';

/** `extraStates`: boolean attributes of this control only (`indeterminate`), checked by axe too. */
export function itBehavesLikeAToggleControl(tagName: string, options: { extraStates?: string[] } = {}): void {
  const tag = unsafeStatic(tagName);
  const input = (control: LiveryToggleControl) => control.shadowRoot!.querySelector('input')!;
  const label = (control: LiveryToggleControl) => control.shadowRoot!.querySelector<HTMLElement>('[part="label"]')!;
  const all = (form: HTMLFormElement) => [...form.querySelectorAll<LiveryToggleControl>(tagName)];

  it('toggles with Space and by clicking the label, firing lv-change', async () => {
    const control = await mount<LiveryToggleControl>(html`<${tag}>Terms</${tag}>`);
    let changes = 0;
    control.addEventListener('lv-change', () => changes++);
    await userEvent.tab();
    await userEvent.keyboard(' ');
    expect(control.checked).toBe(true);
    await userEvent.click(label(control));
    expect(control.checked).toBe(false);
    expect(changes).toBe(2);
  });

  it('fires input, change and lv-change once each, in the native order, after the state changed', async () => {
    const form = await mount<HTMLFormElement>(html`<form><${tag} name="wifi" value="yes">Wi-Fi</${tag}></form>`);
    const [control] = all(form);
    const events = recordEvents(control!, () => `${control!.checked}/${JSON.stringify(formEntries(form))}`);
    await userEvent.click(input(control!));
    control!.toggle();
    events.stop();
    expect(events.log).toEqual([
      'input:true/[["wifi","yes"]]',
      'change:true/[["wifi","yes"]]',
      'lv-change:true/[["wifi","yes"]]',
      'input:false/[]',
      'change:false/[]',
      'lv-change:false/[]',
    ]);
  });

  it('fires nothing when its state is set by code, like a native checkbox', async () => {
    const control = await mount<LiveryToggleControl>(html`<${tag}>News</${tag}>`);
    const events = recordEvents(control, () => control.checked);
    control.checked = true;
    await control.updateComplete;
    events.stop();
    expect(events.log).toEqual([]);
    expect(input(control).checked).toBe(true);
  });

  it('keeps a checked state set by script before its first render over the checked attribute, until reset', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form><${tag} name="a" .checked=${true}>A</${tag}><${tag} name="b" checked .checked=${false}>B</${tag}></form>`,
    );
    const [a, b] = all(form);
    expect([a!.checked, b!.checked, input(a!).checked, input(b!).checked]).toEqual([true, false, true, false]);
    expect(formEntries(form)).toEqual([['a', 'on']]);
    form.reset();
    await a!.updateComplete;
    expect([a!.checked, b!.checked]).toEqual([false, true]);
  });

  it('submits its value through FormData only while checked, and resets to the checked attribute', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form><${tag} name="news" value="yes" checked>News</${tag}><${tag} name="tips">Tips</${tag}></form>`,
    );
    expect(formEntries(form)).toEqual([['news', 'yes']]);
    const [news, tips] = all(form);
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
    const form = await mount<HTMLFormElement>(html`<form><${tag} name="terms" required>I accept</${tag}></form>`);
    const [control] = all(form);
    expect(form.checkValidity()).toBe(false);
    expect(control!.validity.valueMissing).toBe(true);
    expect(control!.validationMessage).not.toBe('');
    await control!.updateComplete;
    await control!.updateComplete;
    expect(control!.shadowRoot!.querySelector('[part="error"]')?.textContent).toBe(control!.validationMessage);
    control!.toggle();
    await control!.updateComplete;
    expect(form.checkValidity()).toBe(true);
  });

  it('is described by its hint and, while shown, its validation message', async () => {
    const control = await mount<LiveryToggleControl>(html`<${tag} hint="One a month" required>News</${tag}>`);
    const role = tagName === 'lv-switch' ? 'switch' : 'checkbox';
    await expectDescribedByHintThenError(control, input(control), { role, name: 'News', hint: 'One a month' }, () =>
      control.toggle(),
    );
    control.hint = '';
    await control.updateComplete;
    expect(input(control).hasAttribute('aria-describedby')).toBe(false);
  });

  it('is skipped by Tab and not submitted when disabled', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form><${tag} name="a" checked disabled>A</${tag}><input name="b" value="1" /></form>`,
    );
    await userEvent.tab();
    expect(document.activeElement).toBe(form.querySelector('input'));
    expect(formEntries(form)).toEqual([['b', '1']]);
  });

  it('puts the box on the inline start side in RTL', async () => {
    const control = await mount<LiveryToggleControl>(html`<${tag}>نعم</${tag}>`, { dir: 'rtl' });
    expect(input(control).getBoundingClientRect().left).toBeGreaterThan(label(control).getBoundingClientRect().left);
  });

  it('documents every rendered part and slot', async () => {
    const control = await mount<LiveryToggleControl>(html`<${tag} hint="H" required>L</${tag}>`);
    control.reportValidity();
    await control.updateComplete;
    await control.updateComplete;
    expectPartsAndSlotsDocumented(control);
  });

  itHasNoAxeViolationsInEveryTheme(
    () => html`<div>
      <${tag}>Unchecked</${tag}>
      <${tag} checked hint="We send one a month">Checked</${tag}>
      ${(options.extraStates ?? []).map((state) => html`<${tag} ${unsafeStatic(state)}>${state}</${tag}>`)}
      <${tag} disabled>Disabled</${tag}>
      <${tag} required>Required</${tag}>
    </div>`,
    async (root) => {
      const required = root.querySelector<LiveryToggleControl>(`${tagName}[required]`)!;
      required.reportValidity();
      await required.updateComplete;
    },
  );
}
