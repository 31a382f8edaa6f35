import type { ContrastCheck, DocsMode, DocsToken } from '../generate/types.ts';
import { CopyButton } from './copy-button.tsx';
import { anchorOf, baseModeOf, byName, cssIn, groupBy, tokens, tokensOn } from './data.ts';
import { Notice } from './notice.tsx';
import { TokenRow } from './token-meta.tsx';

const ratio = (n: number) => `${n.toFixed(2)}:1`;

export function ContrastBadge({ check }: { check: ContrastCheck }) {
  return (
    <span className={`lv-docs-badge lv-docs-badge--${check.pass ? 'pass' : 'fail'}`}>
      {check.pass ? 'Pass' : 'Fail'} {ratio(check.ratio)}
      <span className="lv-docs-sr">{` against ${check.on}, needs ${check.threshold}:1 for ${check.usage}`}</span>
    </span>
  );
}

/** A swatch shows the colour in a fixed mode, on the page surface of that mode, never text on it. */
function Swatch({ css, label }: { css: string; label: string }) {
  return <span className="lv-docs-swatch" style={{ background: css }} role="img" aria-label={label} />;
}

function ModeCell({ token, mode }: { token: DocsToken; mode: DocsMode }) {
  const css = cssIn(token, mode.id);
  const checks = token.contrast.filter((c) => c.mode === mode.id);
  const passed = checks.filter((c) => c.pass).length;
  const worst = checks.reduce<ContrastCheck | undefined>((w, c) => (!w || c.ratio < w.ratio ? c : w), undefined);
  return (
    <div className="lv-docs-mode" data-mode={mode.id}>
      <div className="lv-docs-mode__head">
        <Swatch css={css} label={`${token.name} in ${mode.label}: ${css}`} />
        <div>
          <p className="lv-docs-mode__label">{mode.label}</p>
          <p className="lv-docs-mode__value">
            <code>{css}</code>
          </p>
        </div>
      </div>
      {worst ? (
        <details className="lv-docs-contrast">
          <summary>
            <span className={`lv-docs-badge lv-docs-badge--${passed === checks.length ? 'pass' : 'fail'}`}>
              {passed}/{checks.length} pass
            </span>{' '}
            lowest {ratio(worst.ratio)}
          </summary>
          <ul>
            {checks.map((check) => (
              <li key={check.on}>
                <span
                  className="lv-docs-pair"
                  role="img"
                  aria-label={`${token.name} on ${check.on}`}
                  style={{ background: check.onCss }}
                >
                  <span style={{ background: css }} />
                </span>
                <span className="lv-docs-pair__on">on {check.on}</span> <ContrastBadge check={check} />{' '}
                <span className="lv-docs-muted">
                  {check.usage} ≥ {check.threshold}:1 ({check.level})
                </span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

/** Modes to show for a token: every theme, plus a brand variant only where it changes something. */
function modesFor(token: DocsToken): DocsMode[] {
  return tokens.modes.filter((mode) => {
    const base = baseModeOf(mode);
    if (!base || base.id === mode.id) return true;
    if (cssIn(token, mode.id) !== cssIn(token, base.id)) return true;
    const here = token.contrast.filter((c) => c.mode === mode.id);
    const there = token.contrast.filter((c) => c.mode === base.id);
    return here.some((c, i) => c.ratio !== there[i]?.ratio);
  });
}

/** Semantic colours, grouped by role, each with a swatch per mode and its declared contrast. */
export function SemanticColors() {
  if (!tokens.available) return <Notice>{tokens.notice}</Notice>;
  const colors = tokensOn('color');
  return (
    <div className="sb-unstyled lv-docs-block">
      {groupBy(colors, 2).map(([group, list]) => (
        <section key={group} aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`} className="lv-docs-h3">
            {group}
          </h2>
          <ul className="lv-docs-rows">
            {list.map((token) => (
              <TokenRow
                key={token.name}
                token={token}
                visual={
                  <Swatch
                    css={`var(${token.cssVariable})`}
                    label={`${token.name} in the theme chosen in the toolbar`}
                  />
                }
              >
                <div className="lv-docs-modes">
                  {modesFor(token).map((mode) => (
                    <ModeCell key={mode.id} token={token} mode={mode} />
                  ))}
                </div>
              </TokenRow>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** The primitive ramps: one strip per hue, every step with its variable and JS name. */
export function Palette() {
  if (!tokens.available) return <Notice>{tokens.notice}</Notice>;
  return (
    <div className="sb-unstyled lv-docs-block">
      {groupBy(tokensOn('palette'), 2).map(([group, list]) => (
        <section key={group} aria-labelledby={`ramp-${group}`}>
          <h2 id={`ramp-${group}`} className="lv-docs-h3">
            {group}
          </h2>
          <ul className="lv-docs-ramp">
            {list.map((token) => (
              <li key={token.name} id={anchorOf(token.name)}>
                <Swatch css={token.css} label={`${token.name}: ${token.css}`} />
                <p className="lv-docs-ramp__step">{token.path.at(-1)}</p>
                <p>
                  <code>{token.cssVariable}</code>{' '}
                  <CopyButton value={`var(${token.cssVariable})`} what="CSS variable" />
                </p>
                <p>
                  <code>{token.jsName}</code> <CopyButton value={token.jsName} what="JS name" />
                </p>
                <p className="lv-docs-muted">
                  <code>{token.css}</code>
                </p>
                {token.description ? <p className="lv-docs-muted">{token.description}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** The levels check applied, from its report: `WCAG 2 AA: body 4.5:1, large 3:1, non-text 3:1; AAA in theme:high-contrast: …`. */
function levelsCaption(): string {
  const levels = tokens.contrastLevels;
  if (!levels) return 'WCAG 2';
  const list = (l: Record<string, number>) =>
    Object.entries(l)
      .map(([usage, min]) => `${usage} ${min}:1`)
      .join(', ');
  const aaa = levels.enhancedContexts.length
    ? `; AAA in ${levels.enhancedContexts.join(', ')}: ${list(levels.aaa)}`
    : '';
  return `WCAG 2 AA: ${list(levels.aa)}${aaa}`;
}

/** Every declared foreground/surface pair, counted per mode, from check's report. */
export function ContrastSummary() {
  if (!tokens.available) return <Notice>{tokens.notice}</Notice>;
  const checks = tokens.tokens.flatMap((t) => t.contrast.map((c) => ({ ...c, token: t.name })));
  const failing = checks.filter((c) => !c.pass);
  return (
    <div className="sb-unstyled lv-docs-block">
      <table className="lv-docs-table">
        <caption>Declared contrast pairs per mode, as livery check measures them ({levelsCaption()})</caption>
        <thead>
          <tr>
            <th scope="col">Mode</th>
            <th scope="col">Pairs</th>
            <th scope="col">Pass</th>
            <th scope="col">Fail</th>
            <th scope="col">Lowest ratio</th>
          </tr>
        </thead>
        <tbody>
          {tokens.modes.map((mode) => {
            const here = checks.filter((c) => c.mode === mode.id);
            const lowest = here.reduce((w, c) => (c.ratio < w.ratio ? c : w), here[0]!);
            return (
              <tr key={mode.id}>
                <th scope="row">{mode.label}</th>
                <td>{here.length}</td>
                <td>{here.filter((c) => c.pass).length}</td>
                <td>{here.filter((c) => !c.pass).length}</td>
                <td>{lowest ? `${ratio(lowest.ratio)} (${lowest.token} on ${lowest.on})` : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {failing.length ? (
        <Notice>
          {failing.length} declared pair{failing.length === 1 ? '' : 's'} fail:{' '}
          {failing
            .map(
              (c) => `${c.token} on ${c.on} in ${tokens.modes.find((m) => m.id === c.mode)?.label} (${ratio(c.ratio)})`,
            )
            .join('; ')}
          .
        </Notice>
      ) : null}
    </div>
  );
}

export function colorToken(name: string): DocsToken | undefined {
  return byName.get(name);
}
