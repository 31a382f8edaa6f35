import { FINDING_KINDS } from '../layer-lint.ts';
import type { CodeMessage, UiMessage } from './messages.ts';

/**
 * The plugin's window: Lint (counts per kind, a finding per row; clicking one selects the layer),
 * Export (a download of the variables JSON for `liverykit figma pull|diff --from-export`) and Apply
 * (a body from `liverykit figma push --to-file`, opened or pasted). `mountUi` renders into `root`
 * and returns the handler for the code's messages, so a test can drive it in a browser.
 */
export function mountUi(root: HTMLElement, post: (message: UiMessage) => void): (message: CodeMessage) => void {
  root.innerHTML = `
    <style>
      :root { font: 12px/1.4 system-ui, sans-serif; color: var(--figma-color-text, #222); background: var(--figma-color-bg, #fff); }
      section { border-bottom: 1px solid var(--figma-color-border, #e5e5e5); padding: 8px 0; }
      h2 { font-size: 12px; margin: 0 0 6px; }
      button { margin-inline-end: 6px; }
      ul { list-style: none; padding: 0; margin: 6px 0 0; max-height: 220px; overflow: auto; }
      li button { all: unset; cursor: pointer; display: block; padding: 2px 0; }
      li button:hover, li button:focus-visible { text-decoration: underline; }
      textarea { width: 100%; box-sizing: border-box; min-height: 60px; }
      .counts span { margin-inline-end: 8px; }
      [role=status] { white-space: pre-wrap; }
    </style>
    <section aria-labelledby="lint-h"><h2 id="lint-h">Lint</h2>
      <button data-action="lint-selection">Lint selection</button><button data-action="lint-page">Lint page</button>
      <div class="counts" data-part="counts"></div><ul data-part="findings" aria-label="Findings"></ul></section>
    <section aria-labelledby="export-h"><h2 id="export-h">Export variables</h2>
      <button data-action="export">Export</button><a data-part="download" hidden>Download</a>
      <p role="status" data-part="export-status"></p></section>
    <section aria-labelledby="apply-h"><h2 id="apply-h">Apply a body from liverykit figma push --to-file</h2>
      <input type="file" accept="application/json,.json" data-part="body-file" aria-label="Body file">
      <textarea data-part="body-text" aria-label="Body JSON"></textarea>
      <button data-action="apply">Apply</button>
      <p role="status" data-part="apply-status"></p></section>`;
  const part = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-part="${name}"]`)!;
  root
    .querySelector('[data-action="lint-selection"]')!
    .addEventListener('click', () => post({ type: 'lint', scope: 'selection' }));
  root
    .querySelector('[data-action="lint-page"]')!
    .addEventListener('click', () => post({ type: 'lint', scope: 'page' }));
  root.querySelector('[data-action="export"]')!.addEventListener('click', () => post({ type: 'export' }));
  part<HTMLInputElement>('body-file').addEventListener('change', async (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) part<HTMLTextAreaElement>('body-text').value = await file.text();
  });
  root.querySelector('[data-action="apply"]')!.addEventListener('click', () => {
    const text = part<HTMLTextAreaElement>('body-text').value.trim();
    if (!text) part('apply-status').textContent = 'Open or paste a body first.';
    else post({ type: 'apply', text });
  });

  return (message) => {
    if (message.type === 'lint-result') {
      const { counts, findings, layers } = message.report;
      part('counts').innerHTML =
        FINDING_KINDS.map((kind) => `<span data-kind="${kind}">${kind}: ${counts[kind]}</span>`).join('') +
        `<span>${layers} layer${layers === 1 ? '' : 's'} checked (${message.scope})</span>`;
      const list = part('findings');
      list.replaceChildren(
        ...findings.map((finding) => {
          const item = document.createElement('li');
          const button = document.createElement('button');
          button.textContent = `${finding.nodeName}: ${finding.message}`;
          button.title = finding.path;
          button.addEventListener('click', () => post({ type: 'select', nodeId: finding.nodeId }));
          item.append(button);
          return item;
        }),
      );
    } else if (message.type === 'export-result') {
      const link = part<HTMLAnchorElement>('download');
      const name = `${message.fileName.replace(/[^\w.-]+/g, '-') || 'figma'}.variables.json`;
      link.href = URL.createObjectURL(
        new Blob([`${JSON.stringify(message.json, null, 2)}\n`], { type: 'application/json' }),
      );
      link.download = name;
      link.textContent = `Download ${name}`;
      link.hidden = false;
      const count = Object.values(message.json.meta.variables).filter((v) => !v.remote).length;
      part('export-status').textContent =
        `${count} variables in ${Object.keys(message.json.meta.variableCollections).length} ` +
        `collections. Then run: liverykit figma pull --from-export ` +
        `${name}${message.json.livery.skipped?.length ? `\nLeft out (no REST type): ${message.json.livery.skipped.join(', ')}` : ''}`;
    } else if (message.type === 'apply-result') {
      const { applied, problems, changes } = message.report;
      part('apply-status').textContent = applied
        ? `Applied ${changes.length} change${changes.length === 1 ? '' : 's'}:\n${changes.join('\n')}`
        : `Nothing was applied:\n${problems.join('\n')}`;
    } else {
      part('apply-status').textContent = `Error: ${message.message}`;
    }
  };
}
