/**
 * What to audit: URLs and local HTML files named on the command line, a list file (`--urls`, one
 * URL or path a line, # comments), or a sitemap (`--sitemap`, sitemap indexes followed one level).
 */
import { UserError } from '../exit-codes.ts';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Exit 2: something the user named or installed is not usable; the message says what to do. */
export class TargetError extends UserError {}

/** An http(s) URL as given; anything else is a local file, turned into a file: URL (it need not exist: that is a per-page error). */
export function targetUrl(input: string): string {
  if (/^https?:\/\//i.test(input) || input.startsWith('file:')) {
    try {
      return new URL(input).href;
    } catch {
      throw new TargetError(`"${input}" is not a valid URL`);
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input))
    throw new TargetError(`"${input}": only http, https and local files can be audited`);
  return pathToFileURL(resolve(input)).href;
}

export function readUrlList(file: string): string[] {
  if (!existsSync(file)) throw new TargetError(`--urls ${file} does not exist`);
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean)
    .map((line, i) => {
      try {
        return targetUrl(line);
      } catch (error) {
        throw new TargetError(`${file}:${i + 1}: ${(error as Error).message}`);
      }
    });
}

/** Page URLs of a sitemap (or of the sitemaps a sitemap index lists). */
export async function readSitemap(url: string, depth = 0): Promise<string[]> {
  let text: string;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(15_000), redirect: 'follow' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text = await response.text();
  } catch (error) {
    throw new TargetError(`--sitemap ${url} cannot be read (${(error as Error).message}); check the URL`);
  }
  const locs = [...text.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  if (/<sitemapindex[\s>]/.test(text)) {
    if (depth > 0) return [];
    return (await Promise.all(locs.map((loc) => readSitemap(loc, depth + 1)))).flat();
  }
  if (!/<urlset[\s>]/.test(text))
    throw new TargetError(`--sitemap ${url} is not a sitemap (no <urlset> or <sitemapindex>)`);
  return locs;
}

export interface ParsedViewport {
  width: number;
  height: number;
  label: string;
}

/** `1280x800,390x844` → viewports. */
export function parseViewports(text: string): ParsedViewport[] {
  return text.split(',').map((part) => {
    const m = /^\s*(\d{2,5})x(\d{2,5})\s*$/.exec(part);
    if (!m) throw new TargetError(`--viewport "${part}" is not WIDTHxHEIGHT (for example 1280x800,390x844)`);
    return { width: Number(m[1]), height: Number(m[2]), label: `${m[1]}x${m[2]}` };
  });
}
