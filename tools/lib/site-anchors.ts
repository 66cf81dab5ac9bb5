import type { SiteAnchors } from '#lib/content/published-links.ts';
import { editionPaths } from '#lib/meta/site-pages.ts';
import { builtPath, DIST, readPages } from './dist.ts';

// The 404 pages of every edition, which hosts serve at whatever address has no page: none is published.
const NOT_FOUND = new Set(editionPaths('/404/').map(builtPath));

/** The built site as the published-link lock sees it (see src/lib/content/published-links.ts). */
export interface BuiltAnchors {
  site: SiteAnchors;
  /** Page path → the ids of its linkable sections (headings with section links), in page order. */
  sectionIds: Map<string, string[]>;
  /** Page path → old id kept as an alias → the id it stands for now. */
  aliases: Map<string, Map<string, string>>;
}

/**
 * Reads dist/: every page's ids (any element id is a place a link can land, aliases included),
 * its section ids, and the redirect pages of moved pages (content/redirects.yaml).
 */
export function readSiteAnchors(root = DIST): BuiltAnchors {
  const pages = new Map<string, Set<string>>();
  const redirects = new Map<string, string>();
  const sectionIds = new Map<string, string[]>();
  const aliases = new Map<string, Map<string, string>>();
  for (const page of readPages(root, { redirects: true })) {
    if (NOT_FOUND.has(page.path)) continue;
    if (page.movedTo !== undefined) {
      redirects.set(page.path, new URL(page.movedTo, 'https://site.invalid').pathname);
      continue;
    }
    pages.set(
      page.path,
      new Set([...page.document.querySelectorAll('[id]')].map((element) => element.id)),
    );
    aliases.set(
      page.path,
      new Map(
        [...page.document.querySelectorAll('[data-alias-of]')].map((element) => [
          element.id,
          element.getAttribute('data-alias-of') ?? '',
        ]),
      ),
    );
    sectionIds.set(
      page.path,
      [...page.document.querySelectorAll('.section-heading > :is(h2, h3)')].map(
        (heading) => heading.id,
      ),
    );
  }
  return { site: { pages, redirects }, sectionIds, aliases };
}
