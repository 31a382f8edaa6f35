import type { FindingDraft } from '../types.ts';
import type { AuditCheck } from './check.ts';

export const componentsCheck: AuditCheck = {
  type: 'component',
  description:
    'Buttons, inputs, selects, checkboxes, switches and links styled as buttons built by hand where an lv-* component exists.',
  run({ probe, expectations }) {
    const tags = new Set(expectations.systemControlTags);
    return probe.rogueControls.map((control): FindingDraft => {
      const tag = componentFor(control.kind);
      const expected = tags.has(tag) ? [{ token: tag, variable: `<${tag}>`, value: tag }] : [];
      return {
        type: 'component',
        selector: control.selector,
        rect: control.rect,
        property: control.kind,
        value: `<${control.tag}>`,
        expected,
        message: expected.length
          ? `a hand-built ${control.kind} (<${control.tag}>): use <${tag}>`
          : `a hand-built ${control.kind} (<${control.tag}>): the system has no component for it yet; raise it with the brand team`,
      };
    });
  },
};

/** The component that replaces a hand-built control: `lv-` and the control's kind (a link styled as a button is a button). */
function componentFor(kind: string): string {
  return `lv-${kind === 'link styled as a button' ? 'button' : kind.replace(/\s+/g, '-')}`;
}
