import { Fragment } from 'react';
import { changelog } from './data.ts';
import { Notice } from './notice.tsx';

/** `code` spans and [links](url) of changeset summaries; everything else stays text. */
function Inline({ text }: { text: string }) {
  const parts = text.split(/(`[^`]+`|\[[^\]]+\]\([^)]+\))/g);
  return (
    <>
      {parts.map((part, i) => {
        if (/^`[^`]+`$/.test(part)) return <code key={i}>{part.slice(1, -1)}</code>;
        const link = /^\[([^\]]+)\]\(([^)]+)\)$/.exec(part);
        if (link)
          return (
            <a key={i} href={link[2]}>
              {link[1]}
            </a>
          );
        return <Fragment key={i}>{part}</Fragment>;
      })}
    </>
  );
}

/** The changelog changesets generates (CHANGELOG.md), or the pending changesets before a release. */
export function Changelog() {
  return (
    <div className="sb-unstyled lv-docs-block">
      {changelog.notice ? <Notice tone={changelog.source ? 'info' : 'warning'}>{changelog.notice}</Notice> : null}
      {changelog.entries.map((entry) => (
        <section key={entry.version} aria-labelledby={`v-${entry.version}`}>
          <h2 id={`v-${entry.version}`} className="lv-docs-h3">
            {entry.version}
          </h2>
          {entry.sections.map((section) => (
            <Fragment key={section.title}>
              <h3 className="lv-docs-h4">{section.title}</h3>
              <ul>
                {section.items.map((item, i) => (
                  <li key={i}>
                    <Inline text={item} />
                  </li>
                ))}
              </ul>
            </Fragment>
          ))}
        </section>
      ))}
    </div>
  );
}
