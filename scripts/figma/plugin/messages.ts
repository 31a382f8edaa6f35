import type { VariablesExport } from '../exchange-format.ts';
import type { ApplyReport } from './apply-body.ts';
import type { LintReport } from './lint-layers.ts';

/** What the plugin's window (ui.html) and its code (code.js) say to each other, both ways. */
export type UiMessage =
  | { type: 'lint'; scope: 'selection' | 'page' }
  | { type: 'select'; nodeId: string }
  | { type: 'export' }
  | { type: 'apply'; text: string };

export type CodeMessage =
  | { type: 'lint-result'; report: LintReport; scope: 'selection' | 'page' }
  | { type: 'export-result'; json: VariablesExport; fileName: string }
  | { type: 'apply-result'; report: ApplyReport }
  | { type: 'error'; message: string };
