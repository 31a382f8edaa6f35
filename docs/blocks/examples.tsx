import type { ReactNode } from 'react';

/** A decision's do/don't pair, rendered live with the tokens (so it follows the toolbar's theme). */
export function DoDont({
  good,
  bad,
  goodCaption,
  badCaption,
}: {
  good: ReactNode;
  bad: ReactNode;
  goodCaption: string;
  badCaption: string;
}) {
  return (
    <div className="sb-unstyled lv-docs-dodont">
      <figure className="lv-docs-dodont__item lv-docs-dodont__item--do">
        <div className="lv-docs-dodont__example">{good}</div>
        <figcaption>
          <span className="lv-docs-badge lv-docs-badge--pass">Do</span> {goodCaption}
        </figcaption>
      </figure>
      <figure className="lv-docs-dodont__item lv-docs-dodont__item--dont">
        <div className="lv-docs-dodont__example">{bad}</div>
        <figcaption>
          <span className="lv-docs-badge lv-docs-badge--fail">Don't</span> {badCaption}
        </figcaption>
      </figure>
    </div>
  );
}

/** A small token-styled button for examples (the Lit components live under Components). */
export function ExampleButton({
  children,
  tone = 'primary',
}: {
  children: ReactNode;
  tone?: 'primary' | 'secondary' | 'danger';
}) {
  return (
    <button type="button" className={`lv-docs-example-button lv-docs-example-button--${tone}`}>
      {children}
    </button>
  );
}

export function Decision({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="sb-unstyled lv-docs-decision">
      <p className="lv-docs-decision__title">
        <span className="lv-docs-badge lv-docs-badge--info">Decision</span> <strong>{title}</strong>
      </p>
      {children}
    </section>
  );
}
