import { html } from 'lit';
import { userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { expectPartsAndSlotsDocumented, itHasNoAxeViolationsInEveryTheme, mount, tokenPx } from '../base/test-utils.ts';
import type { LvLink } from './link.ts';
import './link.ts';

const anchor = (link: LvLink) => link.shadowRoot!.querySelector('a')!;

describe('lv-link', () => {
  it('renders a native, underlined link', async () => {
    const link = await mount<LvLink>(html`<lv-link href="/pricing">Pricing</lv-link>`);
    expect(anchor(link).getAttribute('href')).toBe('/pricing');
    expect(getComputedStyle(anchor(link)).textDecorationLine).toBe('underline');
    expect(anchor(link).hasAttribute('rel')).toBe(false);
  });

  it('adds noopener for new tabs unless rel is given', async () => {
    const link = await mount<LvLink>(html`<lv-link href="https://example.com" target="_blank">Out</lv-link>`);
    expect(anchor(link).rel).toBe('noopener noreferrer');
    link.rel = 'external';
    await link.updateComplete;
    expect(anchor(link).rel).toBe('external');
  });

  it('is focusable with Tab, shows the focus ring and follows with Enter', async () => {
    const link = await mount<LvLink>(html`<lv-link href="#target">Jump</lv-link>`);
    let clicked = 0;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      clicked++;
    });
    await userEvent.tab();
    expect(link.shadowRoot!.activeElement).toBe(anchor(link));
    expect(getComputedStyle(anchor(link)).outlineWidth).toBe(`${tokenPx('--lv-focus-ring-width')}px`);
    await userEvent.keyboard('{Enter}');
    expect(clicked).toBe(1);
  });

  it('flows with right-to-left text', async () => {
    const link = await mount<LvLink>(html`<lv-link href="/">الرئيسية</lv-link>`, { dir: 'rtl' });
    expect(getComputedStyle(anchor(link)).direction).toBe('rtl');
  });

  it('documents every rendered part and slot', async () => {
    expectPartsAndSlotsDocumented(await mount<LvLink>(html`<lv-link href="/">Home</lv-link>`));
  });

  itHasNoAxeViolationsInEveryTheme(() => html`<p>Read the <lv-link href="/guide">style guide</lv-link> first.</p>`);
});
