import type { SiteAnchors } from '../../src/lib/published-links.ts';
import { DIST, readPages } from './dist.ts';

/** The built site as the published-link lock sees it (see src/lib/published-links.ts). */
export interface BuiltAnchors {
  site: SiteAnchors;
  /** Page path → the ids of its linkable sections (headings with section links), in page order. */
  sectionIds: Map<string, string[]>;
}

/**
 * Reads dist/: every page's ids (any element id is a place a link can land, aliases included),
 * its section ids, and the redirect pages Astro writes for content/redirects.yaml.
 */
export function readSiteAnchors(root = DIST): BuiltAnchors {
  const pages = new Map<string, Set<string>>();
  const redirects = new Map<string, string>();
  const sectionIds = new Map<string, string[]>();
  for (const page of readPages(root)) {
    if (page.path === '/404.html') continue;
    const refresh = page.document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
    const target = refresh && /url=(.+)$/i.exec(refresh)?.[1];
    if (target) {
      redirects.set(page.path, new URL(target, 'https://site.invalid').pathname);
      continue;
    }
    pages.set(page.path, new Set([...page.document.querySelectorAll('[id]')].map((element) => element.id)));
    sectionIds.set(
      page.path,
      [...page.document.querySelectorAll('.section-heading > :is(h2, h3)')].map((heading) => heading.id),
    );
  }
  return { site: { pages, redirects }, sectionIds };
}
