import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formats } from './formats/index.ts';
import { transforms } from './transforms/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const modules = (folder: string) =>
  readdirSync(join(here, folder)).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts' && f !== 'format.ts',
  );

/** A transform or format that exists but is not registered is dead; one without docs is a mystery. */
describe('build hooks are registered once and documented', () => {
  for (const [folder, registered] of [
    ['formats', formats],
    ['transforms', transforms],
  ] as const) {
    it(`every file in ${folder}/ is registered and has a doc comment`, async () => {
      const names = new Set<string>();
      for (const file of modules(folder)) {
        const exported = Object.values(await import(`./${folder}/${file}`)).filter(
          (v) => v && typeof v === 'object' && 'name' in v,
        );
        expect(exported.length, `${folder}/${file} exports a hook`).toBeGreaterThan(0);
        for (const hook of exported) {
          expect(registered, `${folder}/${file} is registered`).toContain(hook);
          names.add((hook as { name: string }).name);
        }
        expect(readFileSync(join(here, folder, file), 'utf8'), `${folder}/${file} is documented`).toMatch(
          /\/\*\*[\s\S]+?\*\//,
        );
      }
      expect(names.size).toBe(registered.length);
    });
  }
});
