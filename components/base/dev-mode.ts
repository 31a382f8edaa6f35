declare const process: { env: { NODE_ENV?: string } };

/**
 * Whether development-only checks (warnings about invalid attribute values) run. Follows the
 * convention React and Vue use: bundlers replace `process.env.NODE_ENV` with `"production"` in a
 * production build (Vite, webpack, esbuild, Rollup with @rollup/plugin-replace), so the checks and
 * their messages drop out there; where nothing replaces it (a page importing the modules without a
 * bundler), `process` does not exist and the checks run. The CDN bundle is built as production.
 */
export const DEV_MODE: boolean = (() => {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return true;
  }
})();

const warned = new Set<string>();

/** Prints a development warning the first time it is seen (per message), never in production. */
export function warnOnce(message: string): void {
  if (!DEV_MODE || warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}
