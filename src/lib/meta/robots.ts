import { NOINDEX_PATHS } from './site-pages';

// The pages search engines are asked not to index (`<meta name="robots" content="noindex">`), which the
// sitemap leaves out, are marked in the page registry (src/lib/meta/site-pages.ts): the 404 page, which is not a
// page of the site, and the search page, a tool: every `/search/?q=…` would be a thin copy of indexed pages,
// and without JavaScript a crawler sees only its browse list, which repeats the glossary. It is not
// disallowed in robots.txt, so crawlers still see its noindex and follow its links, and link-preview bots
// can read a shared search link.

function pathnameOf(pathOrUrl: string, caller: string): string {
  const pathname = /^https?:\/\//.test(pathOrUrl) ? new URL(pathOrUrl).pathname : pathOrUrl;
  if (!pathname.startsWith('/'))
    throw new Error(`${caller}: "${pathOrUrl}" is neither a site path nor an absolute URL`);
  return pathname;
}

/** Whether a page (its site path, "/rats/", or its absolute URL) is meant for search engines. */
export function isIndexable(pathOrUrl: string): boolean {
  const pathname = pathnameOf(pathOrUrl, 'isIndexable');
  // A suffix match, so that it holds under any base path ("/sco/search/"); no other page ends so.
  return !NOINDEX_PATHS.some((path) => pathname.endsWith(path));
}

/**
 * Whether a page is the 404 page. Hosts serve it at whatever address has no page, so it has no
 * address of its own to name: no canonical URL, no og:url, no @id (its build path, /404/, is served
 * by no host).
 */
export function isNotFoundPage(pathOrUrl: string): boolean {
  return pathnameOf(pathOrUrl, 'isNotFoundPage').endsWith('/404/');
}

/**
 * robots.txt: everything may be crawled; the sitemap is named by its absolute URL, as the format
 * requires. Under a base path the file is served at <base>/robots.txt, where crawlers do not look;
 * whoever owns the host's root robots.txt should copy the Sitemap line.
 */
export function buildRobotsTxt(sitemapUrl: string): string {
  if (!/^https?:\/\/[^/]+\/.*\.xml$/.test(sitemapUrl))
    throw new Error(
      `buildRobotsTxt: the sitemap must be an absolute URL of an .xml file, got "${sitemapUrl}"`,
    );
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
