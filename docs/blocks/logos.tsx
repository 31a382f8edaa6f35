import type { DocsLogo } from '../generate/types.ts';
import { assets } from './data.ts';
import { Notice } from './notice.tsx';

const SHOWN_HEIGHT = 64;

/** The logo with its clear space drawn around it: the dashed zone must stay free of other elements. */
function ClearSpace({ logo }: { logo: DocsLogo }) {
  const width = logo.aspectRatio ? Math.round(SHOWN_HEIGHT * logo.aspectRatio) : undefined;
  const space = logo.clearSpaceRatio === null ? 0 : Math.round(SHOWN_HEIGHT * logo.clearSpaceRatio);
  return (
    <div className={`lv-docs-logo lv-docs-logo--${logo.variant}`}>
      <span className="lv-docs-logo__zone" style={{ padding: `${space}px` }}>
        <img src={logo.href} alt={`${logo.lockup} logo, ${logo.variant} variant`} height={SHOWN_HEIGHT} width={width} />
      </span>
    </div>
  );
}

function MinimumSize({ logo }: { logo: DocsLogo }) {
  if (logo.minWidthPx === null) return <p className="lv-docs-muted">No minimum size declared in lockups.json.</p>;
  const height = logo.aspectRatio ? Math.round(logo.minWidthPx / logo.aspectRatio) : undefined;
  return (
    <div className={`lv-docs-logo lv-docs-logo--${logo.variant} lv-docs-logo--min`}>
      <img
        src={logo.href}
        alt={`${logo.lockup} logo at its minimum width of ${logo.minWidthPx} px`}
        width={logo.minWidthPx}
        height={height}
      />
    </div>
  );
}

/** Every approved lockup from dist/assets/manifest.json: clear space, minimum size, download. */
export function Logos() {
  if (!assets.available || !assets.logos.length) return <Notice>{assets.notice}</Notice>;
  const lockups = [...new Set(assets.logos.map((l) => l.lockup))];
  return (
    <div className="sb-unstyled lv-docs-block">
      {lockups.map((lockup) => {
        const variants = assets.logos.filter((l) => l.lockup === lockup);
        const rules = variants[0]!;
        return (
          <section key={lockup} aria-labelledby={`lockup-${lockup}`} className="lv-docs-lockup">
            <h2 id={`lockup-${lockup}`} className="lv-docs-h3">
              {lockup}
            </h2>
            <ul className="lv-docs-rules">
              <li>
                Clear space:{' '}
                {rules.clearSpaceRatio === null
                  ? 'not declared'
                  : `${rules.clearSpaceRatio} × the logo's height on every side (the dashed zone)`}
              </li>
              <li>Minimum width: {rules.minWidthPx === null ? 'not declared' : `${rules.minWidthPx} px on screen`}</li>
              {rules.rules ? <li>{rules.rules}</li> : null}
            </ul>
            <ul className="lv-docs-logos">
              {variants.map((logo) => (
                <li key={logo.name}>
                  <ClearSpace logo={logo} />
                  <p>
                    <strong>{logo.variant}</strong>{' '}
                    {logo.variant === 'inverse' ? '(on dark surfaces)' : logo.variant === 'mono' ? '(one colour)' : ''}
                  </p>
                  <MinimumSize logo={logo} />
                  <p>
                    <a href={logo.href} download={logo.fileName}>
                      Download {logo.fileName}
                    </a>
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {assets.icons.length ? (
        <section aria-labelledby="icons" className="lv-docs-lockup">
          <h2 id="icons" className="lv-docs-h3">
            Icons
          </h2>
          <ul className="lv-docs-icons">
            {assets.icons.map((icon) => (
              <li key={icon.name}>
                <img src={icon.href} alt="" width={24} height={24} />
                <a href={icon.href} download={icon.fileName}>
                  {icon.name}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
