import { tokens } from './data.ts';
import { Notice } from './notice.tsx';

/** The modifiers of the catalogue (how to select each mode) and how many tokens each page shows. */
export function TokenCounts() {
  if (!tokens.available) return <Notice>{tokens.notice}</Notice>;
  const pages = new Map<string, number>();
  for (const t of tokens.tokens) pages.set(t.page, (pages.get(t.page) ?? 0) + 1);
  return (
    <div className="sb-unstyled lv-docs-block">
      <table className="lv-docs-table">
        <caption>Modifiers: each selects a context with an attribute on any element</caption>
        <thead>
          <tr>
            <th scope="col">Modifier</th>
            <th scope="col">Contexts (default first)</th>
            <th scope="col">Attribute</th>
            <th scope="col">Description</th>
          </tr>
        </thead>
        <tbody>
          {tokens.modifiers.map((m) => (
            <tr key={m.name}>
              <th scope="row">{m.name}</th>
              <td>{[m.default, ...m.contexts.filter((c) => c !== m.default)].join(', ')}</td>
              <td>
                <code>{m.attribute}</code>
              </td>
              <td>{m.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {tokens.tokens.length} tokens in {tokens.modes.length} modes, read from <code>{tokens.source}</code>:{' '}
        {[...pages].map(([page, n]) => `${n} ${page}`).join(', ')}.
      </p>
    </div>
  );
}
