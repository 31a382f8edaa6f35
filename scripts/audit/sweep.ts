/**
 * The surface sweep: every target × theme × viewport loaded in Chromium (through Playwright, using
 * the system's Chromium), several tabs at once, each page settled, probed, checked and cropped,
 * and its findings handed to the log as soon as the page is done — so memory does not grow with
 * the number of pages. A page that fails (unreachable, redirected away, never settles, not HTML,
 * too big) becomes a per-page error and the sweep goes on.
 */
import { UserError } from '../exit-codes.ts';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { checks } from './checks/index.ts';
import { CHROMIUM_ARGS, SIDE_BY_SIDE_TAB_ARGS } from './chromium-flags.ts';
import type { AxeNode, CheckContext } from './checks/check.ts';
import type { Expectations } from './expectations.ts';
import type { FindingLog } from './finding-log.ts';
import { probePage, type ProbeResult } from './probe.ts';
import { FINDING_TYPES, type AuditFinding, type FindingType, type PageResult, type Viewport } from './types.ts';

export interface SweepOptions {
  targets: string[];
  /** Contexts of the first modifier to render each page in (`light`, `dark`…). */
  themes: string[];
  viewports: Viewport[];
  outDir: string;
  concurrency: number;
  /** Per page: load and settle within this, or the page is an error. */
  timeoutMs: number;
  /** Hosts a page may redirect to besides its own. */
  allowHosts: string[];
  /** A Playwright storage-state file (cookies, localStorage) for pages behind a login. */
  storageState?: string;
  chromium: string;
  maxElements: number;
  maxCropsPerPage: number;
  /** Called as each page finishes (progress lines). */
  onPage?: (result: PageResult) => void;
}

/** Exit 2: something the user named or installed is not usable; the message says what to do. */
export class AuditSetupError extends UserError {}

const require = createRequire(import.meta.url);

/** Where Chromium is: the flag, then LIVERY_CHROMIUM / CHROMIUM_PATH, then Debian's /usr/bin/chromium. */
export function findChromium(flag: string | undefined): string {
  // a path the user named is the only candidate: falling back silently would audit with another browser
  const candidates = flag
    ? [flag]
    : [
        process.env.LIVERY_CHROMIUM,
        process.env.CHROMIUM_PATH,
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome',
      ].filter((c): c is string => !!c);
  const found = candidates.find((c) => existsSync(c));
  if (!found) {
    throw new AuditSetupError(
      flag
        ? `--chromium ${flag} does not exist; point it at a Chromium or Chrome binary`
        : 'no Chromium found: install one (Debian/Ubuntu: apt-get install chromium) and pass --chromium <path> or set LIVERY_CHROMIUM',
    );
  }
  return found;
}

async function loadPlaywright(): Promise<typeof import('playwright-core')> {
  try {
    return await import('playwright-core');
  } catch {
    throw new AuditSetupError(
      'liverykit audit drives Chromium through Playwright: install it beside liverykit with `npm ' +
        'install --save-dev playwright-core` (no browser download needed)',
    );
  }
}

function loadAxe(): string {
  try {
    return readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  } catch {
    throw new AuditSetupError(
      'liverykit audit checks WCAG 2 AA with axe-core: install it beside liverykit with `npm install --save-dev axe-core`',
    );
  }
}

