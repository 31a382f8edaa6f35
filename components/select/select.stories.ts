import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './select.ts';

type Args = { label: string; hint: string; required: boolean; disabled: boolean };

const options = html`<option value="">Choose a size…</option>
  <option value="s">Small</option>
  <option value="m">Medium</option>
  <option value="l">Large</option>
  <option value="xl" disabled>Extra large (sold out)</option>`;

const meta: Meta<Args> = {
  title: 'Components/Select',
  component: 'lv-select',
  args: { label: 'Size', hint: '', required: false, disabled: false },
  render: (args) =>
    html`<lv-select label=${args.label} hint=${args.hint} ?required=${args.required} ?disabled=${args.disabled}
      >${options}</lv-select
    >`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithHint: Story = { args: { hint: 'Sizes run small.' } };
export const Preselected: Story = {
  render: () =>
    html`<lv-select label="Size"
      ><option value="s">Small</option>
      <option value="m" selected>Medium</option></lv-select
    >`,
};
export const Groups: Story = {
  render: () =>
    html`<lv-select label="Time zone">
      <optgroup label="Europe">
        <option>Amsterdam</option>
        <option>Lisbon</option>
      </optgroup>
      <optgroup label="Americas">
        <option>New York</option>
        <option>São Paulo</option>
      </optgroup>
    </lv-select>`,
};
export const Required: Story = { args: { required: true } };
export const Invalid: Story = {
  args: { required: true },
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('lv-select')?.reportValidity();
  },
};
export const Disabled: Story = { args: { disabled: true } };
export const RightToLeft: Story = {
  render: () =>
    html`<lv-select dir="rtl" label="الحجم"
      ><option>صغير</option>
      <option>متوسط</option></lv-select
    >`,
};
