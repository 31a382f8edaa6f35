import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../button/button.ts';
import '../badge/badge.ts';
import './card.ts';

type Args = { appearance: 'raised' | 'flat'; heading: string; body: string };

const meta: Meta<Args> = {
  title: 'Components/Card',
  component: 'lv-card',
  args: { appearance: 'raised', heading: 'Team plan', body: 'Everything in Pro, plus shared libraries and roles.' },
  argTypes: { appearance: { control: 'inline-radio', options: ['raised', 'flat'] } },
  render: (args) =>
    html`<lv-card appearance=${args.appearance} style="max-inline-size: calc(var(--lv-space-24) * 4)">
      <h3 slot="heading">${args.heading}</h3>
      <p>${args.body}</p>
      <lv-button slot="footer">Choose</lv-button>
      <lv-button slot="footer" variant="ghost">Compare</lv-button>
    </lv-card>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Raised: Story = {};
export const Flat: Story = { args: { appearance: 'flat' } };
export const BodyOnly: Story = { render: () => html`<lv-card>Just a body: empty sections collapse.</lv-card>` };
export const WithMedia: Story = {
  render: () =>
    html`<lv-card style="max-inline-size: calc(var(--lv-space-24) * 4)">
      <svg slot="media" viewBox="0 0 16 9" role="img" aria-label="Placeholder illustration">
        <rect width="16" height="9" fill="currentColor" opacity="0.15" />
      </svg>
      <h3 slot="heading">Launch week <lv-badge variant="brand">New</lv-badge></h3>
      Five days of releases.
    </lv-card>`,
};
export const RightToLeft: Story = {
  render: () =>
    html`<lv-card dir="rtl" style="max-inline-size: calc(var(--lv-space-24) * 4)"
      ><h3 slot="heading">خطة الفريق</h3>
      كل شيء في الخطة الاحترافية.<lv-button slot="footer">اختر</lv-button></lv-card
    >`,
};