export async function sweep(options: SweepOptions, expectations: Expectations, log: FindingLog): Promise<PageResult[]> {
  const { chromium } = await loadPlaywright();
  const storageState = options.storageState;
  const browser: Browser = await chromium.launch({
    executablePath: options.chromium,
    args: [...CHROMIUM_ARGS, ...SIDE_BY_SIDE_TAB_ARGS],
  });
  const axeSource = loadAxe();
  const themeModifier = expectations.catalogue.modifiers[0];
  const svgSources = new Map<string, string>();
  const contexts = new Map<string, BrowserContext>();
  const contextFor = async (viewport: Viewport): Promise<BrowserContext> => {
    let context = contexts.get(viewport.label);
    if (!context) {
      context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        ...(storageState ? { storageState } : {}),
      });
      contexts.set(viewport.label, context);
    }
    return context;
  };

  const jobs = options.targets.flatMap((page) =>
    options.themes.flatMap((theme) => options.viewports.map((viewport) => ({ page, theme, viewport }))),
  );
  const results: PageResult[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      const job = jobs[index]!;
      const context = await contextFor(job.viewport);
      const result = await auditPage(context, job.page, job.theme, job.viewport);
      results[index] = result;
      options.onPage?.(result);
    }
  };

  async function auditPage(
    context: BrowserContext,
    target: string,
    theme: string,
    viewport: Viewport,
  ): Promise<PageResult> {
    const started = performance.now();
    const base: PageResult = {
      page: target,
      theme,
      viewport: viewport.label,
      elements: 0,
      counts: emptyCounts(),
      reuse: { system: 0, rogue: 0, rate: null },
      score: null,
      ms: 0,
    };
    const page = await context.newPage();
    try {
      const blocked = await guardNavigation(page, target, options.allowHosts);
      if (themeModifier) {
        await page.addInitScript(
          ([attribute, value]) => document.documentElement.setAttribute(attribute!, value!),
          [themeModifier.attribute, theme],
        );
        const media = themeModifier.media[theme] ?? '';
        await page.emulateMedia({
          colorScheme: /prefers-color-scheme:\s*dark/.test(media) ? 'dark' : 'light',
          contrast: /prefers-contrast:\s*more/.test(media) ? 'more' : 'no-preference',
          reducedMotion: 'reduce',
        });
      }
      const deadline = started + options.timeoutMs;
      let response;
      try {
        response = await page.goto(target, { waitUntil: 'load', timeout: options.timeoutMs });
      } catch (error) {
        const message = (error as Error).message.split('\n')[0]!;
        if (blocked.host)
          return {
            ...base,
            error: `redirects to ${blocked.url} on another host; not followed (allow it with --allow-host ${blocked.host})`,
            ms: performance.now() - started,
          };
        if (/Download is starting/.test(message))
          return { ...base, error: 'not an HTML page (the browser downloads it)', ms: performance.now() - started };
        if (/Timeout/i.test(message))
          return {
            ...base,
            error: `did not load within ${options.timeoutMs / 1000} s`,
            ms: performance.now() - started,
          };
        return {
          ...base,
          error: `unreachable: ${blocked.failure ?? message.replace(/^page\.goto: /, '')}`,
          ms: performance.now() - started,
        };
      }
      if (blocked.host)
        return {
          ...base,
          error: `redirects to ${blocked.url} on another host; not followed (allow it with --allow-host ${blocked.host})`,
          ms: performance.now() - started,
        };
      if (response) {
        const status = response.status();
        if (status >= 400)
          return { ...base, error: `HTTP ${status} ${response.statusText()}`.trim(), ms: performance.now() - started };
        const type = (response.headers()['content-type'] ?? 'text/html').split(';')[0]!.trim();
        if (!/html|xml/.test(type))
          return { ...base, error: `not an HTML page (content-type ${type})`, ms: performance.now() - started };
      }
      if (!(await settle(page, deadline)))
        return {
          ...base,
          error: `did not settle within ${options.timeoutMs / 1000} s (the DOM kept changing)`,
          ms: performance.now() - started,
        };
      const probe = await page.evaluate(probePage, {
        modifierAttributes: expectations.catalogue.modifiers.map((m) => m.attribute),
        systemControlTags: expectations.systemControlTags,
        maxElements: options.maxElements,
        normalize: expectations.normalizeRequests(),
      });
      if (probe.tooLarge)
        return {
          ...base,
          elements: probe.elementCount,
          error: `the DOM has ${probe.elementCount} elements, over the limit of ${options.maxElements}; raise --max-elements to audit it`,
          ms: performance.now() - started,
        };

      await fetchSvgSources(page, probe, svgSources);
      const axe = await runAxe(page, axeSource);
      const checkContext: CheckContext = {
        expectations,
        normalized: expectations.normalizedFor(probe.normalized),
        selection: themeModifier ? { [themeModifier.name]: theme } : {},
        probe,
        axe,
        svgSources,
      };
      const findings: AuditFinding[] = checks
        .flatMap((check) => check.run(checkContext))
        .map((draft) => ({
          ...draft,
          page: target,
          theme,
          viewport: viewport.label,
          fingerprint: fingerprintOf([
            target,
            theme,
            viewport.label,
            draft.type,
            draft.selector,
            draft.property,
            draft.value,
          ]),
        }));
      await cropFindings(page, findings, options.outDir, options.maxCropsPerPage);
      const counts = emptyCounts();
      for (const f of findings) counts[f.type]++;
      log.add(findings);
      const audited = probe.elements.length + probe.rogueControls.length + probe.systemControls;
      const flagged = new Set(findings.map((f) => f.selector)).size;
      const controls = probe.systemControls + probe.rogueControls.length;
      return {
        ...base,
        elements: probe.elementCount,
        counts,
        reuse: {
          system: probe.systemControls,
          rogue: probe.rogueControls.length,
          rate: controls ? probe.systemControls / controls : null,
        },
        score: audited ? Math.max(0, Math.round((100 * (audited - Math.min(flagged, audited))) / audited)) : 100,
        ms: performance.now() - started,
      };
    } catch (error) {
      return {
        ...base,
        error: `could not be audited: ${(error as Error).message.split('\n')[0]}`,
        ms: performance.now() - started,
      };
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, jobs.length)) }, worker));
  } finally {
    await browser.close();
  }
  return results;
}

