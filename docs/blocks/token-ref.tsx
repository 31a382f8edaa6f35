import { tokenIndex } from './site-data.ts';

/** An inline reference to a token in prose: its CSS variable, checked against the catalogue. */
export function T({ name }: { name: string }) {
  const entry = tokenIndex[name];
  if (!entry) return <span className="lv-docs-missing">{`{${name}}`} (not in this build's catalogue)</span>;
  return <code title={`${name}: ${entry[1]}`}>{entry[0]}</code>;
}
