import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './link.ts';

type Args = { href: string; target?: string; label: string };

const meta: Meta<Args> = {
  title: 'Components/Link',
  component: 'lv-link',
  args: { href: '#guide', label: 'style guide', target: undefined },
  argTypes: { target: { control: 'inline-radio', options: [undefined, '_blank'] } },
  render: (args) =>
    html`<p>
      Read the <lv-link href=${args.href} target=${ifDefined(args.target)}>${args.label}</lv-link> before you start.
    </p>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Inline: Story = {};
export const NewTab: Story = {
  args: { href: 'https://example.com', target: '_blank', label: 'example.com (opens in a new tab)' },
};
export const RightToLeft: Story = {
  render: () => html`<p dir="rtl">اقرأ <lv-link href="#guide">دليل الأسلوب</lv-link> قبل البدء.</p>`,
};
