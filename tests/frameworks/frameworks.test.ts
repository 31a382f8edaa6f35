import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackedApp, pageProblems, serveAndLaunch, sh, type PackedApp } from './packed-app.ts';

/**
 * The claim "works in any framework", proven: the same form written as a React 19, a Vue 3 and a
 * Svelte 5 app (tests/frameworks/app), built by Vite with each framework's official plugin from the
 * packed tarball, driven in Chromium. Typing, checking, switching and selecting update the
 * framework's state through its own binding (React `value`/`checked` with `onInput`/`onChange`, Vue
 * `v-model` and `:checked`/`@change`, Svelte `value=`/`checked=` with `oninput`/`onchange`); every
 * event arrives once, in the native order, with the component's state already new; the form
 * submits the right FormData, the submit button's name and value included, from a click and from
 * Enter in a field.
 */
declare global {
  interface Window {
    livery: { events: string[]; submissions: [string, string][][] };
  }
}

const FRAMEWORKS = ['react', 'vue', 'svelte'] as const;
const TOOLS = [
  'vite',
  'react',
  'react-dom',
  '@vitejs/plugin-react',
  'vue',
  '@vitejs/plugin-vue',
  'svelte',
  '@sveltejs/vite-plugin-svelte',
  'typescript',
  '@types/react',
  '@types/react-dom',
  'vue-tsc',
  'svelte-check',
];

let app: PackedApp;
let site: Awaited<ReturnType<typeof serveAndLaunch>>;

beforeAll(async () => {
  app = createPackedApp(join(import.meta.dirname, 'app'), TOOLS);
  sh(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], app.dir);
  site = await serveAndLaunch(join(app.dir, 'out'));
}, 600_000);

afterAll(async () => {
  await site?.close();
  app?.remove();
}, 120_000);

async function state(page: Page): Promise<unknown> {
  return JSON.parse((await page.locator('#state').textContent()) ?? 'null');
}

