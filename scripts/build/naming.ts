/** The one place token paths become platform names, so lint, docs and outputs always agree. */
export const CSS_PREFIX = 'lv';

const kebab = (segment: string) =>
  segment
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[^a-zA-Z0-9-]+/g, '-')
    .toLowerCase();

export function cssVariableName(path: readonly string[]): string {
  return `--${CSS_PREFIX}-${path.map(kebab).join('-')}`;
}

export function jsName(path: readonly string[]): string {
  const words = path.flatMap((segment) => kebab(segment).split('-')).filter(Boolean);
  const name = words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

export function pascalName(path: readonly string[]): string {
  const name = jsName(path).replace(/^_/, '');
  return name[0]!.toUpperCase() + name.slice(1);
}
