/** The shapes an audit produces: findings (one JSON line each in findings.jsonl) and per-page results. */
import type { ProbedRect } from './probe.ts';

/** The kinds of inconsistency a brand audit documents, in report order. */
export const FINDING_TYPES = ['color', 'typography', 'spacing', 'component', 'logo', 'accessibility'] as const;
export type FindingType = (typeof FINDING_TYPES)[number];

export const FINDING_TYPE_TITLES: Record<FindingType, string> = {
  color: 'Color drift',
  typography: 'Typography misuse',
  spacing: 'Spacing collapse (spacing, radii, shadows)',
  component: 'Rogue components',
  logo: 'Logos',
  accessibility: 'Accessibility (WCAG 2 AA)',
};

/** A suggested token: the nearest of a fitting role, with its distance when it has one. */
export interface Suggestion {
  token: string;
  variable: string;
  value: string;
  /** ΔE2000 for colors, the absolute difference in px (or the ratio) for scales. */
  distance?: number;
}

/** What a check reports, before the sweep adds where it was seen. */
export interface FindingDraft {
  type: FindingType;
  selector: string;
  rect?: ProbedRect;
  /** The CSS property or the axe rule. */
  property: string;
  value: string;
  /** Tokens (or components) that would be right here. */
  expected: Suggestion[];
  message: string;
}

export interface AuditFinding extends FindingDraft {
  page: string;
  theme: string;
  viewport: string;
  /** Stable across runs: page, theme, viewport, type, selector, property and value. */
  fingerprint: string;
  /** Path of the cropped screenshot, relative to the report folder. */
  crop?: string;
}

export interface Viewport {
  width: number;
  height: number;
  label: string;
}

export interface PageResult {
  page: string;
  theme: string;
  viewport: string;
  /** Set when the page could not be audited; the sweep goes on. */
  error?: string;
  elements: number;
  counts: Record<FindingType, number>;
  /** `lv-*` controls, hand-built controls, and the share that are components (null when the page has no controls). */
  reuse: { system: number; rogue: number; rate: number | null };
  /** 0–100: share of audited elements without a finding, less a point per accessibility violation. */
  score: number | null;
  ms: number;
}
