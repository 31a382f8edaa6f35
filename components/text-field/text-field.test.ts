import { html } from 'lit';
import { userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import {
  THEMES,
  expectDescribedByHintThenError,
  expectNoAxeViolations,
  expectPartsAndSlotsDocumented,
  formEntries,
  mount,
  recordEvents,
} from '../base/test-utils.ts';
import '../button/button.ts';
import type { LvTextField } from './text-field.ts';
import './text-field.ts';

const input = (field: LvTextField) => field.shadowRoot!.querySelector('input')!;

describe('lv-text-field', () => {
  it('renders the label, hint and value as text and names the input', async () => {
    const field = await mount<LvTextField>(
      html`<lv-text-field label="<b>Email</b>" hint="We never share it" value="a@b.c"></lv-text-field>`,
    );
    const label = field.shadowRoot!.querySelector('label')!;
    expect(label.textContent).toBe('<b>Email</b>');
    expect(label.querySelector('b')).toBeNull();
    expect(input(field).value).toBe('a@b.c');
    expect(input(field).labels?.[0]).toBe(label);
    expect(input(field).getAttribute('aria-describedby')).toBe('hint');
  });

  it('types with the keyboard and submits through FormData', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form><lv-text-field name="email" label="Email"></lv-text-field></form>`,
    );
    const field = form.querySelector('lv-text-field')!;
    await userEvent.click(input(field));
    await userEvent.keyboard('hello');
    expect(field.value).toBe('hello');
    await field.updateComplete;
    expect(formEntries(form)).toEqual([['email', 'hello']]);
  });

  it('keeps a value set by script before its first render over the value attribute, until reset', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form><lv-text-field name="q" label="Q" value="attr" .value=${'bound'}></lv-text-field></form>`,
    );
    const field = form.querySelector('lv-text-field')!;
    expect([field.value, input(field).value]).toEqual(['bound', 'bound']);
    form.reset();
    await field.updateComplete;
    expect(field.value).toBe('attr');
    field.setAttribute('value', 'next');
    await field.updateComplete;
    expect(field.value).toBe('next');
  });

  it('fires input per keystroke with the new value, then change and lv-change once on commit', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form><lv-text-field name="q" label="Query"></lv-text-field><input name="other" /></form>`,
    );
    const field = form.querySelector('lv-text-field')!;
    const events = recordEvents(field, () => `${field.value}/${new FormData(form).get('q')}`);
    await userEvent.click(input(field));
    await userEvent.keyboard('ab');
    await userEvent.click(form.querySelector('input[name=other]')!);
    events.stop();
    expect(events.log).toEqual(['input:a/a', 'input:ab/ab', 'change:ab/ab', 'lv-change:ab/ab']);
  });

  it('submits with Enter through the first submit button, its name and value included', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form>
        <lv-text-field name="q" label="Query" value="x"></lv-text-field
        ><lv-text-field name="r" label="Other"></lv-text-field>
        <lv-button type="submit" name="intent" value="save">Save</lv-button
        ><lv-button type="submit" name="intent" value="publish">Publish</lv-button>
      </form>`,
    );
    const submissions: { data: [string, FormDataEntryValue][]; submitter: string | undefined }[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submissions.push({
        data: [...new FormData(form, event.submitter)],
        submitter: (event.submitter as HTMLButtonElement | null)?.value,
      });
    });
    await userEvent.click(input(form.querySelector('lv-text-field')!));
    await userEvent.keyboard('{Enter}');
    expect(submissions).toEqual([
      {
        data: [
          ['q', 'x'],
          ['r', ''],
          ['intent', 'save'],
        ],
        submitter: 'save',
      },
    ]);
    form.querySelector('lv-button')!.disabled = true;
    await userEvent.keyboard('{Enter}');
    expect(submissions).toHaveLength(1); // a disabled default button blocks implicit submission, as in HTML
  });

  it('blocks submission while required and empty, shows the browser message, and resets', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form><lv-text-field name="q" label="Query" required value="start"></lv-text-field></form>`,
    );
    const field = form.querySelector('lv-text-field')!;
    expect(form.checkValidity()).toBe(true);
    field.value = '';
    await field.updateComplete;
    let submitted = false;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted = true;
    });
    form.requestSubmit();
    expect(submitted).toBe(false);
    expect(field.validity.valueMissing).toBe(true);
    await field.updateComplete;
    await field.updateComplete;
    const error = field.shadowRoot!.querySelector('[part="error"]');
    expect(error?.textContent).toBe(field.validationMessage);
    expect(input(field).getAttribute('aria-invalid')).toBe('true');
    form.reset();
    await field.updateComplete;
    expect(field.value).toBe('start');
    expect(field.validity.valid).toBe(true);
  });

  it('is described by its hint and, while shown, its validation message', async () => {
    const field = await mount<LvTextField>(
      html`<lv-text-field label="Email" hint="We never share it" required></lv-text-field>`,
    );
    await expectDescribedByHintThenError(
      field,
      input(field),
      { role: 'textbox', name: 'Email', hint: 'We never share it' },
      () => {
        field.value = 'a@b.c';
      },
    );
  });

  it('is not submitted when disabled, directly or by its fieldset', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form>
        <fieldset><lv-text-field name="a" label="A" value="1"></lv-text-field></fieldset>
        <lv-text-field name="b" label="B" value="2" disabled></lv-text-field>
      </form>`,
    );
    expect(formEntries(form)).toEqual([['a', '1']]);
    form.querySelector('fieldset')!.disabled = true;
    expect(formEntries(form)).toEqual([]);
  });

  it('supports setCustomValidity', async () => {
    const field = await mount<LvTextField>(html`<lv-text-field label="Name"></lv-text-field>`);
    field.setCustomValidity('Taken');
    expect(field.checkValidity()).toBe(false);
    expect(field.validationMessage).toBe('Taken');
    field.setCustomValidity('');
    expect(field.checkValidity()).toBe(true);
  });

  it('lays out right to left', async () => {
    const field = await mount<LvTextField>(html`<lv-text-field label="اسم" value="x"></lv-text-field>`, { dir: 'rtl' });
    expect(getComputedStyle(input(field)).direction).toBe('rtl');
    const label = field.shadowRoot!.querySelector('label')!.getBoundingClientRect();
    const frame = field.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
    expect(Math.round(label.right)).toBe(Math.round(frame.right));
  });

  it('documents every rendered part and slot', async () => {
    const field = await mount<LvTextField>(html`<lv-text-field label="L" hint="H" required></lv-text-field>`);
    field.reportValidity();
    await field.updateComplete;
    await field.updateComplete;
    expectPartsAndSlotsDocumented(field);
  });

  for (const theme of THEMES) {
    it(`has no axe violations in the ${theme.name} theme`, async () => {
      const field = await mount<LvTextField>(
        html`<div>
          <lv-text-field label="Email" hint="We never share it" value="a@b.c"></lv-text-field
          ><lv-text-field label="Name" required placeholder="Ada"></lv-text-field
          ><lv-text-field label="Off" disabled value="x"></lv-text-field>
        </div>`,
        { attributes: theme.attributes },
      );
      const required = field.querySelectorAll('lv-text-field')[1]!;
      required.reportValidity();
      await required.updateComplete;
      await expectNoAxeViolations(field);
    });
  }
});
