import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './switch.ts';

type Args = { label: string; hint: string; checked: boolean; required: boolean; disabled: boolean };

const meta: Meta<Args> = {
  title: 'Components/Switch',
  component: 'lv-switch',
  args: { label: 'Sync over mobile data', hint: '', checked: false, required: false, disabled: false },
  render: (args) =>
    html`<lv-switch hint=${args.hint} ?checked=${args.checked} ?required=${args.required} ?disabled=${args.disabled}
      >${args.label}</lv-switch
    >`,
};
export default meta;
type Story = StoryObj<Args>;

export const Unchecked: Story = {};
export const Checked: Story = { args: { checked: true } };
export const WithHint: Story = { args: { hint: 'Large files still wait for Wi-Fi.' } };
export const Required: Story = { args: { required: true, label: 'Keep me signed in' } };
export const Invalid: Story = {
  args: { required: true, label: 'Keep me signed in' },
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('lv-switch')?.reportValidity();
  },
};
export const Disabled: Story = { args: { disabled: true } };
export const DisabledChecked: Story = { args: { disabled: true, checked: true } };
export const RightToLeft: Story = {
  render: () => html`<lv-switch dir="rtl" checked>المزامنة عبر بيانات الجوال</lv-switch>`,
};
