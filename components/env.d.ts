/// <reference types="vite/client" />
// Vite's `?raw` imports and `import.meta.glob`, used by lv-icon and lv-logo (read the brand's SVGs
// at build time) and by the browser tests (load dist/css/livery.css).

// The `emulateMedia` browser command registered in vitest.config.ts.
declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia(options: {
      colorScheme?: string | null;
      forcedColors?: string | null;
      contrast?: string | null;
      reducedMotion?: string | null;
    }): Promise<void>;
  }
}

export {};
