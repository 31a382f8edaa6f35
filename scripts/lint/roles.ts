/**
 * Which tokens may fill which property: the role map. A role names a family of semantic tokens
 * (by token path patterns); a property names the roles that may fill it. `no-raw-color` suggests
 * only tokens of a fitting role, semantic before primitive, so `background: #fff` never becomes a
 * focus-ring color that stays white in dark theme. A brand extends the map in the lint config's
 * `roles` key (README.md › Roles documents both tables; a test holds the README to this data).
 *
 * Token patterns are dot paths where `*` is one segment; a pattern matches a token whose path
 * starts with it (`color.text` matches `color.text` and `color.text.primary`).
 */

export interface RoleMap {
  /** role → token path patterns */
  tokens: Record<string, string[]>;
  /** property → roles that may fill it (CSS properties, `--custom`, `$scss`, `@less`, SVG attributes) */
  properties: Record<string, string[]>;
}

export const DEFAULT_ROLE_MAP: RoleMap = {
  tokens: {
    text: [
      'color.text',
      'color.foreground',
      'color.fg',
      'color.content',
      'color.link',
      'color.status.*.fg',
      'color.status.*.text',
      'color.feedback.*.text',
    ],
    surface: ['color.surface', 'color.background', 'color.bg', 'color.canvas'],
    interactive: ['color.interactive', 'color.action', 'color.control'],
    'status-background': ['color.status.*.bg', 'color.status.*.background', 'color.feedback.*.background'],
    border: ['color.border', 'color.divider', 'color.status.*.border', 'color.feedback.*.border'],
    focus: ['color.focus', 'color.border.focus', 'color.ring'],
    icon: ['color.icon'],
    brand: ['color.brand'],
    dataviz: ['color.dataviz', 'color.chart'],
    scrim: ['color.scrim', 'color.backdrop', 'color.overlay'],
    elevation: ['elevation', 'shadow'],
  },
  properties: {
    color: ['text'],
    'caret-color': ['text', 'focus'],
    '-webkit-text-fill-color': ['text'],
    'text-decoration': ['text', 'border'],
    'text-decoration-color': ['text', 'border'],
    'text-emphasis-color': ['text'],
    background: ['surface', 'interactive', 'status-background', 'scrim'],
    'background-color': ['surface', 'interactive', 'status-background', 'scrim'],
    'background-image': ['surface', 'interactive', 'brand', 'dataviz'],
    border: ['border', 'focus'],
    'border-color': ['border', 'focus'],
    'border-top': ['border'],
    'border-right': ['border'],
    'border-bottom': ['border'],
    'border-left': ['border'],
    'border-top-color': ['border'],
    'border-right-color': ['border'],
    'border-bottom-color': ['border'],
    'border-left-color': ['border'],
    'border-block': ['border'],
    'border-inline': ['border'],
    'border-block-color': ['border'],
    'border-inline-color': ['border'],
    'border-block-start': ['border'],
    'border-block-end': ['border'],
    'border-inline-start': ['border'],
    'border-inline-end': ['border'],
    'column-rule': ['border'],
    'column-rule-color': ['border'],
    outline: ['focus'],
    'outline-color': ['focus'],
    'box-shadow': ['elevation', 'focus', 'border'],
    'text-shadow': ['elevation'],
    fill: ['icon', 'text', 'brand', 'dataviz', 'interactive'],
    stroke: ['icon', 'text', 'brand', 'dataviz', 'border'],
    'stop-color': ['brand', 'dataviz', 'icon'],
    'flood-color': ['brand', 'dataviz'],
    'accent-color': ['interactive', 'brand'],
    'scrollbar-color': ['border', 'surface'],
    '-webkit-tap-highlight-color': ['interactive', 'focus'],
  },
};

/**
 * Words in a variable's name that say what it holds (`--card-bg`, `$text-color`, `borderColor`):
 * a variable is not a property, but its name is the author's statement of its role.
 */
const NAME_WORDS: [RegExp, string][] = [
  [/(?:^|-)(?:bg|background|surface|canvas|backdrop)(?:-|$)/, 'background-color'],
  [/(?:^|-)(?:border|divider|separator|stroke)(?:-|$)/, 'border-color'],
  [/(?:^|-)(?:focus|ring|outline)(?:-|$)/, 'outline-color'],
  [/(?:^|-)(?:shadow|elevation)(?:-|$)/, 'box-shadow'],
  [/(?:^|-)(?:text|fg|foreground|font|ink|heading|body)(?:-|$)/, 'color'],
  [/(?:^|-)(?:icon|fill)(?:-|$)/, 'fill'],
];

