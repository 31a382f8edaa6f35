import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * The Livery docs site. `npm run build:docs` runs docs/generate first (it writes docs/generated/ from
 * dist/), then builds this into dist/docs. Paths here are relative to docs/.storybook/.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../pages/**/*.mdx', '../**/*.stories.ts', '../../components/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // No internet here and no data leaves the machine: no telemetry, no version or "what's new" checks.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  // Logo SVGs and the contrast matrix, copied by docs/generate (STATIC_URL in generate-docs.ts).
  staticDirs: [{ from: '../generated/static', to: '/livery-static' }],
  docs: { defaultName: 'Docs' },
  typescript: { check: false },
  viteFinal: (vite) => ({
    ...vite,
    // The docs blocks are React components written in .tsx (MDX renders with React).
    oxc: { ...(typeof vite.oxc === 'object' ? vite.oxc : {}), jsx: { runtime: 'automatic', importSource: 'react' } },
    build: { ...vite.build, chunkSizeWarningLimit: 2000 },
  }),
};

export default config;
