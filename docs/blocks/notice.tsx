import type { ReactNode } from 'react';

/** A visible notice for a missing input (the docs build never hides that something is absent). */
export function Notice({ children, tone = 'warning' }: { children: ReactNode; tone?: 'warning' | 'info' }) {
  return (
    <div className={`lv-docs-notice lv-docs-notice--${tone}`} role="note">
      <strong>{tone === 'warning' ? 'Notice: ' : 'Note: '}</strong>
      {children}
    </div>
  );
}
