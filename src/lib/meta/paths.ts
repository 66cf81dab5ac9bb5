/**
 * Site paths under a base path. Every internal link is written as a root-relative site path
 * ("/rats/#functions"); where the site is served under a base path (BASE_PATH=/sco/, e.g. on
 * GitHub Pages), links get the base in front. Other URLs pass through.
 */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const root = base.endsWith('/') ? base : `${base}/`;
  return root === '/' ? path : `${root}${path.slice(1)}`;
}

/** The base path from an environment variable, as Astro's `base` wants it: "/", or "/sco/" for "sco". */
export function normaliseBase(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  const segments = trimmed.split('/');
  if (
    trimmed !== '' &&
    (!/^[a-z0-9._~-]+(\/[a-z0-9._~-]+)*$/i.test(trimmed) ||
      segments.some((s) => s === '.' || s === '..'))
  ) {
    throw new Error(`BASE_PATH "${value}" is not a path such as /sco/`);
  }
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

function assertAbsolute(url: string, what: string): void {
  if (!/^https?:\/\/[^/]/.test(url))
    throw new Error(`${what} must be an absolute http(s) URL, got "${url}"`);
}

/** Absolute URL of the site root: the configured site with the base path, always ending in "/". */
export function siteRoot(site: URL | string | undefined, base: string): string {
  if (site === undefined)
    throw new Error('no site URL is configured; set `site` in astro.config.mjs (or SITE_URL)');
  const root = new URL(base.endsWith('/') ? base : `${base}/`, site).href;
  assertAbsolute(root, 'the site URL');
  return root;
}

/** A page's path on the site without the base path: "/sco/rats/" with base "/sco" → "/rats/". */
export function toSitePath(pathname: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (`${pathname}/` === prefix) return '/';
  if (!pathname.startsWith(prefix))
    throw new Error(`the path "${pathname}" is not under the base path "${prefix}"`);
  return `/${pathname.slice(prefix.length)}`;
}

/** An absolute URL for a site path such as "/glossary/#rats", under the root (base path included). */
export function absoluteUrl(root: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//'))
    throw new Error(`"${path}" is not a site path starting with "/"`);
  assertAbsolute(root, 'the site root');
  if (!root.endsWith('/')) throw new Error(`the site root "${root}" must end in "/"`);
  return new URL(path.slice(1), root).href;
}
