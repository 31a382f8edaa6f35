/**
 * Lint never hangs or crashes, whatever the text: random mixes of the pieces every extractor and
 * the value scanner track (quotes, comments, interpolation, `url(`, numbers glued to words…),
 * alone and inside well-formed CSS, SCSS, Less, TSX, HTML, Vue, Svelte and SVG. A real file did
 * once loop forever: `color: 'a.5'` (an SVG path in Vuetify's icon set) never left the scanner.
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { miniCatalogue } from './lint-helpers.ts';

const CASES = 20_000;
// far above the few seconds the cases take; a case that loops forever is stopped here
const DEADLINE_MS = 60_000;

function fuzz(catalogueFile: string, seed: number): Promise<{ findings: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./lint-fuzz.worker.ts', import.meta.url), {
      workerData: { catalogueFile, cases: CASES, seed },
    });
    let last: { language: string; text: string } | undefined;
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`lint did not finish within ${DEADLINE_MS} ms on this ${last?.language} text:\n${last?.text}`));
    }, DEADLINE_MS);
    worker.on('message', (message: { kind: 'case' | 'done'; language: string; text: string; findings: number }) => {
      if (message.kind === 'case') last = message;
      else {
        clearTimeout(timer);
        void worker.terminate();
        resolve({ findings: message.findings });
      }
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`lint threw ${error.stack}\non this ${last?.language} text:\n${last?.text}`));
    });
  });
}

describe('lint on random text', () => {
  it('ends and never throws, on every language', { timeout: DEADLINE_MS + 30_000 }, async () => {
    const result = await fuzz(await miniCatalogue(), 20261202);
    // the noise holds raw colors and off-scale sizes: findings prove the rules ran on it
    expect(result.findings).toBeGreaterThan(CASES / 10);
  });
});
