import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../button/button.ts';
import type { LvTextField } from './text-field.ts';
import './text-field.ts';

type Args = Pick<LvTextField, 'label' | 'hint' | 'type' | 'placeholder' | 'required' | 'disabled' | 'readonly'> & {
  value: string;
};

const meta: Meta<Args> = {
  title: 'Components/Text field',
  component: 'lv-text-field',
  args: {
    label: 'Email',
    hint: 'We only use it for receipts.',
    type: 'email',
    placeholder: 'ada@example.com',
    value: '',
    required: false,
    disabled: false,
    readonly: false,
  },
  argTypes: { type: { control: 'select', options: ['text', 'email', 'password', 'search', 'tel', 'url', 'number'] } },
  render: (args) =>
    html`<lv-text-field
      label=${args.label}
      hint=${args.hint}
      type=${args.type}
      placeholder=${args.placeholder}
      value=${args.value}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
    ></lv-text-field>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithValue: Story = { args: { value: 'ada@example.com' } };
export const Required: Story = { args: { required: true } };
export const Invalid: Story = {
  args: { required: true, hint: '' },
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('lv-text-field')?.reportValidity();
  },
};
export const Disabled: Story = { args: { disabled: true, value: 'ada@example.com' } };
export const Readonly: Story = { args: { readonly: true, value: 'ada@example.com' } };
export const Password: Story = {
  args: { type: 'password', label: 'Password', hint: 'At least 12 characters.', placeholder: '' },
};
export const InAForm: Story = {
  render: () =>
    html`<form
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const out = (event.target as HTMLFormElement).querySelector('output')!;
        out.textContent = JSON.stringify([...new FormData(event.target as HTMLFormElement)]);
      }}
    >
      <lv-text-field name="email" label="Email" type="email" required></lv-text-field>
      <p><lv-button type="submit">Subscribe</lv-button> <lv-button type="reset" variant="ghost">Reset</lv-button></p>
      <output></output>
    </form>`,
};
export const RightToLeft: Story = {
  render: () => html`<lv-text-field dir="rtl" label="البريد الإلكتروني" hint="لن نشاركه أبداً"></lv-text-field>`,
};
