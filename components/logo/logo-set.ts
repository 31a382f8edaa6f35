import { byBaseName } from '../base/svg.ts';

/** One approved lockup's usage rules, from tokens/assets/logo/lockups.json. */
export interface LockupRules {
  minWidthPx?: number;
  clearSpaceRatio?: number;
  rules?: string;
  description?: string;
}

/**
 * The approved logo files (tokens/assets/logo/<lockup>-<variant>.svg) and their rules, read at
 * build time like the icon set.
 */
export const logos: Record<string, string> = byBaseName(
  import.meta.glob<string>('../../tokens/assets/logo/*.svg', { query: '?raw', import: 'default', eager: true }),
);

export const lockups: Record<string, LockupRules> =
  Object.values(
    import.meta.glob<Record<string, LockupRules>>('../../tokens/assets/logo/lockups.json', {
      import: 'default',
      eager: true,
    }),
  )[0] ?? {};

export const LOCKUPS = ['full', 'mark', 'wordmark'] as const;
export const VARIANTS = ['default', 'mono', 'inverse'] as const;
