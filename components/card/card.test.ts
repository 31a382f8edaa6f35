import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import {
  expectPartsAndSlotsDocumented,
  itHasNoAxeViolationsInEveryTheme,
  mount,
  settle,
  tokenPx,
} from '../base/test-utils.ts';
import '../button/button.ts';
import type { LvCard } from './card.ts';
import './card.ts';

const part = (card: LvCard, name: string) => card.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;

describe('lv-card', () => {
  it('shows the sections that have content and collapses the others', async () => {
    const card = await mount<LvCard>(
      html`<lv-card
        ><h3 slot="heading">Plan</h3>
        Body text</lv-card
      >`,
    );
    expect(part(card, 'header').hidden).toBe(false);
    expect(part(card, 'media').hidden).toBe(true);
    expect(part(card, 'footer').hidden).toBe(true);
    const footer = document.createElement('div');
    footer.slot = 'footer';
    footer.textContent = 'Updated today';
    card.append(footer);
    await settle(card.parentElement!);
    expect(part(card, 'footer').hidden).toBe(false);
  });

  it('keeps Tab order through its content', async () => {
    const card = await mount<LvCard>(
      html`<lv-card
        ><h3 slot="heading">Plan</h3>
        Text<lv-button slot="footer">Choose</lv-button></lv-card
      >`,
    );
    card.querySelector('lv-button')!.focus();
    expect(document.activeElement).toBe(card.querySelector('lv-button'));
  });

  it('pads with logical properties in RTL', async () => {
    const card = await mount<LvCard>(html`<lv-card><span>نص قصير</span></lv-card>`, { dir: 'rtl' });
    const text = card.querySelector('span')!.getBoundingClientRect();
    const body = part(card, 'body').getBoundingClientRect();
    expect(body.right - text.right).toBeCloseTo(tokenPx('--lv-space-5'), 0);
    expect(text.left - body.left).toBeGreaterThan(tokenPx('--lv-space-5'));
  });

  it('documents every rendered part and slot', async () => {
    expectPartsAndSlotsDocumented(await mount<LvCard>(html`<lv-card>Body</lv-card>`));
  });

  itHasNoAxeViolationsInEveryTheme(
    () =>
      html`<lv-card
        ><h3 slot="heading">Team plan</h3>
        <p>Everything in Pro, plus shared libraries.</p>
        <lv-button slot="footer" variant="secondary">Choose</lv-button></lv-card
      >`,
  );
});
