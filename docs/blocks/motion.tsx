import { useState } from 'react';
import type { DocsToken } from '../generate/types.ts';
import { byName, tokens, tokensOn } from './data.ts';
import { Notice } from './notice.tsx';
import { TokenRow } from './token-meta.tsx';

/**
 * A demo moves only when asked (no autoplay, nothing loops). Under prefers-reduced-motion the
 * semantic motion tokens collapse to their reduced values in livery.css itself, and the primitive
 * demos below jump straight to the end (docs.css), so the page follows the user's setting.
 */
function Demo({ token, transition }: { token: DocsToken; transition: string }) {
  const [moved, setMoved] = useState(false);
  return (
    <div className="lv-docs-motion">
      <button
        type="button"
        className="lv-docs-button"
        onClick={() => setMoved(!moved)}
        aria-pressed={moved}
        aria-label={`Play ${token.name}`}
      >
        {moved ? 'Reverse' : 'Play'}
      </button>
      <span className="lv-docs-motion__track" aria-hidden="true">
        <span
          className={`lv-docs-motion__dot${moved ? ' lv-docs-motion__dot--end' : ''}`}
          style={{ transition: `inset-inline-start ${transition}` }}
        />
      </span>
    </div>
  );
}

function transitionOf(token: DocsToken): string {
  const v = `var(${token.cssVariable})`;
  if (token.type === 'transition') return v;
  const standard = byName.get('easing.standard');
  const moderate = byName.get('duration.moderate');
  if (token.type === 'duration') return `${v} ${standard ? `var(${standard.cssVariable})` : 'ease'}`;
  return `${moderate ? `var(${moderate.cssVariable})` : '300ms'} ${v}`;
}

export function MotionTokens() {
  if (!tokens.available) return <Notice>{tokens.notice}</Notice>;
  const list = tokensOn('motion');
  return (
    <ul className="sb-unstyled lv-docs-block lv-docs-rows">
      {list.map((token) => (
        <TokenRow key={token.name} token={token} visual={<Demo token={token} transition={transitionOf(token)} />}>
          {token.reducedMotion ? (
            <p className="lv-docs-reduced">
              With reduced motion: <code>{token.reducedMotion}</code>
            </p>
          ) : null}
        </TokenRow>
      ))}
    </ul>
  );
}

/** Says which motion setting this browser reports, so a reviewer knows what the demos show. */
export function ReducedMotionStatus() {
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return (
    <Notice tone="info">
      {reduced
        ? 'Your system asks for reduced motion: the demos below jump to their end state, as the tokens do in products.'
        : 'Your system allows motion. Turn on "reduce motion" in your OS settings to see the reduced values take over.'}
    </Notice>
  );
}
