import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './checkbox.ts';

type Args = {
  label: string;
  hint: string;
  checked: boolean;
  indeterminate: boolean;
  required: boolean;
  disabled: boolean;
};

const meta: Meta<Args> = {
  title: 'Components/Checkbox',
  component: 'lv-checkbox',
  args: {
    label: 'Email me product updates',
    hint: '',
    checked: false,
    indeterminate: false,
    required: false,
    disabled: false,
  },
  render: (args) =>
    html`<lv-checkbox
      hint=${args.hint}
      ?checked=${args.checked}
      ?indeterminate=${args.indeterminate}
      ?required=${args.required}
      ?disabled=${args.disabled}
      >${args.label}</lv-checkbox
    >`,
};
export default meta;
type Story = StoryObj<Args>;

export const Unchecked: Story = {};
export const Checked: Story = { args: { checked: true } };
export const Indeterminate: Story = { args: { indeterminate: true, label: 'Select all' } };
export const WithHint: Story = { args: { hint: 'One email a month, no more.' } };
export const Required: Story = { args: { required: true, label: 'I accept the terms' } };
export const Invalid: Story = {
  args: { required: true, label: 'I accept the terms' },
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('lv-checkbox')?.reportValidity();
  },
};
export const Disabled: Story = { args: { disabled: true } };
export const DisabledChecked: Story = { args: { disabled: true, checked: true } };
export const RightToLeft: Story = {
  render: () => html`<lv-checkbox dir="rtl" checked>أرسل لي التحديثات</lv-checkbox>`,
};
