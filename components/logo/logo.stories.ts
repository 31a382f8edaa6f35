import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LOCKUPS, VARIANTS, lockups } from './logo-set.ts';
import './logo.ts';

type Args = { lockup: (typeof LOCKUPS)[number]; variant: (typeof VARIANTS)[number]; width?: number };

const surface = (variant: string) =>
  variant === 'inverse' ? 'background: var(--lv-color-surface-brand); color: var(--lv-color-text-on-brand)' : '';
/** A lockup's box outlined, so its clear space shows. */
const framed = (variant: string) =>
  `display: inline-block; outline: var(--lv-border-width-thin) dashed var(--lv-color-border-default); ${surface(variant)}`;

const meta: Meta<Args> = {
  title: 'Components/Logo',
  component: 'lv-logo',
  args: { lockup: 'full', variant: 'default', width: undefined },
  argTypes: {
    lockup: { control: 'inline-radio', options: LOCKUPS },
    variant: { control: 'inline-radio', options: VARIANTS },
    width: { control: { type: 'number', min: 0 } },
  },
  render: (args) =>
    html`<div style="display: inline-block; ${surface(args.variant)}">
      <lv-logo lockup=${args.lockup} variant=${args.variant} width=${ifDefined(args.width)}></lv-logo>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Full: Story = {};
export const Mark: Story = { args: { lockup: 'mark', width: 64 } };
export const Wordmark: Story = { args: { lockup: 'wordmark' } };
export const Mono: Story = { args: { variant: 'mono' } };
export const Inverse: Story = { args: { variant: 'inverse' } };
export const BelowMinimumIsRaised: Story = {
  name: 'Below the minimum width (raised to it)',
  args: { lockup: 'full', width: 40 },
};
export const AllApprovedLockups: Story = {
  render: () =>
    html`${LOCKUPS.map(
      (lockup) =>
        html`<p>
            ${lockup}: min ${lockups[lockup]?.minWidthPx}px, clear space ${lockups[lockup]?.clearSpaceRatio} × height
          </p>
          ${VARIANTS.map(
            (variant) =>
              html`<div style=${framed(variant)}><lv-logo lockup=${lockup} variant=${variant}></lv-logo></div> `,
          )}`,
    )}`,
};
