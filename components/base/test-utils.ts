/**
 * Helpers for the components' browser tests (Vitest browser mode, real Chromium). Imported
 * explicitly by each test; nothing is injected as a global.
 */
import axe from 'axe-core';
import { render, type TemplateResult } from 'lit';
import { page } from 'vitest/browser';
import { expect, it } from 'vitest';
import livery from '../../dist/css/livery.css?raw';
import catalogueText from '../../dist/tokens.json?raw';

type Modifier = { name: string; default: string; contexts: string[]; attribute: string };
const catalogue = JSON.parse(catalogueText) as { modifiers: Modifier[] };

/**
 * The themes every component is checked in: the default permutation, then each other context of
 * each modifier (from the catalogue, so a theme added to the resolver is tested with no edit here)
 * as the modifier attribute on an ancestor.
 */
export const THEMES: { name: string; attributes: Record<string, string> }[] = [
  { name: catalogue.modifiers[0]?.default ?? 'default', attributes: {} },
  ...catalogue.modifiers.flatMap((m) =>
    m.contexts.filter((c) => c !== m.default).map((c) => ({ name: c, attributes: { [m.attribute]: c } })),
  ),
];

let styled = false;
function ensureTokens(): void {
  if (styled) return;
  const style = document.createElement('style');
  style.textContent = livery;
  document.head.append(style);
  styled = true;
}

/**
 * Renders a template into a fresh fixture (on the page surface, with the given theme attributes
 * and `dir`) and waits until every Livery element in it has rendered.
 */
export async function mount<T extends Element = HTMLElement>(
  template: TemplateResult,
  options: { attributes?: Record<string, string>; dir?: 'ltr' | 'rtl' } = {},
): Promise<T> {
  ensureTokens();
  document.querySelectorAll('[data-fixture]').forEach((old) => old.remove());
  const fixture = document.createElement('div');
  fixture.dataset.fixture = '';
  fixture.setAttribute(
    'style',
    'padding: var(--lv-space-6); background: var(--lv-color-surface-page); color: var(--lv-color-text-primary); font: var(--lv-typography-body)',
  );
  for (const [name, value] of Object.entries(options.attributes ?? {})) fixture.setAttribute(name, value);
  if (options.dir) fixture.dir = options.dir;
  document.body.append(fixture);
  render(template, fixture);
  await settle(fixture);
  return fixture.firstElementChild as T;
}

/** Waits for every Livery element under `root` (and in their shadow roots) to finish updating. */
export async function settle(root: ParentNode): Promise<void> {
  for (let pass = 0; pass < 3; pass++) {
    const pending = [...root.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('lv-'))
      .map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete);
    await Promise.all(pending);
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Runs axe-core on the fixture and fails with a readable list of violations. */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const fixture = element.closest('[data-fixture]') ?? element;
  // Check the settled state, not a frame of an entrance animation.
  await Promise.all(
    document
      .getAnimations()
      .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
      .map((a) => a.finished.catch(() => {})),
  );
  const result = await axe.run(fixture, {
    // Page-level rules (landmarks, a page <h1>) describe a whole document, not a component.
    rules: {
      region: { enabled: false },
      'landmark-one-main': { enabled: false },
      'page-has-heading-one': { enabled: false },
    },
    resultTypes: ['violations'],
  });
  const found = result.violations.map(
    (v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary}`).join('\n  ')}`,
  );
  expect(found, found.join('\n')).toEqual([]);
}

interface ManifestDeclaration {
  tagName?: string;
  slots?: { name: string }[];
  cssParts?: { name: string }[];
}
const manifests = import.meta.glob<{ modules: { declarations?: ManifestDeclaration[] }[] }>(
  '../../dist/components/custom-elements.json',
  {
    eager: true,
    import: 'default',
  },
);

/** The manifest's declaration for a tag; fails when custom-elements.json has not been generated. */
export function manifestEntry(tagName: string): ManifestDeclaration {
  const manifest = Object.values(manifests)[0];
  expect(manifest, 'dist/components/custom-elements.json is missing: run `npm run build:components`').toBeDefined();
  const declaration = manifest!.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tagName);
  expect(declaration, `${tagName} is not in custom-elements.json`).toBeDefined();
  return declaration!;
}

