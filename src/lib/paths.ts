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
  if (trimmed !== '' && !/^[a-z0-9._~-]+(\/[a-z0-9._~-]+)*$/i.test(trimmed)) {
    throw new Error(`BASE_PATH "${value}" is not a path such as /sco/`);
  }
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
