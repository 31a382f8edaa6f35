/**
 * What each framework app reports to the test: every event its handlers receive, with the
 * component's own state at that moment, and every submission's FormData (submitter included).
 * The three apps are the same form written in each framework's idiom.
 */
import 'liverykit/css';
import 'liverykit/components';

declare global {
  interface Window {
    livery: { events: string[]; submissions: [string, string][][] };
  }
}
window.livery = { events: [], submissions: [] };

/** Records `field:type:state`, the state read from the component that fired the event. */
export function record(field: string, event: { type: string; currentTarget: EventTarget | null }): void {
  const element = event.currentTarget as (HTMLElement & { checked?: boolean; value?: string }) | null;
  const state =
    element && 'checked' in element && element.localName !== 'lv-text-field' && element.localName !== 'lv-select'
      ? element.checked
      : element?.value;
  window.livery.events.push(`${field}:${event.type}:${String(state)}`);
}

/** Records a submission as the server would receive it (the submitter's name and value included). */
export function submitted(form: HTMLFormElement, submitter: HTMLElement | null): void {
  window.livery.submissions.push([...new FormData(form, submitter)].map(([name, value]) => [name, String(value)]));
}

export const SIZES = [
  { value: 's', label: 'Small' },
  { value: 'm', label: 'Medium' },
  { value: 'l', label: 'Large' },
];
