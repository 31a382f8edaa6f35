import { byBaseName } from '../base/svg.ts';

/**
 * The brand's icon set: every tokens/assets/icons/*.svg, read at build time (Vite in tests and
 * Storybook; the same `import.meta.glob` is expanded by rollup.config.mjs for dist/components).
 */
export const icons: Record<string, string> = byBaseName(
  import.meta.glob<string>('../../tokens/assets/icons/*.svg', { query: '?raw', import: 'default', eager: true }),
);

/** Names `lv-icon` accepts, sorted. */
export const iconNames: string[] = Object.keys(icons).sort();
