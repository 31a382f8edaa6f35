import { afterEach, expect, it } from 'vitest';
import { mountUi } from '../../scripts/figma/plugin/ui.ts';
import type { CodeMessage, UiMessage } from '../../scripts/figma/plugin/messages.ts';

/** The plugin's window in Chromium, driven by the messages code.js sends and checked by those it posts. */
let root: HTMLElement;
afterEach(() => root?.remove());

function mount() {
  root = document.createElement('div');
  document.body.append(root);
  const posted: UiMessage[] = [];
  const receive = mountUi(root, (m) => posted.push(m));
  const click = (selector: string) => root.querySelector<HTMLElement>(selector)!.click();
  return { posted, receive: (m: CodeMessage) => receive(m), click };
}

it('lint: asks for the selection or the page, shows counts per kind, and a click selects the layer', () => {
  const ui = mount();
  ui.click('[data-action="lint-selection"]');
  ui.click('[data-action="lint-page"]');
  expect(ui.posted).toEqual([
    { type: 'lint', scope: 'selection' },
    { type: 'lint', scope: 'page' },
  ]);
  ui.receive({
    type: 'lint-result',
    scope: 'page',
    report: {
      layers: 3,
      counts: { fill: 1, stroke: 0, effect: 0, text: 0, radius: 1, gap: 0 },
      findings: [
        {
          nodeId: '1:2',
          nodeName: 'Card',
          path: 'Page › Card',
          kind: 'fill',
          property: 'fill',
          value: '#e61a99',
          nearest: { name: 'palette.coral', distance: 'ΔE OK 0.120' },
          message: 'fill #e61a99 matches no token (nearest: palette.coral, ΔE OK 0.120)',
        },
        {
          nodeId: '1:3',
          nodeName: 'Chip',
          path: 'Page › Chip',
          kind: 'radius',
          property: 'cornerRadius',
          value: '6px',
          message: 'cornerRadius 6px matches no token (nearest: radius.sm = 4px)',
        },
      ],
    },
  });
  expect(root.querySelector('[data-kind="fill"]')!.textContent).toBe('fill: 1');
  expect(root.querySelector('[data-kind="radius"]')!.textContent).toBe('radius: 1');
  const rows = [...root.querySelectorAll<HTMLButtonElement>('[data-part="findings"] li button')];
  expect(rows.map((r) => r.textContent)).toEqual([
    'Card: fill #e61a99 matches no token (nearest: palette.coral, ΔE OK 0.120)',
    'Chip: cornerRadius 6px matches no token (nearest: radius.sm = 4px)',
  ]);
  rows[1]!.click();
  expect(ui.posted.at(-1)).toEqual({ type: 'select', nodeId: '1:3' });
});

it('export: offers the JSON as a download named after the file', async () => {
  const ui = mount();
  ui.click('[data-action="export"]');
  expect(ui.posted).toEqual([{ type: 'export' }]);
  const json = {
    status: 200,
    error: false,
    meta: { variables: { 'VariableID:1:1': { id: 'VariableID:1:1', remote: false } }, variableCollections: { C: {} } },
    livery: {
      format: 'liverykit-figma-export',
      version: 1,
      fileKey: 'K',
      fileName: 'Brand file',
      skipped: ['ease (EASING)'],
    },
  };
  ui.receive({ type: 'export-result', fileName: 'Brand file', json: json as never });
  const link = root.querySelector<HTMLAnchorElement>('[data-part="download"]')!;
  expect(link.hidden).toBe(false);
  expect(link.download).toBe('Brand-file.variables.json');
  expect(JSON.parse(await (await fetch(link.href)).text())).toEqual(json);
  expect(root.querySelector('[data-part="export-status"]')!.textContent).toMatch(
    /1 variables in 1 collections\. Then run: liverykit figma pull --from-export Brand-file\.variables\.json\nLeft out \(no REST type\): ease \(EASING\)/,
  );
});

it('apply: sends the pasted body, and reports what changed or why nothing was applied', () => {
  const ui = mount();
  ui.click('[data-action="apply"]');
  expect(ui.posted).toEqual([]);
  expect(root.querySelector('[data-part="apply-status"]')!.textContent).toBe('Open or paste a body first.');
  root.querySelector<HTMLTextAreaElement>('[data-part="body-text"]')!.value = '{"livery":{}}';
  ui.click('[data-action="apply"]');
  expect(ui.posted).toEqual([{ type: 'apply', text: '{"livery":{}}' }]);
  ui.receive({
    type: 'apply-result',
    report: {
      applied: false,
      changes: [],
      problems: ['this body was planned against file A ("x"), not this file (B)'],
    },
  });
  expect(root.querySelector('[data-part="apply-status"]')!.textContent).toBe(
    'Nothing was applied:\nthis body was planned against file A ("x"), not this file (B)',
  );
  ui.receive({
    type: 'apply-result',
    report: { applied: true, problems: [], changes: ['created collection primitives', 'set 12 values'] },
  });
  expect(root.querySelector('[data-part="apply-status"]')!.textContent).toBe(
    'Applied 2 changes:\ncreated collection primitives\nset 12 values',
  );
});
