/**
 * The set-up the sync tests share: a fresh fake Figma for every test, holding one empty file
 * `FILE`, and closed after the test, so no test sees another's variables, requests or faults.
 */
import { afterEach, beforeEach } from 'vitest';
import { startFakeFigma, type FakeFigma } from './fake-figma-server.ts';

/** Registers the hooks in the calling file or describe block; `use` receives each test's fake. */
export function fakeFigmaPerTest(use: (fake: FakeFigma) => void): void {
  let current: FakeFigma | undefined;
  beforeEach(async () => {
    current = await startFakeFigma();
    current.addFile('FILE');
    use(current);
  });
  afterEach(() => current?.close());
}
