import { html } from 'lit';
import { page, userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import {
  expectDescribedByHintThenError,
  expectPartsAndSlotsDocumented,
  formEntries,
  itHasNoAxeViolationsInEveryTheme,
  mount,
  recordEvents,
  settle,
} from '../base/test-utils.ts';
import type { LvSelect } from './select.ts';
import './select.ts';

const native = (select: LvSelect) => select.shadowRoot!.querySelector('select')!;
const sizes = html`<lv-select name="size" label="Size">
  <option value="s">Small</option>
  <option value="m" selected>Medium</option>
  <option value="l">Large</option>
  <option value="xl" disabled>Extra large</option>
</lv-select>`;

describe('lv-select', () => {
  it('copies its option children as text into a native select named by its label', async () => {
    const select = await mount<LvSelect>(
      html`<lv-select label="Pick"
        ><option value="a">&lt;b&gt;A&lt;/b&gt;</option>
        <optgroup label="More"><option value="b">B</option></optgroup></lv-select
      >`,
    );
    const options = [...native(select).querySelectorAll('option')];
    expect(options.map((o) => o.textContent)).toEqual(['<b>A</b>', 'B']);
    expect(native(select).querySelector('optgroup')?.label).toBe('More');
    expect(native(select).querySelector('b')).toBeNull();
    await expect.element(page.getByRole('combobox', { name: 'Pick' })).toBeInTheDocument();
  });

  it('starts on the selected option and follows option changes', async () => {
    const select = await mount<LvSelect>(sizes);
    expect(select.value).toBe('m');
    expect(native(select).value).toBe('m');
    const option = document.createElement('option');
    option.value = 'xxl';
    option.textContent = 'Huge';
    select.append(option);
    await settle(select.parentElement!);
    expect([...native(select).options].map((o) => o.value)).toContain('xxl');
  });

  it('changes with the arrow keys and submits through FormData', async () => {
    const form = await mount<HTMLFormElement>(html`<form>${sizes}</form>`);
    const select = form.querySelector('lv-select')!;
    let changes = 0;
    select.addEventListener('lv-change', () => changes++);
    await userEvent.tab();
    expect(select.shadowRoot!.activeElement).toBe(native(select));
    await userEvent.keyboard('{ArrowDown}');
    await select.updateComplete;
    expect(select.value).toBe('l');
    expect(changes).toBe(1);
    expect(formEntries(form)).toEqual([['size', 'l']]);
    form.reset();
    await select.updateComplete;
    expect(select.value).toBe('m');
    expect(native(select).value).toBe('m');
  });

  it('fires input, change and lv-change once each, in the native order, after the value changed', async () => {
    const form = await mount<HTMLFormElement>(html`<form>${sizes}</form>`);
    const select = form.querySelector('lv-select')!;
    const events = recordEvents(select, () => `${select.value}/${new FormData(form).get('size')}`);
    await userEvent.selectOptions(native(select), 's');
    events.stop();
    expect(events.log).toEqual(['input:s/s', 'change:s/s', 'lv-change:s/s']);
  });

  it('blocks submission while required and on the empty placeholder', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form>
        <lv-select name="c" label="Country" required
          ><option value="">Choose…</option>
          <option value="nl">Netherlands</option></lv-select
        >
      </form>`,
    );
    const select = form.querySelector('lv-select')!;
    expect(form.checkValidity()).toBe(false);
    expect(select.validity.valueMissing).toBe(true);
    select.value = 'nl';
    await select.updateComplete;
    expect(form.checkValidity()).toBe(true);
    expect(formEntries(form)).toEqual([['c', 'nl']]);
  });

  it('is described by its hint and, while shown, its validation message', async () => {
    const select = await mount<LvSelect>(
      html`<lv-select label="Country" hint="Where you live" required
        ><option value="">Choose…</option>
        <option value="nl">Netherlands</option></lv-select
      >`,
    );
    const frame = select.shadowRoot!.querySelector('[part="frame"]')!;
    await expectDescribedByHintThenError(
      select,
      native(select),
      { role: 'combobox', name: 'Country', hint: 'Where you live' },
      () => {
        expect(frame.classList.contains('invalid')).toBe(true);
        select.value = 'nl';
      },
    );
    expect(frame.classList.contains('invalid')).toBe(false);
  });

  it('is not submitted when disabled', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form>
        <lv-select name="x" label="X" disabled><option>1</option></lv-select>
      </form>`,
    );
    expect(formEntries(form)).toEqual([]);
  });

  it('puts the chevron on the inline end side in RTL', async () => {
    const select = await mount<LvSelect>(html`<lv-select label="حجم"><option>صغير</option></lv-select>`, {
      dir: 'rtl',
    });
    const chevron = select.shadowRoot!.querySelector('.chevron')!.getBoundingClientRect();
    const frame = select.shadowRoot!.querySelector('[part="frame"]')!.getBoundingClientRect();
    expect(chevron.left - frame.left).toBeLessThan(frame.right - chevron.right);
  });

  it('documents every rendered part and slot', async () => {
    const select = await mount<LvSelect>(
      html`<lv-select label="L" hint="H" required><option value="">-</option></lv-select>`,
    );
    select.reportValidity();
    await select.updateComplete;
    await select.updateComplete;
    expectPartsAndSlotsDocumented(select);
  });

  itHasNoAxeViolationsInEveryTheme(
    () =>
      html`<div>
        ${sizes}
        <lv-select label="Country" hint="Where we ship" required
          ><option value="">Choose…</option>
          <option value="nl">Netherlands</option></lv-select
        >
        <lv-select label="Off" disabled><option>One</option></lv-select>
      </div>`,
    async (root) => {
      const required = root.querySelector<LvSelect>('lv-select[required]')!;
      required.reportValidity();
      await required.updateComplete;
    },
  );
});
