import { site } from './site-data.ts';
import { Notice } from './notice.tsx';

/** The matrix `livery check --format html` writes, embedded as built (or a notice if it was not). */
export function ContrastMatrix() {
  const { href, notice } = site.contrastMatrix;
  if (!href) return <Notice>{notice}</Notice>;
  return (
    <div className="sb-unstyled lv-docs-block">
      <iframe
        className="lv-docs-matrix"
        src={href}
        title="Contrast matrix: every foreground on every surface it is declared on, per mode"
        loading="lazy"
      />
      <p>
        <a href={href} target="_blank" rel="noreferrer">
          Open the contrast matrix on its own page
        </a>
      </p>
    </div>
  );
}
