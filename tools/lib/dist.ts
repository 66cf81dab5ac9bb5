import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { MOVED_ATTRIBUTE } from '#lib/meta/redirect-page.ts';
import { SITE } from '../../src/site.config.ts';

/**
 * Where the tests build the site (tests/build/global-setup.ts): a folder of its own, never the
 * dist/ that `npm start` or `npm run preview` may be serving while the tests run.
 */
export const DIST = '.tmp/test-dist';

/**
 * The path readPages gives a page of the registry (src/lib/meta/site-pages.ts): its site path, but
 * the English 404 page's, which the build writes as /404.html (hosts serve it at whatever address
 * has no page); an edition's 404 page stays /<locale>/404/.
 */
export function builtPath(path: string): string {
  return path === '/404/' ? '/404.html' : path;
}

/** One built HTML page: its URL path and parsed document. */
export interface BuiltPage {
  /** URL path, e.g. "/rats/" or "/404.html". */
  path: string;
  html: string;
  document: Document;
  /** For the old address of a moved page (content/redirects.yaml): the new address it sends readers to. */
  movedTo?: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** The URL path a built file is served at: <root>/rats/index.html → /rats/. */
export function urlPathOf(file: string, root = DIST): string {
  const rel = relative(root, file).split(sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Every built HTML page outside the Pagefind bundle. The redirect pages of moved pages are left out
 * unless asked for: they are not pages of the site's content, and tests/build/redirect-pages.test.ts
 * checks what they must be; the checks every page must pass (HTML, CSP) ask for them.
 */
export function readPages(root = DIST, { redirects = false } = {}): BuiltPage[] {
  return walk(root)
    .filter((file) => file.endsWith('.html') && !file.includes(`${sep}pagefind${sep}`))
    .map((file): BuiltPage => {
      const html = readFileSync(file, 'utf8');
      const document = parseHTML(html).document;
      const movedTo = document.documentElement.getAttribute(MOVED_ATTRIBUTE) ?? undefined;
      return {
        path: urlPathOf(file, root),
        html,
        document,
        ...(movedTo === undefined ? {} : { movedTo }),
      };
    })
    .filter((page) => redirects || page.movedTo === undefined)
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The page paths ("/rats/") the built sitemap lists, with the origin stripped. A page on another
 * origin means the site was built with another SITE_URL, and is an error.
 */
export function readSitemapPaths(
  root = DIST,
  origin = new URL(process.env['SITE_URL'] ?? SITE.url).origin,
): string[] {
  const xml = readFileSync(join(root, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc = '']) => {
    if (!loc.startsWith(origin))
      throw new Error(
        `${loc} in the sitemap is not on ${origin}: was the site built with another SITE_URL?`,
      );
    return loc.slice(origin.length);
  });
}
