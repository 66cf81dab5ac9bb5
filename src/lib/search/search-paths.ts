/** Where an edition's search files are, under the site's base. */
import { localePath, type Locale } from '#lib/i18n/locales.ts';
import { SEARCH_DATA_PATH } from './search-words.ts';

/** Where an edition's Pagefind bundle is: "/pagefind/", "/ru/pagefind/". */
export function pagefindPathOf(locale: Locale): string {
  return localePath(locale, '/pagefind/');
}

/** Where the build writes an edition's search data: "/pagefind/search-data.json", "/ru/pagefind/…". */
export function searchDataPathOf(locale: Locale): string {
  return localePath(locale, SEARCH_DATA_PATH);
}
