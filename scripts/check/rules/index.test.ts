import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { SEVERITY_SETTINGS } from '../../config/severity.ts';
import { rules } from './index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts');

test('every file in rules/ is registered, named after its rule id, documented, and tested', () => {
  expect(rules.map((r) => `${r.meta.id}.ts`).sort()).toEqual(files.sort());
  for (const rule of rules) {
    expect(rule.meta.docs.description).toMatch(/^(Require|Disallow|Limit|Specify) /);
    expect(SEVERITY_SETTINGS).toContain(rule.meta.defaultSeverity);
    expect(readdirSync(here)).toContain(`${rule.meta.id}.test.ts`);
  }
});

test('APCA is advisory by default, WCAG contrast is an error', () => {
  const byId = Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.defaultSeverity]));
  expect(byId['contrast-apca']).toBe('off');
  expect(byId.contrast).toBe('error');
});
