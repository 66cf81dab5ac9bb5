import type { Locale } from '#lib/i18n/locales.ts';
import { UI } from '#lib/i18n/ui.ts';

/** An edition's client search strings as the file SEARCH_UI_PATH (src/lib/search/search-strings.ts). */
export function searchUiJson(locale: Locale): Response {
  return new Response(JSON.stringify(UI[locale].search.client), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