/** Fails when the element renders a `part=` or `<slot>` its JSDoc (hence the manifest) does not name. */
export function expectPartsAndSlotsDocumented(element: Element): void {
  const entry = manifestEntry(element.localName);
  const root = element.shadowRoot!;
  const parts = new Set([...root.querySelectorAll('[part]')].flatMap((el) => el.getAttribute('part')!.split(/\s+/)));
  const slots = new Set([...root.querySelectorAll('slot')].map((slot) => slot.name));
  const documentedParts = new Set((entry.cssParts ?? []).map((p) => p.name));
  const documentedSlots = new Set((entry.slots ?? []).map((s) => s.name));
  expect(
    [...parts].filter((p) => !documentedParts.has(p)),
    'undocumented parts',
  ).toEqual([]);
  expect(
    [...slots].filter((s) => !documentedSlots.has(s)),
    'undocumented slots',
  ).toEqual([]);
}

/** Submits `form` through FormData and returns its entries. */
export function formEntries(form: HTMLFormElement): [string, FormDataEntryValue][] {
  return [...new FormData(form).entries()];
}

/** One test per theme: mounts `template` in it, runs `prepare`, and expects zero axe violations. */
export function itHasNoAxeViolationsInEveryTheme(
  template: () => TemplateResult,
  prepare?: (element: HTMLElement) => unknown,
): void {
  for (const theme of THEMES) {
    it(`has no axe violations in the ${theme.name} theme`, async () => {
      const element = await mount(template(), { attributes: theme.attributes });
      await prepare?.(element);
      await settle(element.parentElement!);
      await expectNoAxeViolations(element);
    });
  }
}

/** The length a `--lv-…` token resolves to, in CSS pixels, measured in the current fixture. */
export function tokenPx(
  property: string,
  within: Element = document.querySelector('[data-fixture]') ?? document.body,
): number {
  const probe = document.createElement('div');
  probe.style.inlineSize = `var(${property})`;
  within.append(probe);
  const width = probe.getBoundingClientRect().width;
  probe.remove();
  return width;
}

/**
 * Records the events a form control fires on its host (`input`, `change`, `lv-change`), each with
 * the state `read()` returns at that moment and whether it bubbles and is composed, in the order
 * they arrive at a listener on the document (where frameworks listen).
 */
export function recordEvents(element: Element, read: () => unknown): { log: string[]; stop: () => void } {
  const log: string[] = [];
  const listener = (event: Event) => {
    if (event.target !== element) return;
    log.push(`${event.type}:${String(read())}${event.bubbles && event.composed ? '' : ' (not bubbling+composed)'}`);
  };
  const types = ['input', 'change', 'lv-change'];
  for (const type of types) document.addEventListener(type, listener);
  return { log, stop: () => types.forEach((type) => document.removeEventListener(type, listener)) };
}

/**
 * Holds what a form control's native element is described by, as a screen reader computes it:
 * its hint; then the hint and the validation message, with `aria-invalid`, once
 * `reportValidity()` shows the message; then the hint alone again after `fix()` makes it valid.
 */
export async function expectDescribedByHintThenError(
  control: HTMLElement & { reportValidity(): boolean; validationMessage: string; updateComplete: Promise<unknown> },
  native: Element,
  accessible: { role: 'checkbox' | 'switch' | 'combobox' | 'textbox'; name: string; hint: string },
  fix: () => void,
): Promise<void> {
  const element = page.getByRole(accessible.role, { name: accessible.name });
  const settled = async () => {
    await control.updateComplete;
    await control.updateComplete;
  };
  await expect.element(element).toHaveAccessibleDescription(accessible.hint);
  expect(native.hasAttribute('aria-invalid')).toBe(false);
  control.reportValidity();
  await settled();
  await expect.element(element).toHaveAccessibleDescription(`${accessible.hint} ${control.validationMessage}`);
  expect(native.getAttribute('aria-invalid')).toBe('true');
  fix();
  await settled();
  await expect.element(element).toHaveAccessibleDescription(accessible.hint);
  expect(native.hasAttribute('aria-invalid')).toBe(false);
}
