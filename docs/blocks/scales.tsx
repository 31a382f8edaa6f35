import type { CSSProperties, ReactNode } from 'react';
import type { DocsToken, TokenPage } from '../generate/types.ts';
import { toPx, tokens, tokensOn } from './data.ts';
import { Notice } from './notice.tsx';
import { TokenRow } from './token-meta.tsx';

type Visual = (token: DocsToken, all: DocsToken[]) => ReactNode;

const v = (token: DocsToken) => `var(${token.cssVariable})`;

/** Drawn at 1:1 with the token's own custom property, so what you see is what ships. */
const VISUALS: Partial<Record<TokenPage, Visual>> = {
  spacing: (t) => <span className="lv-docs-bar" style={{ inlineSize: v(t) }} />,
  radii: (t) => <span className="lv-docs-box" style={{ borderRadius: v(t) }} />,
  borders: (t) =>
    t.path[0] === 'focus' ? (
      <span
        className="lv-docs-box lv-docs-box--focus"
        style={t.path.at(-1) === 'offset' ? { outlineOffset: v(t) } : { outlineWidth: v(t) }}
      />
    ) : (
      <span className="lv-docs-box lv-docs-box--border" style={{ borderWidth: v(t) }} />
    ),
  sizes: (t, all) => {
    // Breakpoints are wider than the page: drawn to scale against the widest one.
    if (t.path[0] === 'breakpoint') {
      const widest = Math.max(...all.filter((x) => x.path[0] === 'breakpoint').map((x) => toPx(x.css)));
      return (
        <span className="lv-docs-scale">
          <span className="lv-docs-bar" style={{ inlineSize: `${(toPx(t.css) / widest) * 100}%` }} />
          <span className="lv-docs-muted">{`${toPx(t.css)} px, relative to the widest breakpoint (${widest} px)`}</span>
        </span>
      );
    }
    return <span className="lv-docs-bar lv-docs-bar--block" style={{ blockSize: v(t), inlineSize: v(t) }} />;
  },
  elevation: (t) => <span className="lv-docs-card" style={{ boxShadow: v(t) }} />,
  opacity: (t) => (
    <span className="lv-docs-checker">
      <span className="lv-docs-checker__fill" style={{ opacity: v(t) }} />
    </span>
  ),
  other: () => null,
};

export function ScaleTokens({ page }: { page: TokenPage }) {
  if (!tokens.available) return <Notice>{tokens.notice}</Notice>;
  const list = tokensOn(page);
  if (!list.length) return <Notice tone="info">No {page} tokens in this build.</Notice>;
  const visual = VISUALS[page] ?? (() => null);
  return (
    <ul className="sb-unstyled lv-docs-block lv-docs-rows">
      {list.map((token) => (
        <TokenRow key={token.name} token={token} visual={visual(token, list)} />
      ))}
    </ul>
  );
}

/** Layers stacked with their own z-index tokens, lowest first: the stacking order is the real one. */
export function ZIndexStack() {
  if (!tokens.available) return <Notice>{tokens.notice}</Notice>;
  const list = [...tokensOn('z-index')].sort((a, b) => Number(a.css) - Number(b.css));
  return (
    <div className="sb-unstyled lv-docs-block">
      <div
        className="lv-docs-stack"
        role="img"
        aria-label={`Stacking order, bottom to top: ${list.map((t) => t.path.at(-1)).join(', ')}`}
      >
        {list.map((token, i) => (
          <span
            key={token.name}
            className="lv-docs-stack__layer"
            style={
              {
                zIndex: v(token),
                insetInlineStart: `${i * 2.25}rem`,
                insetBlockStart: `${i * 1.1}rem`,
              } as CSSProperties
            }
          >
            {token.path.at(-1)} {token.css}
          </span>
        ))}
      </div>
      <ScaleTokens page="z-index" />
    </div>
  );
}