function emptyCounts(): Record<FindingType, number> {
  return Object.fromEntries(FINDING_TYPES.map((t) => [t, 0])) as Record<FindingType, number>;
}

export function fingerprintOf(parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

/**
 * Main-frame navigations to another host are not followed unless allowed. Chromium follows HTTP
 * redirects inside its network stack, so the document request is fetched here without following
 * them: a redirect to an allowed place is handed back to the browser (which asks again, through
 * this same guard), one elsewhere is aborted. Script navigations come through as new requests.
 */
async function guardNavigation(
  page: Page,
  target: string,
  allowHosts: string[],
): Promise<{ host?: string; url?: string; failure?: string }> {
  const blocked: { host?: string; url?: string; failure?: string } = {};
  const origin = new URL(target);
  const allowed = (url: URL) =>
    url.protocol === 'file:'
      ? origin.protocol === 'file:'
      : url.host === origin.host || allowHosts.includes(url.host) || allowHosts.includes(url.hostname);
  const block = async (route: Route, url: URL) => {
    blocked.host = url.host || url.protocol;
    blocked.url = url.href;
    await route.abort('blockedbyclient');
  };
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (!request.isNavigationRequest() || request.frame() !== page.mainFrame()) return route.fallback();
    const url = new URL(request.url());
    if (!allowed(url)) return block(route, url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return route.fallback();
    let response;
    try {
      response = await route.fetch({ maxRedirects: 0 });
    } catch (error) {
      const e = error as Error & { code?: string };
      blocked.failure = e.code ?? e.message.split('\n')[0];
      return route.abort('failed');
    }
    const location = response.headers()['location'];
    if (response.status() >= 300 && response.status() < 400 && location) {
      const next = new URL(location, url);
      if (!allowed(next)) return block(route, next);
    }
    return route.fulfill({ response });
  });
  return blocked;
}

