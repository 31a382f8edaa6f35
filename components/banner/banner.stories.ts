import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../button/button.ts';
import '../icon/icon.ts';
import type { LvBanner } from './banner.ts';
import './banner.ts';

type Args = { variant: LvBanner['variant']; heading: string; message: string; dismissible: boolean };
const STATUSES = ['info', 'success', 'warning', 'danger'] as const;

const meta: Meta<Args> = {
  title: 'Components/Banner',
  component: 'lv-banner',
  args: {
    variant: 'info',
    heading: 'Scheduled maintenance',
    message: 'Sync pauses on Sunday from 02:00 to 03:00 UTC.',
    dismissible: false,
  },
  argTypes: { variant: { control: 'inline-radio', options: STATUSES } },
  render: (args) =>
    html`<lv-banner variant=${args.variant} heading=${args.heading} ?dismissible=${args.dismissible}>
      <lv-icon slot="icon" name=${args.variant}></lv-icon>${args.message}
    </lv-banner>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Info: Story = {};
export const Success: Story = { args: { variant: 'success', heading: 'Saved', message: 'Your changes are live.' } };
export const Warning: Story = {
  args: { variant: 'warning', heading: 'Trial ends in 3 days', message: 'Add a payment method to keep your projects.' },
};
export const Danger: Story = {
  args: { variant: 'danger', heading: 'Payment failed', message: 'Your card was declined.' },
};
export const Dismissible: Story = { args: { dismissible: true } };
export const WithoutHeading: Story = { args: { heading: '' } };
export const WithAction: Story = {
  render: () =>
    html`<lv-banner variant="warning" heading="Update available"
      ><lv-icon slot="icon" name="warning"></lv-icon>Version 2.0 is ready.<lv-button
        slot="action"
        size="sm"
        variant="secondary"
        >Update</lv-button
      ></lv-banner
    >`,
};
export const RightToLeft: Story = {
  render: () =>
    html`<lv-banner dir="rtl" variant="success" heading="تم الحفظ" dismissible dismiss-label="إغلاق"
      ><lv-icon slot="icon" name="success"></lv-icon>تغييراتك منشورة.</lv-banner
    >`,
};
