import { site } from './site-data.ts';
import { Notice } from './notice.tsx';

/** The custom elements declared in custom-elements.json (the autodocs' source). */
export function ComponentList() {
  if (!site.components.tags.length) return <Notice>{site.components.notice}</Notice>;
  return (
    <ul className="sb-unstyled lv-docs-block">
      {site.components.tags.map((tag) => (
        <li key={tag}>
          <code>{`<${tag}>`}</code>
        </li>
      ))}
    </ul>
  );
}
