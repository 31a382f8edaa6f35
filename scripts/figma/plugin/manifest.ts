import { PACKAGE_NAME } from '../../package-identity.ts';

/**
 * dist/figma-plugin/manifest.json. Development plugins are imported from this file on any plan
 * (Plugins › Development › Import plugin from manifest…); Organization and Enterprise can publish it
 * privately. No network access: the plugin reads and writes only the open file and what the
 * designer pastes or saves.
 */
export const PLUGIN_MANIFEST = {
  name: 'Livery',
  id: `${PACKAGE_NAME}-figma-plugin`,
  api: '1.0.0',
  main: 'code.js',
  ui: 'ui.html',
  editorType: ['figma'],
  documentAccess: 'dynamic-page',
  networkAccess: { allowedDomains: ['none'] },
  // figma.fileKey (stamped on exports and checked against bodies) is given to private plugins only.
  enablePrivatePluginApi: true,
} as const;
