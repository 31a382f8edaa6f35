import type { PluginAPI } from '@figma/plugin-typings/plugin-api-standalone.js';
import type { BrandCandidates } from '../layer-lint.ts';
import { applyBody } from './apply-body.ts';
import { exportVariables } from './export-variables.ts';
import { lintLayers, type LintableNode } from './lint-layers.ts';
import type { CodeMessage, UiMessage } from './messages.ts';
import type { LiveryPluginApi } from './plugin-api.ts';

/**
 * The plugin's main thread (dist/figma-plugin/code.js): it owns the `figma` API and answers the
 * window's requests. The brand's lint candidates are embedded by the build (__LIVERY_BRAND__).
 */
declare const figma: PluginAPI;
declare const __html__: string;
declare const __LIVERY_BRAND__: BrandCandidates;

const api: LiveryPluginApi = figma;
const send = (message: CodeMessage) => figma.ui.postMessage(message);

figma.showUI(__html__, { width: 440, height: 600, themeColors: true });
figma.ui.onmessage = async (message: UiMessage) => {
  try {
    if (message.type === 'lint') {
      const roots =
        message.scope === 'selection' && figma.currentPage.selection.length
          ? figma.currentPage.selection
          : figma.currentPage.children;
      // SceneNode has every field LintableNode reads (mixed values are figma.mixed, a symbol).
      const report = await lintLayers(roots as unknown as LintableNode[], __LIVERY_BRAND__, {
        getVariableByIdAsync: (id) => figma.variables.getVariableByIdAsync(id),
        getStyleByIdAsync: (id) => figma.getStyleByIdAsync(id),
      });
      send({
        type: 'lint-result',
        report,
        scope: message.scope === 'selection' && figma.currentPage.selection.length ? 'selection' : 'page',
      });
    } else if (message.type === 'select') {
      const node = await figma.getNodeByIdAsync(message.nodeId);
      if (node && 'visible' in node) {
        figma.currentPage.selection = [node as SceneNodeOf<typeof figma>];
        figma.viewport.scrollAndZoomIntoView([node as SceneNodeOf<typeof figma>]);
      }
    } else if (message.type === 'export') {
      send({ type: 'export-result', json: await exportVariables(api), fileName: figma.root.name });
    } else if (message.type === 'apply') {
      let json: unknown;
      try {
        json = JSON.parse(message.text);
      } catch (error) {
        send({
          type: 'apply-result',
          report: {
            applied: false,
            changes: [],
            problems: [
              `the body is not valid JSON (${(error as Error).message}); it may be truncated: plan it again with liverykit figma push --to-file`,
            ],
          },
        });
        return;
      }
      const report = await applyBody(api, json);
      if (report.applied)
        figma.notify(`Livery: applied ${report.changes.length} change${report.changes.length === 1 ? '' : 's'}`);
      send({ type: 'apply-result', report });
    }
  } catch (error) {
    send({ type: 'error', message: (error as Error).message });
  }
};

type SceneNodeOf<T extends PluginAPI> = T['currentPage']['selection'][number];
