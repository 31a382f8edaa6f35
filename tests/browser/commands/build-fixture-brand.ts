import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserCommand } from 'vitest/node';
import { runBuild } from '../../../scripts/build/run-build.ts';
import { brandWith } from '../../node/brand-fixture.ts';

/** What a browser test gets back: every CSS output of a fixture brand, and its catalogue. */
export interface BuiltFixtureBrand {
  css: Record<string, string>;
  catalogue: unknown;
}

/**
 * Builds a copy of tests/fixtures/mini with `files` replaced or added (the resolver too) through
 * the real build, in Node, and hands its dist/css files and dist/tokens.json to the browser. Lets
 * browser tests check contexts a brand author adds, which the repository's own brand lacks.
 */
export const buildFixtureBrand: BrowserCommand<[Record<string, unknown>]> = async (
  _context,
  files,
): Promise<BuiltFixtureBrand> => {
  const { dir, resolver, out } = brandWith(files);
  try {
    await runBuild({ resolverFile: resolver, outDir: out });
    const read = (file: string) => readFileSync(join(out, file), 'utf8');
    const css: Record<string, string> = {};
    for (const file of ['livery.css', 'livery.light-dark.css', 'base.css']) {
      try {
        css[file] = read(join('css', file));
      } catch {
        // an output this build does not produce
      }
    }
    return { css, catalogue: JSON.parse(read('tokens.json')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
