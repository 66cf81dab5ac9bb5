import { base, site } from 'astro:config/client';
import type { CiteTarget } from '#lib/meta/cite-page.ts';
import { formatPageCitation } from '#lib/meta/cite-page.ts';
import { buildJsonLd, serializeJsonLd, type PageMetaInput } from '#lib/meta/json-ld.ts';
import { buildBreadcrumbs, formatTitle, type NavLink } from '#lib/meta/page-data.ts';
import { isIndexable, isNotFoundPage } from '#lib/meta/robots.ts';
import type { SearchKind } from '#lib/search/config.ts';
import { ALL_LOCALES, LOCALES, localePath, SOURCE_LOCALE, type Locale } from '#lib/i18n/locales.ts';
import { absoluteUrl } from '#lib/meta/paths.ts';
import { SITE } from '../site.config.ts';
import { getSiteContent } from './content';
import { editionPaths } from './editions';
import { UI } from '#lib/i18n/ui.ts';
import { getPageAddress, type PageAddress } from './page-meta';

/**
 * What a page says about itself, worked out once by its page-kind function (src/data/pages.ts):
 * BaseLayout, PageMeta, JsonLd, the breadcrumb trail and the citation box only read it.
 */
export interface PageHead {
  /** The page's own title; undefined on the home page, which is titled by the site's name. */
  title: string | undefined;
  /** The `<title>`: "Page · Site", or the site's name alone; the site's name in the page's edition. */
  documentTitle: string;
  /** The site's name in the page's edition (og:site_name, JSON-LD, the citation). */
  siteName: string;
  description: string;
  /** Where it is: its canonical URL and its social image. */
  address: PageAddress;
  /** Whether it gets a canonical link and og:url (the 404 page, served at any address, does not). */
  canonical: boolean;
  /** Whether search engines may index it (robots noindex otherwise). */
  indexable: boolean;
  /** The trail after Home; undefined on the home page. */
  breadcrumbs: NavLink[] | undefined;
  /** Whether Pagefind indexes its body (the 404 and search pages are not indexed). */
  indexed: boolean;
  /** Pagefind weight of its words, when not 1: list and reference pages mention every term in passing. */
  searchWeight: number | undefined;
  /** The kind readers can filter its search result by (topics and sources have one). */
  searchKind: SearchKind | undefined;
  /** What its link-preview tags and JSON-LD add: an article's date and citations, the glossary's terms. */
  meta: PageMetaInput | undefined;
  /** What "Cite this page", a section's "Cite" and the printed colophon name. */
  cite: CiteTarget;
  /** The page's edition and its language tag (`<html lang>`). */
  locale: Locale;
  lang: string;
  /** The English paths ("/glossary/") this page's edition has a page for; English has them all. */
  localPaths: ReadonlySet<string> | undefined;
  /** The same page in every edition that has it, for the language switcher (site paths). */
  editions: { locale: Locale; lang: string; name: string; path: string; current: boolean }[];
  /** The same page in every edition that has it, for hreflang links; x-default is the English page. */
  alternates: { hreflang: string; href: string }[];
  /** The plain-text citation printed at the foot of the page. */
  printCitation: string;
  /** Its structured data, serialised for a JSON-LD script. */
  jsonLd: string;
}

/** What a page-kind function says about its page; pageHead works out the rest. */
export interface PageHeadInput {
  /** Site path in the English edition, without the base path: "/rats/". */
  path: string;
  /** The edition the page is in (English if left out): its address is `path` in that edition. */
  locale?: Locale | undefined;
  /** The translated editions that have this page (English and the page's own are added); hreflang links join them. */
  editions?: readonly Locale[] | undefined;
  title?: string | undefined;
  description: string;
  /** The trail after Home, as links; the last is the page itself. */
  trail?: readonly NavLink[] | undefined;
  indexed?: boolean | undefined;
  searchWeight?: number | undefined;
  searchKind?: SearchKind | undefined;
  meta?: PageMetaInput | undefined;
  /**
   * The page's last-reviewed date; without one, the prose's (contentReviewed). A list page gives
   * the newest of that and its entries' (listReviewed in pages.ts).
   */
  lastReviewed?: string | undefined;
}

/** A page's head, once: its address, metadata, citation and structured data from what the page says. */
export async function pageHead(input: PageHeadInput): Promise<PageHead> {
  const { title, description, trail, meta } = input;
  const locale = input.locale ?? SOURCE_LOCALE;
  const path = localePath(locale, input.path);
  const address = await getPageAddress(site, path, base);
  // English has every page; a translated edition has the pages it has translated.
  const editions = ALL_LOCALES.filter(
    (l) => l === SOURCE_LOCALE || l === locale || input.editions?.includes(l),
  );
  const alternates =
    editions.length < 2
      ? []
      : [
          ...editions.map((l) => ({
            hreflang: LOCALES[l].lang,
            href: absoluteUrl(address.root, localePath(l, input.path)),
          })),
          { hreflang: 'x-default', href: absoluteUrl(address.root, input.path) },
        ];
  const { contentReviewed } = await getSiteContent();
  const ui = UI[locale].chrome;
  const localPaths = locale === SOURCE_LOCALE ? undefined : await editionPaths(locale);
  const breadcrumbs =
    trail &&
    buildBreadcrumbs(trail).map((crumb, i) =>
      i === 0 && locale !== SOURCE_LOCALE
        ? { href: localPaths?.has('/') ? localePath(locale, '/') : '/', label: ui.home }
        : crumb,
    );
  // Named in the edition's words: its name of the site, and of the home page, which has no title.
  const siteName = locale === SOURCE_LOCALE ? SITE.title : ui.siteTitle;
  const cite: CiteTarget = {
    siteName: ui.siteTitle,
    keyName: SITE.title,
    pageTitle: title ?? ui.siteTitle,
    url: address.url,
    lastReviewed: input.lastReviewed ?? contentReviewed,
    locale,
  };
  const jsonLd = buildJsonLd({
    site: {
      root: address.root,
      title: siteName,
      alternateName: locale === SOURCE_LOCALE ? undefined : SITE.title,
      description: SITE.tagline,
      lang: LOCALES[locale].lang,
    },
    path: address.path,
    title: title ?? siteName,
    description,
    image: address.image,
    breadcrumbs,
    meta,
    notFound: isNotFoundPage(address.path),
  });
  return {
    title,
    documentTitle: formatTitle(title, siteName),
    siteName,
    description,
    address,
    canonical: !isNotFoundPage(address.path),
    indexable: isIndexable(address.path),
    breadcrumbs,
    indexed: input.indexed ?? true,
    searchWeight: input.searchWeight,
    searchKind: input.searchKind,
    meta,
    cite,
    locale,
    lang: LOCALES[locale].lang,
    localPaths,
    editions:
      editions.length < 2
        ? []
        : editions.map((l) => ({
            locale: l,
            lang: LOCALES[l].lang,
            name: LOCALES[l].name,
            path: localePath(l, input.path),
            current: l === locale,
          })),
    alternates,
    printCitation: formatPageCitation(cite).plain,
    jsonLd: serializeJsonLd(jsonLd),
  };
}
