/**
 * The registry of the site's pages: every page a template makes once (the home page, the lists, the
 * search page …), from which the sitemap's exclusions and robots rules, the reserved slugs, the
 * prose pages' addresses and the tests' page list derive. Besides these, the site has one page per
 * topic (/<topic>/, content/topics/<topic>.mdx) and one per source (/sources/<id>/,
 * content/sources/<id>.yaml): sitePaths() gives them all. Every page exists in every edition, at
 * localePath(locale, path) (src/lib/i18n/locales.ts): /search/, /ru/search/, /zh/search/.
 */
import { ALL_LOCALES, LOCALES, localePath, type Locale } from '../i18n/locales.ts';

/** A page made once by a template of its own. */
export interface FixedPage {
  /** Site path, without the base path. */
  path: string;
  /** Its template under src/pages/. */
  template: string;
  /** The file of content/pages/ that holds its prose (content/pages/<prose>.mdx), if any. */
  prose?: string;
  /** Whether search engines may index it and the sitemap lists it (a noindex page is neither). */
  indexable: boolean;
}

export const FIXED_PAGES = [
  { path: '/', template: 'index.astro', prose: 'home', indexable: true },
  { path: '/topics/', template: 'topics.astro', indexable: true },
  { path: '/glossary/', template: 'glossary.astro', indexable: true },
  { path: '/timeline/', template: 'timeline.astro', indexable: true },
  { path: '/sources/', template: 'sources/index.astro', indexable: true },
  { path: '/about/', template: 'about.astro', prose: 'about', indexable: true },
  // A tool: every /search/?q=… would be a thin copy of indexed pages (src/lib/meta/robots.ts).
  { path: '/search/', template: 'search.astro', indexable: false },
  // Not a page of the site: hosts serve it at whatever address has none.
  { path: '/404/', template: '404.astro', indexable: false },
] as const satisfies readonly FixedPage[];

/** Folders of the built site that hold files, not pages: the search index, the member maps, social images, bundles. */
export const ASSET_FOLDERS = ['pagefind', 'maps', 'og', '_astro'] as const;

/**
 * URL segments the site uses itself; a topic with one of these names would collide with them, or, for
 * an edition's prefix (/ru/, /zh/), would be a page standing where that edition's home is.
 */
export const RESERVED_SLUGS: readonly string[] = [
  ...FIXED_PAGES.map((page) => page.path.split('/')[1] ?? '').filter((segment) => segment !== ''),
  ...ASSET_FOLDERS,
  ...Object.values(LOCALES)
    .map((locale) => locale.prefix.slice(1))
    .filter((segment) => segment !== ''),
  'index',
];

/** A page's path in every edition, English first: "/search/" → "/search/", "/ru/search/", "/zh/search/". */
export function editionPaths(path: string, locales: readonly Locale[] = ALL_LOCALES): string[] {
  return locales.map((locale) => localePath(locale, path));
}

/** The pages search engines are asked not to index, in every edition, which the sitemap leaves out. */
export const NOINDEX_PATHS: readonly string[] = FIXED_PAGES.filter(
  (page) => !page.indexable,
).flatMap((page) => editionPaths(page.path));

/** Where each file of content/pages is published; a file not listed would have no page. */
export const PROSE_PAGE_PATHS: Readonly<Record<string, string>> = Object.fromEntries(
  FIXED_PAGES.flatMap((page) => ('prose' in page ? [[page.prose, page.path]] : [])),
);

/**
 * Every page of the site for the given topic and source ids, edition by edition (English first, or
 * only the editions asked for), and in each edition fixed pages first, then topics and sources.
 */
export function sitePaths(
  {
    topics,
    sources,
  }: {
    topics: readonly string[];
    sources: readonly string[];
  },
  locales: readonly Locale[] = ALL_LOCALES,
): string[] {
  const english = [
    ...FIXED_PAGES.map((page) => page.path),
    ...topics.map((id) => `/${id}/`),
    ...sources.map((id) => `/sources/${id}/`),
  ];
  return locales.flatMap((locale) => english.map((path) => localePath(locale, path)));
}
