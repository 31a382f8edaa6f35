import { useState } from 'react';

let region: HTMLElement | undefined;

/** One polite live region for the whole page, so screen readers hear "Copied …" once. */
function announce(message: string): void {
  if (!region || !region.isConnected) {
    region = document.createElement('div');
    region.setAttribute('role', 'status');
    region.className = 'lv-docs-sr';
    document.body.append(region);
  }
  region.textContent = '';
  setTimeout(() => (region!.textContent = message), 50);
}

function fallbackCopy(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  return ok;
}

/** Copies a CSS variable, JS name or value; the label says what is copied. */
export function CopyButton({ value, what }: { value: string; what: string }) {
  const [copied, setCopied] = useState(false);
  const done = (ok: boolean) => {
    setCopied(ok);
    announce(ok ? `Copied ${what} ${value}` : `Could not copy ${value}: select it and copy by hand`);
    if (ok) setTimeout(() => setCopied(false), 1500);
  };
  const copy = () => {
    if (navigator.clipboard?.writeText)
      navigator.clipboard.writeText(value).then(
        () => done(true),
        () => done(fallbackCopy(value)),
      );
    else done(fallbackCopy(value));
  };
  return (
    <button
      type="button"
      className="lv-docs-copy"
      onClick={copy}
      aria-label={`Copy ${what} ${value}`}
      data-copy={value}
    >
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
}
