/**
 * The page's edition as its header's search form gives it (src/components/SearchButton.astro): the
 * locale, whose index, search data and language rules the dialog and /search/ use, and the words
 * they show, which the server wrote from src/lib/i18n/ui.ts. Read once per page.
 */
import { isLocale, SOURCE_LOCALE, type Locale } from '#lib/i18n/locales.ts';
import {
  readSearchStrings,
  SEARCH_LOCALE_ATTRIBUTE,
  SEARCH_STRINGS_ATTRIBUTE,
  type SearchClientStrings,
} from '#lib/search/search-strings.ts';

let edition: { locale: Locale; strings: SearchClientStrings } | undefined;

function read(): { locale: Locale; strings: SearchClientStrings } {
  const form = document.querySelector(`[${SEARCH_STRINGS_ATTRIBUTE}]`);
  const locale = form?.getAttribute(SEARCH_LOCALE_ATTRIBUTE) ?? '';
  const strings = readSearchStrings(form?.getAttribute(SEARCH_STRINGS_ATTRIBUTE));
  // Every page's header carries them (tests/build/search-editions.test.ts); without, search cannot speak.
  if (!strings) throw new Error(`search: the page has no ${SEARCH_STRINGS_ATTRIBUTE} to read`);
  return { locale: isLocale(locale) ? locale : SOURCE_LOCALE, strings };
}

/** The page's edition. */
export function searchLocale(): Locale {
  edition ??= read();
  return edition.locale;
}

/** The search words of the page's edition. */
export function searchStrings(): SearchClientStrings {
  edition ??= read();
  return edition.strings;
}
