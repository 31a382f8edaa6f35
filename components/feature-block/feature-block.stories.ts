import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../button/button.ts';
import type { LvFeatureBlock } from './feature-block.ts';
import './feature-block.ts';

type Args = {
  eyebrow: string;
  heading: string;
  body: string;
  cta: string;
  mediaPosition: LvFeatureBlock['mediaPosition'];
  tone: LvFeatureBlock['tone'];
};

const media = html`<svg slot="media" viewBox="0 0 16 10" role="img" aria-label="Product screenshot placeholder">
  <rect width="16" height="10" rx="1" fill="currentColor" opacity="0.12" />
</svg>`;

const meta: Meta<Args> = {
  title: 'Components/Feature block',
  component: 'lv-feature-block',
  args: {
    eyebrow: 'New in 2.0',
    heading: 'One source of truth for every platform',
    body: 'Design tokens flow from one set of files to web, iOS, Android and email, so the brand looks the same everywhere.',
    cta: 'Get started',
    mediaPosition: 'end',
    tone: 'default',
  },
  argTypes: {
    mediaPosition: { control: 'inline-radio', options: ['end', 'start'] },
    tone: { control: 'inline-radio', options: ['default', 'sunken'] },
  },
  render: (args) =>
    html`<lv-feature-block media-position=${args.mediaPosition} tone=${args.tone}>
      ${args.eyebrow ? html`<span slot="eyebrow">${args.eyebrow}</span>` : ''}
      <h2 slot="heading">${args.heading}</h2>
      ${args.body}
      ${
        args.cta
          ? html`<lv-button slot="actions" href="#start">${args.cta}</lv-button
              ><lv-button slot="actions" variant="ghost" href="#tour">Take the tour</lv-button>`
          : ''
      }
      ${media}
    </lv-feature-block>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const MediaAtStart: Story = { args: { mediaPosition: 'start' } };
export const Sunken: Story = { args: { tone: 'sunken' } };
export const WithoutEyebrowOrCta: Story = { args: { eyebrow: '', cta: '' } };
export const NarrowColumn: Story = {
  decorators: [(story) => html`<div style="max-inline-size: calc(var(--lv-space-24) * 3)">${story()}</div>`],
};
export const RightToLeft: Story = {
  render: () =>
    html`<lv-feature-block dir="rtl"
      ><span slot="eyebrow">جديد</span>
      <h2 slot="heading">مصدر واحد للحقيقة</h2>
      رموز التصميم لكل منصة.<lv-button slot="actions">ابدأ</lv-button>${media}</lv-feature-block
    >`,
};
