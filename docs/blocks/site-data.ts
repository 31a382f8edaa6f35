/**
 * The small generated files a page can load without the full token data (the landing page does):
 * site facts and a name → CSS variable index for inline token references.
 */
import siteJson from '../generated/site.json';
import indexJson from '../generated/token-index.json';
import type { SiteData } from '../generate/types.ts';

export const site = siteJson as unknown as SiteData;
/** Token name → [CSS variable, description]. */
export const tokenIndex = indexJson as unknown as Record<string, [string, string]>;
