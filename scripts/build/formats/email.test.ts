import { afterAll, expect, it } from 'vitest';
import { formatOutput, removeFormatBrand } from '../testing/format-brand.ts';
import { email } from './email.ts';

afterAll(removeFormatBrand);

it('writes literal values email clients understand: hex or rgba(), px, font stacks with web-safe fallbacks', async () => {
  const json = await formatOutput(email);
  await expect(json).toMatchFileSnapshot('./__snapshots__/email.json.txt');
  const { tokens } = JSON.parse(json) as { tokens: Record<string, string | number> };
  expect(tokens['color.scrim']).toBe('rgba(17, 17, 17, 0.5)');
  expect(tokens['space.1x5']).toBe('24px');
  expect(tokens['space.pull-1']).toBe('-4px');
  // composites and durations have no inline-style use in email
  expect(Object.keys(tokens)).not.toContain('shadow.raised');
  expect(Object.keys(tokens)).not.toContain('duration.fast');
});
