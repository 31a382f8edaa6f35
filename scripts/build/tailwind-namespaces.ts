/**
 * Which brand token becomes which Tailwind CSS v4 theme variable, and so which utility: the one
 * owner of that mapping, read by formats/css-tailwind.ts (which writes the theme) and by
 * `tailwindUtilityFor` (which a lint message can use to suggest `p-4` for `p-[16px]`).
 */
export interface TailwindNamespace {
  /** The theme namespace: `--<namespace>-<key>`. */
  namespace: string;
  match: (path: readonly string[], type: string) => boolean;
  key: (path: readonly string[]) => string;
  /** Utility prefixes that read this namespace (`bg` for `--color-*`: `bg-<key>`). */
  utilities: RegExp;
}

/**
 * The first matching rule wins. Semantic roles only for colour (the palette stays behind them);
 * primitives and semantic aliases for the scales. Breakpoints and typography composites are
 * handled by the format itself (a literal, and several `--text-*` fields).
 */
export const TAILWIND_NAMESPACES: TailwindNamespace[] = [
  {
    namespace: 'color',
    match: (p, t) => p[0] === 'color' && t === 'color',
    key: (p) => p.slice(1).join('-'),
    utilities:
      /^(bg|text|border(-[xytrblse])?|outline|ring|ring-offset|fill|stroke|decoration|accent|caret|divide|placeholder|from|via|to|shadow|inset-shadow)$/,
  },
  {
    namespace: 'spacing',
    match: (p) => p[0] === 'space',
    key: (p) => p.slice(1).join('-'),
    utilities: new RegExp(
      `^-?(${[
        ...['p[xytrblse]?', 'm[xytrblse]?', 'gap(-[xy])?', 'space-[xy]', 'inset(-[xy])?'],
        ...['top', 'right', 'bottom', 'left', 'start', 'end', 'w', 'h', 'size'],
        ...['min-w', 'min-h', 'max-w', 'max-h', 'scroll-[mp][xytrblse]?', 'indent', 'translate-[xy]', 'basis'],
      ].join('|')})$`,
    ),
  },
  {
    namespace: 'radius',
    match: (p) => p[0] === 'radius' || (p[0] === 'shape' && p[1] === 'radius'),
    key: (p) => p.at(-1)!,
    utilities: /^rounded(-[trblse]{1,2})?$/,
  },
  {
    namespace: 'font',
    match: (p) => p[0] === 'font' && p[1] === 'family',
    key: (p) => p.slice(2).join('-'),
    utilities: /^font$/,
  },
  {
    namespace: 'text',
    match: (p) => p[0] === 'font' && p[1] === 'size',
    key: (p) => p.slice(2).join('-'),
    utilities: /^text$/,
  },
  {
    namespace: 'font-weight',
    match: (p) => p[0] === 'font' && p[1] === 'weight',
    key: (p) => p.slice(2).join('-'),
    utilities: /^font$/,
  },
  {
    namespace: 'tracking',
    match: (p) => p[0] === 'font' && p[1] === 'tracking',
    key: (p) => p.slice(2).join('-'),
    utilities: /^tracking$/,
  },
  {
    namespace: 'leading',
    match: (p) => p[0] === 'font' && p[1] === 'line-height',
    key: (p) => p.slice(2).join('-'),
    utilities: /^leading$/,
  },
  { namespace: 'shadow', match: (_p, t) => t === 'shadow', key: (p) => p.slice(1).join('-'), utilities: /^shadow$/ },
  { namespace: 'ease', match: (_p, t) => t === 'cubicBezier', key: (p) => p.slice(1).join('-'), utilities: /^ease$/ },
];

/** The theme namespace rule a token falls under, if any. */
export function tailwindNamespaceOf(path: readonly string[], type: string): TailwindNamespace | undefined {
  return TAILWIND_NAMESPACES.find((rule) => rule.match(path, type));
}

/**
 * The brand utility that replaces an arbitrary-value class whose value is this token's:
 * `tailwindUtilityFor('p-[16px]', ['space', '4'], 'dimension')` → `p-4`, `bg-[#fff]` with
 * `color.surface.default` → `bg-surface-default`, `hover:bg-[#fff]` keeps `hover:`. Undefined when
 * the class is not an arbitrary value or its utility does not read the token's namespace.
 */
export function tailwindUtilityFor(className: string, path: readonly string[], type: string): string | undefined {
  const match = /^((?:[\w-]+:)*)(-?[a-z]+(?:-[a-z]+)*)-\[[^\]]+\]$/.exec(className);
  const rule = tailwindNamespaceOf(path, type);
  if (!match || !rule || !rule.utilities.test(match[2]!)) return undefined;
  return `${match[1]}${match[2]}-${rule.key(path)}`;
}
