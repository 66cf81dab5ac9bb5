import { localePath } from '#lib/i18n/locales.ts';
import { href } from './base';
import type { PageHead } from './page-head';

/**
 * Tells the components of a page its edition (Astro.locals), so that the words around the content
 * and the links between pages are the edition's. Each page's view calls it first: Astro may start
 * rendering a layout's slotted children before the layout's own frontmatter has run.
 */
export function useEdition(locals: App.Locals, head: PageHead): void {
  locals.locale = head.locale;
  // The page's own facts, which section headings in the content cite (SectionHeading): set here too,
  // for the same reason, or a heading rendered early would have no citation. A page without
  // "Cite this page" (search, 404: not indexed) offers no section citations either.
  locals.citePage = head.indexed ? head.cite : undefined;
  const paths = head.localPaths;
  locals.localHref = (path: string): string =>
    href(paths?.has(path.replace(/#.*$/, '')) ? localePath(head.locale, path) : path);
}
