/**
 * `node scripts/editor-data/generate.ts` (the last step of `npm run build:components`): writes the
 * framework types and the editor data from dist/components/custom-elements.json and
 * dist/tokens.json. Every file is rendered before any is written, so a failure leaves the old set.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { componentsOf, readManifest } from './component-model.ts';
import { editorFiles } from './files.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

try {
  const files = editorFiles(
    componentsOf(readManifest(join(root, 'dist/components/custom-elements.json'))),
    join(root, 'dist/tokens.json'),
  );
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), content);
  }
  console.log(`editor data: ${Object.keys(files).join(', ')}`);
} catch (error) {
  console.error(`editor data: ${(error as Error).message}`);
  process.exit(70);
}
