import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { applyPlan, WriteRefused } from './write-plan.ts';

const dir = mkdtempSync(join(tmpdir(), 'livery-write-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('write plans: everything or nothing', () => {
  test('refuses to overwrite without --force, before writing anything', () => {
    writeFileSync(join(dir, 'exists.json'), 'old');
    const plan = [
      { path: join(dir, 'new', 'a.json'), content: 'a', action: 'create' as const },
      { path: join(dir, 'exists.json'), content: 'new', action: 'create' as const },
    ];
    expect(() => applyPlan(plan, { force: false, dryRun: false })).toThrow(WriteRefused);
    expect(existsSync(join(dir, 'new'))).toBe(false);
    expect(readFileSync(join(dir, 'exists.json'), 'utf8')).toBe('old');
    applyPlan(plan, { force: true, dryRun: false });
    expect(readFileSync(join(dir, 'exists.json'), 'utf8')).toBe('new');
    expect(readFileSync(join(dir, 'new', 'a.json'), 'utf8')).toBe('a');
  });

  test('--dry-run writes nothing', () => {
    applyPlan([{ path: join(dir, 'dry', 'x.json'), content: 'x', action: 'create' }], { force: false, dryRun: true });
    expect(existsSync(join(dir, 'dry'))).toBe(false);
  });

  test('a write that fails midway leaves no temporaries, no new folders and the old files', () => {
    // A folder that cannot be made (a file sits where it would go) fails the second write, even as root.
    writeFileSync(join(dir, 'blocker'), 'a file, not a folder');
    const plan = [
      { path: join(dir, 'fresh', 'one.json'), content: '1', action: 'create' as const },
      { path: join(dir, 'exists.json'), content: 'changed', action: 'update' as const },
      { path: join(dir, 'blocker', 'two.json'), content: '2', action: 'create' as const },
    ];
    const before = readdirSync(dir).sort();
    const old = readFileSync(join(dir, 'exists.json'), 'utf8');
    expect(() => applyPlan(plan, { force: false, dryRun: false })).toThrow();
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(readFileSync(join(dir, 'exists.json'), 'utf8')).toBe(old);
  });
});
