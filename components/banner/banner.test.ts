import { html } from 'lit';
import { userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { expectPartsAndSlotsDocumented, itHasNoAxeViolationsInEveryTheme, mount } from '../base/test-utils.ts';
import '../icon/icon.ts';
import type { LvBanner } from './banner.ts';
import './banner.ts';

const STATUSES = ['info', 'success', 'warning', 'danger'] as const;

describe('lv-banner', () => {
  it('is a polite live region and renders the heading as text', async () => {
    const banner = await mount<LvBanner>(
      html`<lv-banner variant="warning" heading="<img src=x onerror=alert(1)>">Your trial ends soon.</lv-banner>`,
    );
    const region = banner.shadowRoot!.querySelector('[part="base"]')!;
    expect(region.getAttribute('role')).toBe('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    const heading = banner.shadowRoot!.querySelector('[part="heading"]')!;
    expect(heading.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(heading.querySelector('img')).toBeNull();
  });

  it('dismisses with the keyboard, and a listener can cancel it', async () => {
    const banner = await mount<LvBanner>(html`<lv-banner dismissible dismiss-label="Close message">Saved.</lv-banner>`);
    const button = banner.shadowRoot!.querySelector<HTMLButtonElement>('[part="dismiss"]')!;
    expect(button.getAttribute('aria-label')).toBe('Close message');
    const keep = (event: Event) => event.preventDefault();
    banner.addEventListener('lv-dismiss', keep, { once: true });
    await userEvent.tab();
    expect(banner.shadowRoot!.activeElement).toBe(button);
    await userEvent.keyboard('{Enter}');
    expect(banner.hidden).toBe(false);
    await userEvent.keyboard(' ');
    expect(banner.hidden).toBe(true);
    expect(getComputedStyle(banner).display).toBe('none');
  });

  it('puts its accent border on the inline start side in RTL', async () => {
    const banner = await mount<LvBanner>(html`<lv-banner>رسالة</lv-banner>`, { dir: 'rtl' });
    const style = getComputedStyle(banner.shadowRoot!.querySelector('[part="base"]')!);
    expect(Number.parseFloat(style.borderRightWidth)).toBeGreaterThan(Number.parseFloat(style.borderLeftWidth));
  });

  it('documents every rendered part and slot', async () => {
    expectPartsAndSlotsDocumented(await mount<LvBanner>(html`<lv-banner heading="H" dismissible>Body</lv-banner>`));
  });

  itHasNoAxeViolationsInEveryTheme(
    () =>
      html`<div>
        ${STATUSES.map(
          (status) =>
            html`<lv-banner variant=${status} heading=${status} dismissible
              ><lv-icon slot="icon" name=${status}></lv-icon>A ${status} message.</lv-banner
            >`,
        )}
      </div>`,
  );
});
