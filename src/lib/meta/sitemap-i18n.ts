/**
 * The sitemap's hreflang alternates (@astrojs/sitemap): every page that has editions lists itself and
 * its editions, each with its language tag, and x-default for the English page, as the pages' own
 * <link rel="alternate" hreflang> do (src/data/page-head.ts). The sitemap pairs pages by their path
 * without the edition's prefix ("/ru/rats/" and "/rats/"), so the pairs point at each other.
 */
import { ALL_LOCALES, LOCALES, SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';

/** The edition's folder in a URL ("ru", "zh"); English, at the root, has none and is keyed by its name. */
function urlSegment(locale: Locale): string {
  return locale === SOURCE_LOCALE ? locale : LOCALES[locale].prefix.slice(1);
}

/** @astrojs/sitemap's `i18n` option: the default edition, and each edition's URL segment → its language tag. */
export const SITEMAP_I18N = {
  defaultLocale: urlSegment(SOURCE_LOCALE),
  locales: Object.fromEntries(
    ALL_LOCALES.map((locale) => [urlSegment(locale), LOCALES[locale].lang]),
  ),
};

/** One alternate of a sitemap entry, as @astrojs/sitemap gives and writes it. */
export interface SitemapLink {
  url: string;
  lang: string;
}

/**
 * A sitemap entry with x-default added to its alternates: the English page, which readers whose
 * language has no edition get. An entry without alternates (a page in English only) is left as it is.
 * Throws for alternates without the English page: every edition translates an English page.
 */
export function withXDefault<T extends { url: string; links?: SitemapLink[] | undefined }>(
  item: T,
): T {
  const links = item.links ?? [];
  if (links.length === 0) return item;
  const english = links.find((link) => link.lang === LOCALES[SOURCE_LOCALE].lang);
  if (!english)
    throw new Error(
      `sitemap: ${item.url} has editions (${links.map((link) => link.lang).join(', ')}) but no English page to name as x-default`,
    );
  return { ...item, links: [...links, { url: english.url, lang: 'x-default' }] };
}
