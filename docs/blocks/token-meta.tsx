import type { ReactNode } from 'react';
import type { DocsToken } from '../generate/types.ts';
import { anchorOf, byName } from './data.ts';
import { CopyButton } from './copy-button.tsx';

/** Status and deprecation: a deprecated token names its replacement (linked when on the same page). */
export function TokenStatus({ token }: { token: DocsToken }) {
  if (!token.deprecated)
    return token.status !== 'stable' ? <span className="lv-docs-badge lv-docs-badge--info">{token.status}</span> : null;
  const replacement = token.deprecated.replacement ? byName.get(token.deprecated.replacement) : undefined;
  return (
    <div className="lv-docs-deprecated">
      <span className="lv-docs-badge lv-docs-badge--warning">Deprecated</span>{' '}
      {replacement ? (
        <>
          Use{' '}
          {replacement.page === token.page ? (
            <a href={`#${anchorOf(replacement.name)}`}>{replacement.name}</a>
          ) : (
            <strong>{replacement.name}</strong>
          )}{' '}
          (<code>{replacement.cssVariable}</code>, <code>{replacement.jsName}</code>) instead.
        </>
      ) : (
        token.deprecated.message
      )}
    </div>
  );
}

/** Name, CSS variable, JS name (each with a copy button), value and description of one token. */
export function TokenMeta({ token, value, children }: { token: DocsToken; value?: string; children?: ReactNode }) {
  return (
    <div className="lv-docs-meta">
      <p className="lv-docs-meta__name">
        <strong>{token.name}</strong> <TokenStatus token={token} />
      </p>
      <dl className="lv-docs-meta__ids">
        <div>
          <dt>CSS</dt>
          <dd>
            <code>{token.cssVariable}</code> <CopyButton value={`var(${token.cssVariable})`} what="CSS variable" />
          </dd>
        </div>
        <div>
          <dt>JS</dt>
          <dd>
            <code>{token.jsName}</code> <CopyButton value={token.jsName} what="JS name" />
          </dd>
        </div>
        <div>
          <dt>Value</dt>
          <dd>
            <code>{value ?? token.css}</code>
            {token.raw ? <span className="lv-docs-muted"> (alias of {token.raw.replace(/[{}]/g, '')})</span> : null}
          </dd>
        </div>
      </dl>
      {token.description ? <p className="lv-docs-meta__description">{token.description}</p> : null}
      {children}
    </div>
  );
}

/** A row of the token tables: the token's meta on one side, its visual on the other. */
export function TokenRow({ token, visual, children }: { token: DocsToken; visual: ReactNode; children?: ReactNode }) {
  return (
    <li className="lv-docs-row" id={anchorOf(token.name)}>
      <div className="lv-docs-row__visual">{visual}</div>
      <TokenMeta token={token}>{children}</TokenMeta>
    </li>
  );
}
