import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../icon/icon.ts';
import type { LvButton } from './button.ts';
import './button.ts';

type Args = Pick<LvButton, 'variant' | 'size' | 'disabled' | 'loading' | 'fullWidth' | 'href'> & { label: string };

const meta: Meta<Args> = {
  title: 'Components/Button',
  component: 'lv-button',
  args: {
    label: 'Save changes',
    variant: 'primary',
    size: 'md',
    disabled: false,
    loading: false,
    fullWidth: false,
    href: undefined,
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'ghost', 'danger'] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    href: { control: 'text' },
  },
  render: (args) =>
    html`<lv-button
      variant=${args.variant}
      size=${args.size}
      ?disabled=${args.disabled}
      ?loading=${args.loading}
      ?full-width=${args.fullWidth}
      href=${ifDefined(args.href || undefined)}
      >${args.label}</lv-button
    >`,
};
export default meta;
type Story = StoryObj<Args>;

export const Primary: Story = {};
export const Secondary: Story = { args: { variant: 'secondary' } };
export const Ghost: Story = { args: { variant: 'ghost' } };
export const Danger: Story = { args: { variant: 'danger', label: 'Delete project' } };
export const Small: Story = { args: { size: 'sm' } };
export const Large: Story = { args: { size: 'lg' } };
export const Disabled: Story = { args: { disabled: true } };
export const Loading: Story = { args: { loading: true, label: 'Saving…' } };
export const FullWidth: Story = { args: { fullWidth: true } };
export const AsLink: Story = { args: { href: '#docs', label: 'Read the docs', variant: 'secondary' } };

export const WithIcons: Story = {
  render: () =>
    html`<lv-button><lv-icon slot="start" name="plus"></lv-icon>New item</lv-button>
      <lv-button variant="secondary">Next<lv-icon slot="end" name="arrow-right" flip-rtl></lv-icon></lv-button>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl">
      <lv-button><lv-icon slot="start" name="check"></lv-icon>حفظ</lv-button>
    </div>`,
};

export const AllVariants: Story = {
  render: () =>
    html`${(['primary', 'secondary', 'ghost', 'danger'] as const).map(
      (variant) =>
        html`<p>
          ${(['sm', 'md', 'lg'] as const).map((size) => html`<lv-button variant=${variant} size=${size}>${variant} ${size}</lv-button> `)}
          <lv-button variant=${variant} disabled>disabled</lv-button>
          <lv-button variant=${variant} loading>loading</lv-button>
        </p>`,
    )}`,
};
