import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import type { BrowserCommand } from 'vitest/node';
import { CHROMIUM_ARGS } from './scripts/audit/chromium-flags.ts';
import { buildFixtureBrand } from './tests/browser/commands/build-fixture-brand.ts';

/** Chromium from Debian (never `playwright install`), launched as `liverykit audit` launches it. */
export const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [...CHROMIUM_ARGS],
};

/** Lets browser tests switch prefers-color-scheme / prefers-contrast / prefers-reduced-motion. */
const emulateMedia: BrowserCommand<[Record<string, string | null>]> = async (context, options) => {
  if (!('page' in context)) throw new Error('emulateMedia needs the playwright provider');
  await (context.page as { emulateMedia(o: unknown): Promise<void> }).emulateMedia(options);
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: [
            'scripts/**/*.test.ts',
            'tests/node/**/*.test.ts',
            'tests/frameworks/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          environment: 'node',
          testTimeout: 60_000,
          // set-up and clean-up hooks pack tarballs, install and delete node_modules: minutes, not Vitest's 10 s, on a busy CI machine
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['components/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromium }),
            instances: [{ browser: 'chromium' }],
            commands: { emulateMedia, buildFixtureBrand },
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});
