import type { Locale } from '#lib/i18n/locales.ts';
import { UI } from '#lib/i18n/ui.ts';
import { dialogStrings } from '#lib/search/search-strings.ts';

/** An edition's dialog search strings as the file SEARCH_UI_PATH (src/lib/search/search-strings.ts). */
export function searchUiJson(locale: Locale): Response {
  return new Response(JSON.stringify(dialogStrings(UI[locale].search.client, locale)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
