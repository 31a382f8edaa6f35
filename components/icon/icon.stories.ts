import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { iconNames } from './icon-set.ts';
import './icon.ts';

type Args = { name: string; size: 'sm' | 'md' | 'lg'; label: string };

const meta: Meta<Args> = {
  title: 'Components/Icon',
  component: 'lv-icon',
  args: { name: iconNames[0] ?? '', size: 'md', label: '' },
  argTypes: {
    name: { control: 'select', options: iconNames },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
  },
  render: (args) => html`<lv-icon name=${args.name} size=${args.size} label=${args.label}></lv-icon>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Labelled: Story = { args: { label: 'Settings', name: 'settings' } };
export const Sizes: Story = {
  render: () =>
    html`${(['sm', 'md', 'lg'] as const).map((size) => html`<lv-icon name="settings" size=${size}></lv-icon> `)}`,
};
export const InheritsColor: Story = {
  render: () =>
    html`<p style="color: var(--lv-color-status-danger-fg)"><lv-icon name="danger"></lv-icon> Takes the text color</p>`,
};
export const MirroredInRtl: Story = {
  render: () =>
    html`<p dir="rtl">
      <lv-icon name="arrow-right" flip-rtl></lv-icon> flip-rtl · <lv-icon name="arrow-right"></lv-icon> not mirrored
    </p>`,
};
export const Gallery: Story = {
  render: () =>
    html`<ul
      style="display: grid; grid-template-columns: repeat(auto-fill, minmax(var(--lv-space-24), 1fr)); gap: var(--lv-space-4); list-style: none; padding: 0"
    >
      ${iconNames.map((name) => html`<li><lv-icon name=${name} size="lg"></lv-icon> <code>${name}</code></li>`)}
    </ul>`,
};
