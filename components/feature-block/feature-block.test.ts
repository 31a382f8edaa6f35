import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { expectPartsAndSlotsDocumented, itHasNoAxeViolationsInEveryTheme, mount } from '../base/test-utils.ts';
import '../button/button.ts';
import type { LvFeatureBlock } from './feature-block.ts';
import './feature-block.ts';

const part = (block: LvFeatureBlock, name: string) => block.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
const media = html`<svg slot="media" viewBox="0 0 4 3" role="img" aria-label="Illustration">
  <rect width="4" height="3" fill="currentColor" />
</svg>`;
const block = (attrs = '') =>
  html`<lv-feature-block media-position=${attrs || 'end'}>
    <span slot="eyebrow">New</span>
    <h2 slot="heading">Tokens everywhere</h2>
    One source for web, iOS, Android and email.
    <lv-button slot="actions" href="/start">Get started</lv-button>
    ${media}
  </lv-feature-block>`;

describe('lv-feature-block', () => {
  it('renders eyebrow, heading, body, actions and media', async () => {
    const el = await mount<LvFeatureBlock>(block());
    for (const name of ['eyebrow', 'heading', 'body', 'actions', 'media'])
      expect(part(el, name).hidden, name).toBe(false);
    expect(el.querySelector('h2')!.textContent).toBe('Tokens everywhere');
  });

  it('collapses the eyebrow and actions when empty', async () => {
    const el = await mount<LvFeatureBlock>(
      html`<lv-feature-block><h2 slot="heading">Only a heading</h2></lv-feature-block>`,
    );
    expect(part(el, 'eyebrow').hidden).toBe(true);
    expect(part(el, 'actions').hidden).toBe(true);
    expect(part(el, 'media').hidden).toBe(true);
  });

  it('puts the media after the text in LTR and mirrors in RTL', async () => {
    const ltr = await mount<LvFeatureBlock>(block());
    ltr.style.inlineSize = '60rem';
    expect(part(ltr, 'media').getBoundingClientRect().left).toBeGreaterThan(
      part(ltr, 'content').getBoundingClientRect().left,
    );
    const rtl = await mount<LvFeatureBlock>(block(), { dir: 'rtl' });
    rtl.style.inlineSize = '60rem';
    expect(part(rtl, 'media').getBoundingClientRect().left).toBeLessThan(
      part(rtl, 'content').getBoundingClientRect().left,
    );
  });

  it('stacks in a narrow column', async () => {
    const el = await mount<LvFeatureBlock>(block());
    el.style.inlineSize = '20rem';
    expect(part(el, 'media').getBoundingClientRect().top).toBeGreaterThanOrEqual(
      part(el, 'content').getBoundingClientRect().bottom,
    );
  });

  it('documents every rendered part and slot', async () => {
    expectPartsAndSlotsDocumented(await mount<LvFeatureBlock>(block()));
  });

  itHasNoAxeViolationsInEveryTheme(() => block());
});
