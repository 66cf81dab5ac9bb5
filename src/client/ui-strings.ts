/**
 * The words this page's scripts write, in the page's language: its edition is the one whose lang
 * is the page's <html lang> (src/lib/i18n/locales.ts); the words are src/lib/i18n/client-words.ts.
 */
import { CLIENT_WORDS, type ClientStrings } from '#lib/i18n/client-words.ts';
import { ALL_LOCALES, LOCALES, SOURCE_LOCALE } from '#lib/i18n/locales.ts';

export function uiString(key: keyof ClientStrings): string {
  const lang = document.documentElement.lang;
  const locale = ALL_LOCALES.find((each) => LOCALES[each].lang === lang) ?? SOURCE_LOCALE;
  return CLIENT_WORDS[locale][key];
}
