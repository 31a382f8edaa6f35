import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../icon/icon.ts';
import type { LvBadge } from './badge.ts';
import './badge.ts';

type Args = { variant: LvBadge['variant']; label: string };
const VARIANTS = ['neutral', 'brand', 'success', 'warning', 'danger', 'info'] as const;

const meta: Meta<Args> = {
  title: 'Components/Badge',
  component: 'lv-badge',
  args: { variant: 'neutral', label: 'Draft' },
  argTypes: { variant: { control: 'inline-radio', options: VARIANTS } },
  render: (args) => html`<lv-badge variant=${args.variant}>${args.label}</lv-badge>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Neutral: Story = {};
export const Brand: Story = { args: { variant: 'brand', label: 'New' } };
export const Success: Story = { args: { variant: 'success', label: 'Paid' } };
export const Warning: Story = { args: { variant: 'warning', label: 'Expiring' } };
export const Danger: Story = { args: { variant: 'danger', label: 'Failed' } };
export const Info: Story = { args: { variant: 'info', label: 'Beta' } };
export const WithIcon: Story = {
  render: () =>
    html`<lv-badge variant="success"><lv-icon slot="start" name="check" size="sm"></lv-icon>Verified</lv-badge>`,
};
export const RightToLeft: Story = {
  render: () =>
    html`<p dir="rtl">
      <lv-badge variant="success"><lv-icon slot="start" name="check" size="sm"></lv-icon>تم التحقق</lv-badge>
    </p>`,
};
