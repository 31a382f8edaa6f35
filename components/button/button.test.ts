import { html } from 'lit';
import { commands, userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { expectPartsAndSlotsDocumented, itHasNoAxeViolationsInEveryTheme, mount, tokenPx } from '../base/test-utils.ts';
import '../icon/icon.ts';
import type { LvButton } from './button.ts';
import './button.ts';

const base = (button: LvButton) => button.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;

describe('lv-button', () => {
  it('renders a native button with its label and reflects variant and size', async () => {
    const row = await mount<HTMLElement>(
      html`<div><lv-button variant="danger" size="lg">Delete</lv-button><lv-button>Save</lv-button></div>`,
    );
    const [danger, primary] = row.querySelectorAll('lv-button');
    expect(base(danger!).localName).toBe('button');
    expect(base(danger!).getAttribute('type')).toBe('button');
    expect(danger!.textContent).toBe('Delete');
    expect(danger!.getAttribute('variant')).toBe('danger');
    expect(getComputedStyle(base(danger!)).backgroundColor).not.toBe(getComputedStyle(base(primary!)).backgroundColor);
    expect(base(danger!).getBoundingClientRect().height).toBeCloseTo(tokenPx('--lv-size-control-lg'), 0);
    expect(base(primary!).getBoundingClientRect().height).toBeCloseTo(tokenPx('--lv-size-control-md'), 0);
  });

  it('is reached with Tab, shows the focus ring, and activates with Enter and Space', async () => {
    const button = await mount<LvButton>(html`<lv-button>Save</lv-button>`);
    let clicks = 0;
    button.addEventListener('click', () => clicks++);
    await userEvent.tab();
    expect(button.shadowRoot!.activeElement).toBe(base(button));
    const ring = getComputedStyle(base(button));
    expect(ring.outlineStyle).toBe('solid');
    expect(ring.outlineWidth).toBe(`${tokenPx('--lv-focus-ring-width')}px`);
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(clicks).toBe(2);
  });

  it('submits and resets its form', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form>
        <input name="q" value="start" /><lv-button type="submit">Go</lv-button><lv-button type="reset">Reset</lv-button>
      </form>`,
    );
    const [submit, reset] = form.querySelectorAll('lv-button');
    let data: [string, FormDataEntryValue][] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      data = [...new FormData(form)];
    });
    await userEvent.click(base(submit!));
    expect(data).toEqual([['q', 'start']]);
    form.querySelector('input')!.value = 'changed';
    await userEvent.click(base(reset!));
    expect(form.querySelector('input')!.value).toBe('start');
  });

  it("is the submitter: its name and value are in the form data, as a native submit button's", async () => {
    const form = await mount<HTMLFormElement>(
      html`<form action="/nowhere">
        <input name="q" value="v" /> <lv-button type="submit" name="intent" value="save">Save</lv-button
        ><lv-button type="submit" name="intent" value="delete" formnovalidate>Delete</lv-button>
        <lv-button type="submit">Plain</lv-button><input required name="must" />
      </form>`,
    );
    const [save, remove, plain] = form.querySelectorAll('lv-button');
    const seen: { data: [string, FormDataEntryValue][]; submitter: Element | null }[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      seen.push({ data: [...new FormData(form, event.submitter)], submitter: event.submitter });
    });
    await userEvent.click(base(save!));
    expect(seen).toEqual([]); // the required field blocks it, as for a native button
    await userEvent.click(base(remove!)); // formnovalidate skips validation
    form.querySelector<HTMLInputElement>('[name=must]')!.value = 'ok';
    save!.click(); // element.click() submits too, like a native button's
    await userEvent.click(base(plain!));
    form.requestSubmit(); // no submitter: nothing extra, as natively
    expect(seen.map((s) => s.data)).toEqual([
      [
        ['q', 'v'],
        ['must', ''],
        ['intent', 'delete'],
      ],
      [
        ['q', 'v'],
        ['must', 'ok'],
        ['intent', 'save'],
      ],
      [
        ['q', 'v'],
        ['must', 'ok'],
      ],
      [
        ['q', 'v'],
        ['must', 'ok'],
      ],
    ]);
    expect(seen.map((s) => (s.submitter as HTMLButtonElement | null)?.type ?? null)).toEqual([
      'submit',
      'submit',
      'submit',
      null,
    ]);
    expect(form.querySelectorAll('button')).toHaveLength(0); // the stand-in leaves nothing behind
  });

  it('renders the default and warns once for an unknown variant, size or type', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const form = await mount<HTMLFormElement>(
        html`<form>
          <lv-button variant="shiny" size="xl" type="sumbit">A</lv-button><lv-button variant="shiny">B</lv-button
          ><lv-button>C</lv-button>
        </form>`,
      );
      const [odd, again, plain] = form.querySelectorAll('lv-button');
      for (const property of ['backgroundColor', 'color', 'minBlockSize', 'paddingInlineStart'] as const) {
        expect(getComputedStyle(base(odd!))[property]).toBe(getComputedStyle(base(plain!))[property]);
      }
      let submitted = false;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = true;
      });
      base(again!).click();
      base(odd!).click();
      expect(submitted).toBe(false); // an unknown type acts as the default, "button"
      expect(warnings).toEqual([
        '<lv-button> variant="shiny" is not one of "primary", "secondary", "ghost", "danger"; it renders as "primary".',
        '<lv-button> size="xl" is not one of "md", "sm", "lg"; it renders as "md".',
        '<lv-button> type="sumbit" is not one of "button", "submit", "reset"; it renders as "button".',
      ]);
    } finally {
      console.warn = warn;
    }
  });

  it('ignores activation while disabled or loading, and says it is busy', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form>
        <lv-button type="submit" loading>Saving</lv-button><lv-button type="submit" disabled>Off</lv-button>
      </form>`,
    );
    let submitted = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted++;
    });
    const [loading, disabled] = form.querySelectorAll('lv-button');
    base(loading!).click();
    base(disabled!).click();
    expect(submitted).toBe(0);
    expect(base(loading!).getAttribute('aria-busy')).toBe('true');
    expect(loading!.shadowRoot!.querySelector('[part="spinner"]')).not.toBeNull();
    expect((base(disabled!) as HTMLButtonElement).disabled).toBe(true);
  });

  it('renders a link when given href, with safe rel for new tabs', async () => {
    const button = await mount<LvButton>(html`<lv-button href="/docs" target="_blank">Docs</lv-button>`);
    const link = base(button) as HTMLAnchorElement;
    expect(link.localName).toBe('a');
    expect(link.getAttribute('href')).toBe('/docs');
    expect(link.rel).toBe('noopener noreferrer');
    button.disabled = true;
    await button.updateComplete;
    expect(link.hasAttribute('href')).toBe(false);
    expect(link.getAttribute('aria-disabled')).toBe('true');
  });

  it('puts the start icon on the inline start side in RTL', async () => {
    const button = await mount<LvButton>(
      html`<lv-button><lv-icon slot="start" name="check"></lv-icon>حفظ</lv-button>`,
      { dir: 'rtl' },
    );
    const icon = button.querySelector('lv-icon')!.getBoundingClientRect();
    const box = base(button).getBoundingClientRect();
    expect(icon.right).toBeGreaterThan(box.left + box.width / 2);
  });

  it('keeps its outline visible in forced-colors mode', async () => {
    await commands.emulateMedia({ forcedColors: 'active' });
    try {
      const button = await mount<LvButton>(html`<lv-button>Save</lv-button>`);
      const style = getComputedStyle(base(button));
      expect(Number.parseFloat(style.borderTopWidth)).toBeGreaterThan(0);
      expect(style.borderTopColor).not.toBe('rgba(0, 0, 0, 0)');
      expect(style.borderTopColor).not.toBe(style.backgroundColor);
    } finally {
      await commands.emulateMedia({ forcedColors: 'none' });
    }
  });

  it('documents every rendered part and slot', async () => {
    const button = await mount<LvButton>(html`<lv-button>Plain</lv-button>`);
    expectPartsAndSlotsDocumented(button);
    button.loading = true;
    await button.updateComplete;
    expectPartsAndSlotsDocumented(button);
  });

  itHasNoAxeViolationsInEveryTheme(
    () =>
      html`<div>
        <lv-button>Primary</lv-button>
        <lv-button variant="secondary">Secondary</lv-button>
        <lv-button variant="ghost">Ghost</lv-button>
        <lv-button variant="danger">Danger</lv-button>
        <lv-button size="sm"><lv-icon slot="start" name="plus"></lv-icon>Small</lv-button>
        <lv-button size="lg" loading>Loading</lv-button>
        <lv-button disabled>Disabled</lv-button>
        <lv-button href="/docs">Link</lv-button>
      </div>`,
  );
});
