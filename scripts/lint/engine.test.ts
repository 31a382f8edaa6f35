import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { miniCatalogue } from '../../tests/node/lint-helpers.ts';
import { defaultConfig } from './config.ts';
import { lintFiles } from './engine.ts';

let catalogue: string;
beforeAll(async () => {
  catalogue = await miniCatalogue();
});

function repo(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'livery-engine-'));
  for (let i = 0; i < count; i++) {
    mkdirSync(join(dir, `d${i % 5}`), { recursive: true });
    writeFileSync(
      join(dir, `d${i % 5}`, `f${i}.css`),
      `.a { color: #${((i * 2654435761) >>> 8).toString(16).padStart(6, '0').slice(0, 6)}; }\n`,
    );
  }
  return dir;
}

describe('lintFiles', () => {
  it('hands outcomes over in file order on two threads, and waits while the reader is behind', async () => {
    const cwd = repo(400);
    const seen: string[] = [];
    let pauses = 0;
    const run = await lintFiles({ cwd, paths: [], config: defaultConfig(), catalogue, threads: 2 }, (outcome) => {
      seen.push(outcome.file);
      expect(outcome.findings).toHaveLength(1);
      // every 25th file the reader falls behind for a moment
      if (seen.length % 25 === 0) {
        pauses++;
        return new Promise((resolve) => setTimeout(resolve, 5));
      }
      return undefined;
    });
    expect(run.threads).toBe(2);
    expect(pauses).toBe(16);
    expect(seen).toEqual([...seen].sort());
    expect(seen).toHaveLength(400);
    expect(run.totals).toMatchObject({ files: 400, errors: 400, warnings: 0 });
  });
});
