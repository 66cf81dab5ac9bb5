/**
 * The words this page's scripts write, in the page's language: its edition is the one whose lang
 * is the page's <html lang> (src/lib/i18n/locales.ts); the words are src/lib/i18n/client-words.ts.
 */
import { CLIENT_WORDS, type ClientStrings } from '#lib/i18n/client-words.ts';
import { ALL_LOCALES, LOCALES, SOURCE_LOCALE, type Locale } from '#lib/i18n/locales.ts';

/** The page's edition, by its <html lang>. */
export function pageLocale(): Locale {
  const lang = document.documentElement.lang;
  return ALL_LOCALES.find((each) => LOCALES[each].lang === lang) ?? SOURCE_LOCALE;
}

export function uiString(key: keyof ClientStrings): string {
  return CLIENT_WORDS[pageLocale()][key];
}
