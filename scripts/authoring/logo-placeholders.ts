/**
 * Placeholder logo lockups for a new brand: the same three lockups and three variants Livery ships
 * (full, mark, wordmark × default, inverse, mono), painted only with the brand's own token colors
 * (the build rejects any other paint) or currentColor, and the lockup manifest the build, lint and
 * docs read. Replace the SVGs with the real artwork; keep the file names.
 */
export interface LogoColors {
  /** Mark background (a brand step), its ink (white) and the accent stroke. */
  brand: string;
  ink: string;
  accent: string;
  /** The wordmark's color on light surfaces. */
  text: string;
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

function mark(fill: string, ink: string, accent: string, initial: string): string {
  return (
    `<rect width="48" height="48" rx="12" fill="${fill}"/>` +
    `<path fill="${accent}" d="M30 8h10v10z"/>` +
    `<text x="24" y="33" text-anchor="middle" font-family="system-ui, sans-serif" ` +
    `font-size="24" font-weight="700" fill="${ink}">${initial}</text>`
  );
}

function word(fill: string, name: string, x: number): string {
  return `<text x="${x}" y="33" font-family="system-ui, sans-serif" font-size="26" font-weight="700" fill="${fill}">${escapeXml(name)}</text>`;
}

export function logoFiles(name: string, colors: LogoColors): Record<string, string> {
  const initial = escapeXml((name.trim()[0] ?? 'B').toUpperCase());
  const label = escapeXml(name);
  const width = Math.max(64, Math.round(name.length * 16 + 8));
  const svg = (w: number, body: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} 48" role="img" aria-label="${label}">${body}</svg>\n`;
  const variants = {
    default: { fill: colors.brand, ink: colors.ink, accent: colors.accent, text: colors.text },
    inverse: { fill: colors.ink, ink: colors.brand, accent: colors.accent, text: colors.ink },
    mono: { fill: 'currentColor', ink: 'none', accent: 'currentColor', text: 'currentColor' },
  };
  const files: Record<string, string> = {};
  for (const [variant, c] of Object.entries(variants)) {
    const m =
      variant === 'mono'
        ? `<rect width="48" height="48" rx="12" fill="none" stroke="currentColor" stroke-width="4"/>` +
          `<text x="24" y="33" text-anchor="middle" font-family="system-ui, sans-serif" ` +
          `font-size="24" font-weight="700" fill="currentColor">${initial}</text>`
        : mark(c.fill, c.ink, c.accent, initial);
    files[`mark-${variant}.svg`] = svg(48, m);
    files[`wordmark-${variant}.svg`] = svg(width, word(c.text, name, 0));
    files[`full-${variant}.svg`] = svg(width + 60, `${m}${word(c.text, name, 60)}`);
  }
  return files;
}

export function lockupManifest(name: string): string {
  const lockups = {
    full: {
      minWidthPx: 120,
      clearSpaceRatio: 0.5,
      description: `Mark and wordmark side by side: the primary ${name} logo (placeholder: replace the SVGs, keep the names).`,
      rules:
        'Keep clear space of half the logo height on every side. Never narrower than 120px; below ' +
        'that use the mark. Use full-default on light surfaces, full-inverse on surface.brand and ' +
        'surface.inverse, full-mono (currentColor) where only one ink is available.',
    },
    mark: {
      minWidthPx: 16,
      clearSpaceRatio: 0.25,
      description: `The ${name} mark on its own: app icons, favicons, avatars (placeholder).`,
      rules: 'Keep clear space of a quarter of the mark height on every side. Never smaller than 16px.',
    },
    wordmark: {
      minWidthPx: 64,
      clearSpaceRatio: 0.5,
      description: `The name "${name}" alone (placeholder: the final wordmark should be outlines, not text).`,
      rules: 'Keep clear space of half the wordmark height on every side. Never narrower than 64px.',
    },
  };
  return `${JSON.stringify(lockups, null, 2)}\n`;
}