describe.each(FRAMEWORKS)('a %s app built with Vite from the packed tarball', (framework) => {
  it('binds every form control both ways, hears each event once after the state, and submits the submitter', async () => {
    const page = await site.open(`${framework}.html`);
    try {
      await page.waitForFunction(
        () =>
          customElements.get('lv-select') !== undefined &&
          document.querySelector('lv-select')?.shadowRoot?.querySelector('option') != null,
      );
      expect(await state(page)).toEqual({ email: '', terms: false, wifi: true, size: 'm' });
      // The framework's initial state reached the components.
      expect(
        await page.evaluate(() => [
          document.querySelector('lv-switch')!.checked,
          document.querySelector('lv-select')!.value,
        ]),
      ).toEqual([true, 'm']);

      await page.locator('lv-text-field input').click();
      await page.keyboard.type('ab');
      await page.keyboard.press('Tab'); // commit: change
      await page.locator('lv-checkbox [part="label"]').click();
      await page.locator('lv-switch input').click();
      await page.locator('lv-select select').selectOption('l');
      await expect.poll(() => state(page)).toEqual({ email: 'ab', terms: true, wifi: false, size: 'l' });
      expect(await page.evaluate(() => window.livery.events)).toEqual([
        'email:input:a',
        'email:input:ab',
        'email:change:ab',
        'terms:input:true',
        'terms:change:true',
        'wifi:input:false',
        'wifi:change:false',
        'size:input:l',
        'size:change:l',
      ]);

      // The framework writes its state back into the components (the other direction of the binding).
      await page.locator('lv-checkbox [part="label"]').click();
      await expect.poll(() => state(page)).toMatchObject({ terms: false });
      expect(await page.evaluate(() => document.querySelector('lv-checkbox')!.checked)).toBe(false);
      await page.locator('lv-checkbox [part="label"]').click();

      await page.locator('lv-button').click();
      await page.locator('lv-text-field input').press('Enter');
      const expected = [
        ['email', 'ab'],
        ['terms', 'yes'],
        ['size', 'l'],
        ['intent', 'save'],
      ];
      await expect.poll(() => page.evaluate(() => window.livery.submissions)).toEqual([expected, expected]);
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

/** The type checkers the apps' users run, each with the package's generated element types. */
const CHECKERS = {
  react: { file: 'src/react/typo.tsx', run: ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.react.json'] },
  vue: { file: 'src/vue/Typo.vue', run: ['node_modules/vue-tsc/bin/vue-tsc.js', '-p', 'tsconfig.vue.json'] },
  svelte: {
    file: 'src/svelte/Typo.svelte',
    run: ['node_modules/svelte-check/bin/svelte-check', '--tsconfig', './tsconfig.svelte.json', '--output', 'machine'],
  },
};
const TYPOS = {
  react: [
    'export const a = <lv-button varient="primary">A</lv-button>;',
    'export const b = <lv-button variant="primery">B</lv-button>;',
    'export const c = <lv-checkbox onChnage={() => {}}>C</lv-checkbox>;',
    'export const d = <lv-checkbox onChange={(e) => e.currentTarget.chekced}>D</lv-checkbox>;',
  ].join('\n'),
  vue: [
    '<script setup lang="ts">',
    "import { ref } from 'vue';",
    'const n = ref(1);',
    '</script>',
    '<template>',
    '<lv-button varient="primary">A</lv-button>',
    '<lv-button variant="primery">B</lv-button>',
    '<lv-checkbox @chnage="() => {}">C</lv-checkbox>',
    '<lv-text-field v-model="n"></lv-text-field>',
    '</template>',
  ].join('\n'),
  svelte: [
    '<script lang="ts"></script>',
    '<lv-button varient="primary">A</lv-button>',
    '<lv-button variant="primery">B</lv-button>',
    '<lv-checkbox onchnage={() => {}}>C</lv-checkbox>',
    '<lv-checkbox onchange={(e) => e.currentTarget.chekced}>D</lv-checkbox>',
  ].join('\n'),
};
const EXPECTED: Record<keyof typeof CHECKERS, RegExp[]> = {
  react: [
    /typo\.tsx\(1,\d+\)[\s\S]*?'varient' does not exist/,
    /typo\.tsx\(2,\d+\)[\s\S]*?'"primery"' is not assignable/,
    /typo\.tsx\(3,\d+\)[\s\S]*?'onChnage' does not exist/,
    /typo\.tsx\(4,\d+\)[\s\S]*?'chekced' does not exist on type 'EventTarget & LvCheckbox'/,
  ],
  vue: [
    /Typo\.vue\(6,\d+\)[\s\S]*?'varient' does not exist/,
    /Typo\.vue\(7,\d+\)[\s\S]*?'"primery"' is not assignable/,
    /Typo\.vue\(8,\d+\)[\s\S]*?onChnage/,
    /Typo\.vue\(9,\d+\)[\s\S]*?'number' is not assignable to type 'string'/,
  ],
  svelte: [
    /Typo\.svelte" 2:\d+ .*varient.* does not exist/,
    /Typo\.svelte" 3:\d+ .*primery.* is not assignable/,
    /Typo\.svelte" 4:\d+ .*onchnage.* does not exist/,
    /Typo\.svelte" 5:\d+ .*'chekced' does not exist on type 'EventTarget & LvCheckbox'/,
  ],
};

describe.each(FRAMEWORKS)('the generated %s element types (liverykit/types/<framework>)', (framework) => {
  it('type-check the app, and make a typo in a property, value or event handler an error', { timeout: 240_000 }, () => {
    const { file, run } = CHECKERS[framework];
    const good = sh(process.execPath, run, app.dir, true);
    expect(good.code, good.stdout + good.stderr).toBe(0);
    app.write({ [file]: TYPOS[framework] });
    try {
      const bad = sh(process.execPath, run, app.dir, true);
      expect(bad.code).not.toBe(0);
      for (const pattern of EXPECTED[framework]) expect(bad.stdout + bad.stderr).toMatch(pattern);
    } finally {
      rmSync(join(app.dir, file), { force: true });
    }
  });
});

describe('the production build', () => {
  it('does not print the development-only warnings (Vite defines process.env.NODE_ENV as "production")', async () => {
    const page = await site.open('react.html');
    try {
      await page.waitForFunction(() => customElements.get('lv-button') !== undefined);
      await page.evaluate(() =>
        document.body.insertAdjacentHTML('beforeend', '<lv-button variant="shiny" size="xl">Odd</lv-button>'),
      );
      await page.evaluate(
        () =>
          document.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('lv-button[variant=shiny]')!
            .updateComplete,
      );
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
