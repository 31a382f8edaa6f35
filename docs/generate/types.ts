/**
 * The shape of the files docs/generate writes into docs/generated/ and the docs blocks read.
 * Kept free of Node imports so the blocks (browser code) can import these types too.
 */
export type TokenPage =
  | 'palette'
  | 'color'
  | 'typography'
  | 'spacing'
  | 'radii'
  | 'borders'
  | 'sizes'
  | 'elevation'
  | 'opacity'
  | 'z-index'
  | 'motion'
  | 'other';

export interface DocsMode {
  /** `light`, `dark`, `light-campaign`… */
  id: string;
  label: string;
  selection: Record<string, string>;
  /** The attributes that select this mode in dist/css/livery.css (`data-theme`, `data-brand`). */
  attributes: Record<string, string>;
}

export interface ContrastCheck {
  mode: string;
  /** The surface token the foreground is declared on. */
  on: string;
  onCss: string;
  usage: string;
  /** The ratio `livery check` requires here (AA, or AAA in enhanced contexts). */
  threshold: number;
  level: 'AA' | 'AAA';
  /** Truncated to two decimals, as `livery check` prints it. */
  ratio: number;
  pass: boolean;
}

export interface DocsToken {
  name: string;
  path: string[];
  type: string;
  page: TokenPage;
  cssVariable: string;
  cssVariables: string[];
  jsName: string;
  description: string;
  status: string;
  owner: string | null;
  file: string;
  /** The reference this token is an alias of (`{palette.neutral.950}`), if it is one. */
  raw: string | null;
  deprecated: { message: string; replacement: string | null; replacementCssVariable: string | null } | null;
  /** CSS in the default mode. */
  css: string;
  /** CSS per mode id. */
  modes: Record<string, string>;
  /** Per-field CSS of composites (typography, transition, border). */
  fields: Record<string, string> | null;
  /** CSS under prefers-reduced-motion: reduce, for motion tokens that declare one. */
  reducedMotion: string | null;
  contrast: ContrastCheck[];
}

export interface TokensData {
  available: boolean;
  source: string;
  notice: string | null;
  problems: string[];
  modes: DocsMode[];
  modifiers: { name: string; description: string; default: string; contexts: string[]; attribute: string }[];
  /** The WCAG levels `livery check` applied (its one table, after the config), for captions. */
  contrastLevels: { aa: Record<string, number>; aaa: Record<string, number>; enhancedContexts: string[] } | null;
  tokens: DocsToken[];
}

export interface DocsLogo {
  name: string;
  lockup: string;
  variant: string;
  /** URL of the SVG inside the docs site. */
  href: string;
  fileName: string;
  minWidthPx: number | null;
  clearSpaceRatio: number | null;
  rules: string;
  /** Width / height from the SVG's viewBox. */
  aspectRatio: number | null;
}

export interface AssetsData {
  available: boolean;
  notice: string | null;
  logos: DocsLogo[];
  icons: { name: string; href: string; fileName: string }[];
}

export interface ChangelogEntry {
  version: string;
  sections: { title: string; items: string[] }[];
}

export interface ChangelogData {
  source: 'CHANGELOG.md' | '.changeset' | null;
  notice: string | null;
  entries: ChangelogEntry[];
}

export interface CliCommandDoc {
  name: string;
  summary: string;
  usage: string;
}

export interface SiteData {
  generatedAt: string;
  /** Token names in the MDX pages that the catalogue does not have (a broken reference). */
  unknownReferences: { file: string; reference: string }[];
  packageName: string;
  version: string;
  /** URL of the embedded contrast matrix, or null with a notice. */
  contrastMatrix: { href: string | null; notice: string | null };
  components: { tags: string[]; notice: string | null };
  cli: { commands: CliCommandDoc[]; notice: string | null };
  css: { notice: string | null };
}
