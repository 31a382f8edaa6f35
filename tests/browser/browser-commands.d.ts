// The `buildFixtureBrand` browser command registered in vitest.config.ts.
declare module 'vitest/browser' {
  interface BrowserCommands {
    buildFixtureBrand(
      files: Record<string, unknown>,
    ): Promise<import('./commands/build-fixture-brand.ts').BuiltFixtureBrand>;
  }
}

export {};
