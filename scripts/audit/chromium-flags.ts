/**
 * How Livery launches a headless Chromium, in `liverykit audit` and in its own tests and benches:
 * Debian's Chromium run as a service user (no sandbox, no GPU) on a machine that may have no
 * network, so nothing it would fetch on its own (updates, sync, first-run pages) is asked for.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * For tabs run side by side: without these, Chromium throttles the timers of all but one of them,
 * and a page that animates would look settled.
 */
export const SIDE_BY_SIDE_TAB_ARGS: readonly string[] = [
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