/** Whether any of NAME_WORDS is in a name: most variable names (`$c-12`, `--gap`) have none, tested once. */
const ANY_NAME_WORD = new RegExp(NAME_WORDS.map(([pattern]) => pattern.source).join('|'));
/**
 * The same words anywhere, in any case, in the name as written: a name without one is answered
 * before it is normalised (four replacements per variable were 5 % of a cold SCSS scan).
 */
const MAY_HAVE_NAME_WORD = new RegExp(
  NAME_WORDS.map(([pattern]) => pattern.source.replace('(?:^|-)', '').replace('(?:-|$)', '')).join('|'),
  'i',
);

/** Adds a config's `roles` to the defaults: token patterns are appended, property lists replace. */
export function extendRoleMap(base: RoleMap, extension: Partial<RoleMap> | undefined): RoleMap {
  if (!extension) return base;
  const tokens: Record<string, string[]> = { ...base.tokens };
  for (const [role, patterns] of Object.entries(extension.tokens ?? {}))
    tokens[role] = [...(Object.hasOwn(tokens, role) ? tokens[role]! : []), ...patterns];
  return { tokens, properties: { ...base.properties, ...(extension.properties ?? {}) } };
}

/** Roles of a token by its path (none: a primitive, or a semantic token the map does not name). */
export function rolesOfToken(path: string[], map: RoleMap): string[] {
  const lower = path.map((segment) => segment.toLowerCase());
  const out: string[] = [];
  for (const [role, patterns] of splitPatterns(map)) {
    if (patterns.some((pattern) => matchesPath(pattern, lower))) out.push(role);
  }
  return out;
}

/** The map's token patterns split into segments once, not once per token asked about. */
const splitByMap = new WeakMap<RoleMap, [string, string[][]][]>();
function splitPatterns(map: RoleMap): [string, string[][]][] {
  let split = splitByMap.get(map);
  if (!split) {
    split = Object.entries(map.tokens).map(([role, patterns]) => [role, patterns.map((p) => p.split('.'))]);
    splitByMap.set(map, split);
  }
  return split;
}

function matchesPath(pattern: string[], path: string[]): boolean {
  if (pattern.length > path.length) return false;
  return pattern.every((segment, i) => segment === '*' || segment === path[i]);
}

/**
 * The roles that may fill a property, or undefined when nothing says (an unknown key, a variable
 * whose name does not tell): then every role fits and only an unambiguous primitive is a fix.
 */
const byProperty = new WeakMap<RoleMap, Map<string, string[] | null>>();

/** The last map asked about and its answers: a run asks about one map, once per color it meets. */
let lastMap: RoleMap | undefined;
let lastKnown: Map<string, string[] | null> | undefined;

export function rolesOfProperty(property: string, map: RoleMap): string[] | undefined {
  let known = map === lastMap ? lastKnown : byProperty.get(map);
  if (!known) byProperty.set(map, (known = new Map()));
  lastMap = map;
  lastKnown = known;
  // one lookup, not has() then get(): an unknown role set is stored as null
  const hit = known.get(property);
  if (hit !== undefined) return hit ?? undefined;
  const roles = lookupRoles(property, map);
  if (known.size < 10_000) known.set(property, roles ?? null);
  return roles;
}

/**
 * The map's properties as a Map: a plain object indexed by a string just sliced from a file makes
 * V8 look the string up in its table of property names, 4× the cost of a Map lookup (a repo's
 * thousands of distinct `$variables` each ask once).
 */
const propertyMaps = new WeakMap<RoleMap, Map<string, string[]>>();
function propertiesOf(map: RoleMap): Map<string, string[]> {
  let properties = propertyMaps.get(map);
  if (!properties) propertyMaps.set(map, (properties = new Map(Object.entries(map.properties))));
  return properties;
}

function lookupRoles(property: string, map: RoleMap): string[] | undefined {
  const properties = propertiesOf(map);
  const direct = properties.get(property);
  if (direct) return direct;
  if (property.endsWith('-color') && properties.get(property.slice(0, -6)))
    return properties.get(property.slice(0, -6));
  if (property.startsWith('--') || property.startsWith('$') || property.startsWith('@')) {
    if (!MAY_HAVE_NAME_WORD.test(property)) return undefined;
    const name = property
      .replace(/^(?:--|\$|@)/, '')
      .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
      .replace(/_/g, '-')
      .toLowerCase();
    if (!ANY_NAME_WORD.test(name)) return undefined;
    for (const [pattern, stands] of NAME_WORDS) if (pattern.test(name)) return properties.get(stands);
  }
  return undefined;
}
