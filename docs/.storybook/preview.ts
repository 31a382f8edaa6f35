import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import { GLOBALS_UPDATED, SET_GLOBALS } from 'storybook/internal/core-events';
import { addons } from 'storybook/preview-api';
// Copies made by docs/generate from dist/css/livery.css and dist/components/custom-elements.json.
import '../generated/livery.css';
import customElements from '../generated/custom-elements.json';
import '../blocks/docs.css';
import { AutodocsPage } from '../blocks/autodocs-page.tsx';
import { tokens } from '../blocks/data.ts';
import { modifierDefaults, modifierGlobalTypes } from './modifier-toolbar.ts';

setCustomElementsManifest(customElements);

type Globals = Record<string, string | undefined>;

/**
 * The toolbar's choices become the attributes livery.css selects on (one per modifier of the
 * resolver: `data-theme`, `data-brand`…) and the document direction, on the preview's root
 * element, so they apply to docs pages and stories alike. Docs pages run no decorators, hence
 * the channel listener.
 */
function apply(globals: Globals): void {
  const root = document.documentElement;
  for (const m of tokens.modifiers) root.setAttribute(m.attribute, globals[m.name] ?? m.default);
  root.setAttribute('dir', globals.dir ?? 'ltr');
}

// The preview is its own document: its content area is the page's main landmark.
for (const id of ['storybook-docs', 'storybook-root']) {
  document.getElementById(id)?.setAttribute('role', 'main');
  document.getElementById(id)?.setAttribute('aria-label', id === 'storybook-docs' ? 'Documentation' : 'Story');
}

const channel = addons.getChannel();
channel.on(SET_GLOBALS, ({ globals }: { globals: Globals }) => apply(globals));
channel.on(GLOBALS_UPDATED, ({ globals }: { globals: Globals }) => apply(globals));

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    ...modifierGlobalTypes(tokens.modifiers),
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { ...modifierDefaults(tokens.modifiers), dir: 'ltr' },
  decorators: [
    (story, context) => {
      apply(context.globals as Globals);
      return story();
    },
  ],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { page: AutodocsPage },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Getting started',
          ['Product teams', 'Designers', 'CI', 'Brand authoring'],
          'Tokens',
          'Components',
          'Logo and assets',
          'Governance',
        ],
      },
    },
  },
};

export default preview;