/** Fonts loaded, two frames painted, and the DOM quiet for 200 ms — or false at the deadline. */
async function settle(page: Page, deadline: number): Promise<boolean> {
  const budget = Math.max(0, deadline - performance.now());
  return page
    .evaluate(
      (budgetMs) =>
        new Promise<boolean>((resolve) => {
          const giveUp = setTimeout(() => resolve(false), budgetMs);
          void document.fonts.ready.then(() => {
            let quiet: ReturnType<typeof setTimeout> | undefined;
            const done = () => {
              observer.disconnect();
              clearTimeout(giveUp);
              resolve(true);
            };
            // one quiet timer at a time: every change restarts it
            const restart = () => {
              clearTimeout(quiet);
              quiet = setTimeout(done, 200);
            };
            const observer = new MutationObserver(restart);
            observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
            requestAnimationFrame(() => requestAnimationFrame(restart));
          });
        }),
      budget,
    )
    .catch(() => false);
}

/** The SVG text behind `<img src="….svg">`, fetched once per URL for the whole sweep. */
async function fetchSvgSources(page: Page, probe: ProbeResult, cache: Map<string, string>): Promise<void> {
  for (const image of probe.images) {
    const src = image.src;
    if (!src || cache.has(src) || !/\.svg(?:[?#]|$)|^data:image\/svg/i.test(src)) continue;
    try {
      const response = await page.request.get(src, { timeout: 5000 });
      cache.set(src, response.ok() ? (await response.text()).slice(0, 1_000_000) : '');
    } catch {
      if (src.startsWith('file:')) {
        try {
          cache.set(src, readFileSync(new URL(src), 'utf8'));
          continue;
        } catch {
          // unreadable: judged by name only
        }
      }
      cache.set(src, '');
    }
  }
}

async function runAxe(page: Page, source: string): Promise<AxeNode[]> {
  await page.addScriptTag({ content: source });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: unknown,
          ): Promise<{
            violations: {
              id: string;
              impact: string;
              help: string;
              helpUrl: string;
              nodes: { target: unknown[]; failureSummary?: string }[];
            }[];
          }>;
        };
      }
    ).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return results.violations.flatMap((v) =>
      v.nodes.map((n) => ({
        rule: v.id,
        impact: v.impact ?? 'minor',
        help: v.help,
        helpUrl: v.helpUrl,
        selector: n.target.map(String).join(' '),
        summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    );
  });
}

/** A cropped screenshot per flagged element (the first few per page), named by content of the crop's identity. */
async function cropFindings(page: Page, findings: AuditFinding[], outDir: string, max: number): Promise<void> {
  if (!max || !findings.length) return;
  const dir = join(outDir, 'crops');
  mkdirSync(dir, { recursive: true });
  const size = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
  }));
  const bySelector = new Map<string, AuditFinding[]>();
  for (const f of findings) bySelector.set(f.selector, [...(bySelector.get(f.selector) ?? []), f]);
  let taken = 0;
  for (const [selector, group] of bySelector) {
    if (taken >= max) break;
    let rect = group.find((f) => f.rect)?.rect;
    if (!rect) {
      rect = await page
        .evaluate((s) => {
          const r = document.querySelector(s)?.getBoundingClientRect();
          return r ? { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height } : undefined;
        }, selector)
        .catch(() => undefined);
    }
    if (!rect || rect.width < 1 || rect.height < 1) continue;
    const pad = 8;
    const x = Math.max(0, rect.x - pad);
    const y = Math.max(0, rect.y - pad);
    const clip = {
      x,
      y,
      width: Math.min(size.width - x, rect.width + 2 * pad, 1200),
      height: Math.min(size.height - y, rect.height + 2 * pad, 800),
    };
    if (clip.width < 1 || clip.height < 1) continue;
    const name = `${group[0]!.fingerprint}.png`;
    try {
      await page.screenshot({ path: join(dir, name), clip, fullPage: true, animations: 'disabled', timeout: 5000 });
    } catch {
      continue;
    }
    for (const f of group) f.crop = `crops/${name}`;
    taken++;
  }
}
