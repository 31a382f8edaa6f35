/**
 * Every story of every component renders its component without errors and with zero axe
 * violations (light theme; the per-component tests cover every theme). Stories are plain CSF3,
 * so they are rendered here the way Storybook would: meta args + story args, story or meta
 * `render`, decorators, then `play`.
 */
import type { TemplateResult } from 'lit';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, mount } from './base/test-utils.ts';

type Render = (args: Record<string, unknown>) => TemplateResult;
interface StoryLike {
  args?: Record<string, unknown>;
  render?: Render;
  decorators?: ((story: () => TemplateResult) => TemplateResult)[];
  play?: (context: { canvasElement: HTMLElement }) => Promise<void> | void;
}
interface StoryModule {
  default: StoryLike & { title: string; component: string };
  [name: string]: unknown;
}

const modules = import.meta.glob<StoryModule>('./*/*.stories.ts', { eager: true });

describe('stories', () => {
  it('exist for every component folder', () => {
    const folders = Object.keys(import.meta.glob('./*/*.styles.ts'))
      .map((p) => p.split('/')[1])
      .filter((f) => f !== 'base');
    const withStories = Object.keys(modules).map((p) => p.split('/')[1]);
    expect(withStories.sort()).toEqual(folders.sort());
  });

  for (const [path, module] of Object.entries(modules)) {
    const meta = module.default;
    for (const [name, value] of Object.entries(module)) {
      if (name === 'default') continue;
      const story = value as StoryLike;
      it(`${meta.title} › ${name} renders ${meta.component} with no axe violations`, async () => {
        const args = { ...meta.args, ...story.args };
        const render = story.render ?? meta.render!;
        let template = () => render(args);
        for (const decorate of [...(story.decorators ?? []), ...(meta.decorators ?? [])]) {
          const inner = template;
          template = () => decorate(inner);
        }
        const first = await mount(template());
        const canvas = first.parentElement!;
        await story.play?.({ canvasElement: canvas });
        await new Promise((resolve) => setTimeout(resolve, 20));
        const element = canvas.querySelector(meta.component) as
          (HTMLElement & { updateComplete: Promise<unknown> }) | null;
        expect(element, `${path} › ${name}`).not.toBeNull();
        await element!.updateComplete;
        expect(element!.shadowRoot!.childElementCount, 'rendered something').toBeGreaterThan(0);
        await expectNoAxeViolations(first);
      });
    }
  }
});
