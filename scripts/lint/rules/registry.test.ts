import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from './index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const folders = readdirSync(here)
  .filter((f) => statSync(join(here, f)).isDirectory())
  .sort();

describe('rule registry', () => {
  it('registers every rule folder exactly once, under its folder name', () => {
    expect(rules.map((r) => r.meta.id).sort()).toEqual(folders);
  });

  for (const id of folders) {
    it(`${id} has a README that starts with Disallow/Require/Limit/Specify, a test table, docs and messages`, () => {
      const readme = readFileSync(join(here, id, 'README.md'), 'utf8');
      expect(readme.split('\n')[0]).toBe(`# ${id}`);
      expect(readme.split('\n').find((l) => l.trim() && !l.startsWith('#'))).toMatch(
        /^(Disallow|Require|Limit|Specify)\b/,
      );
      expect(existsSync(join(here, id, 'index.test.ts'))).toBe(true);
      const rule = rules.find((r) => r.meta.id === id)!;
      expect(rule.meta.docs.description).toMatch(/^(Disallow|Require|Limit|Specify)\b/);
      expect(rule.meta.docs.url).toBe(`scripts/lint/rules/${id}/README.md`);
      expect(Object.values(rule.meta.messages).every((m) => typeof m === 'function')).toBe(true);
    });
  }
});
