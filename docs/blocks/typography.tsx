import type { DocsToken } from '../generate/types.ts';
import { tokens, tokensOn } from './data.ts';
import { Notice } from './notice.tsx';
import { TokenRow } from './token-meta.tsx';

const SAMPLE = 'Clear words, set well, travel far: 0123456789';

const FIELD_LABELS: Record<string, string> = {
  fontFamily: 'Family',
  fontSize: 'Size',
  fontWeight: 'Weight',
  lineHeight: 'Line height',
  letterSpacing: 'Tracking',
};

function Specimen({ token }: { token: DocsToken }) {
  const v = (field: string) => `var(${token.cssVariable}-${field})`;
  return (
    <p
      className="lv-docs-specimen"
      style={{
        fontFamily: v('font-family'),
        fontSize: v('font-size'),
        fontWeight: v('font-weight'),
        lineHeight: v('line-height'),
        letterSpacing: v('letter-spacing'),
      }}
    >
      {token.path.at(-1) === 'code' ? 'const brand = tokens.colorBrandPrimary;' : SAMPLE}
    </p>
  );
}

/** One specimen per typography role, set with the role's own custom properties. */
export function TypographyRoles() {
  if (!tokens.available) return <Notice>{tokens.notice}</Notice>;
  const roles = tokensOn('typography').filter((t) => t.type === 'typography');
  return (
    <ul className="sb-unstyled lv-docs-block lv-docs-rows lv-docs-rows--wide">
      {roles.map((token) => (
        <TokenRow key={token.name} token={token} visual={<Specimen token={token} />}>
          {token.fields ? (
            <dl className="lv-docs-fields">
              {Object.entries(token.fields).map(([field, css]) => (
                <div key={field}>
                  <dt>{FIELD_LABELS[field] ?? field}</dt>
                  <dd>
                    <code>{css.length > 40 ? `${css.slice(0, 40)}…` : css}</code>
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
        </TokenRow>
      ))}
    </ul>
  );
}

const PROPERTY: Record<string, string> = {
  family: 'fontFamily',
  size: 'fontSize',
  weight: 'fontWeight',
  'line-height': 'lineHeight',
  tracking: 'letterSpacing',
};

/** The primitives the roles are built from: families, the size scale, weights, line heights, tracking. */
export function FontPrimitives() {
  if (!tokens.available) return <Notice>{tokens.notice}</Notice>;
  const primitives = tokensOn('typography').filter((t) => t.type !== 'typography');
  return (
    <ul className="sb-unstyled lv-docs-block lv-docs-rows">
      {primitives.map((token) => {
        const property = PROPERTY[token.path[1] ?? ''] ?? 'fontSize';
        const style = { [property]: `var(${token.cssVariable})` };
        return (
          <TokenRow
            key={token.name}
            token={token}
            visual={
              <p className="lv-docs-specimen lv-docs-specimen--small" style={style}>
                {property === 'lineHeight' ? 'Line one of a paragraph, and line two below it' : 'Ag Livery'}
              </p>
            }
          />
        );
      })}
    </ul>
  );
}
