/**
 * The page's edition, whose index, search data and language rules the dialog and /search/ use: the
 * one whose lang is the page's <html lang> (src/lib/i18n/locales.ts). And the words they show, which
 * the build wrote from src/lib/i18n/ui.ts: fetched from the edition's SEARCH_UI_PATH when search is
 * first used, or read from the /search/ page itself.
 */
import { base } from 'astro:config/client';
import { ALL_LOCALES, LOCALES, localePath, SOURCE_LOCALE, type Locale } from '#lib/i18n/locales.ts';
import { withBase } from '#lib/meta/paths.ts';
import {
  readSearchStrings,
  SEARCH_PAGE_STRINGS_ATTRIBUTE,
  SEARCH_UI_PATH,
  type SearchClientStrings,
  type SearchDialogStrings,
} from '#lib/search/search-strings.ts';

/** How long the words may take to arrive before search says it could not load. */
const STRINGS_TIMEOUT_MS = 5000;

let strings: SearchDialogStrings | undefined;
let loading: Promise<SearchDialogStrings> | undefined;

/** The page's edition. */
export function searchLocale(): Locale {
  const lang = document.documentElement.lang;
  return ALL_LOCALES.find((locale) => LOCALES[locale].lang === lang) ?? SOURCE_LOCALE;
}

/** The words the /search/ page carries, if this is that page: the dialog's and its own. */
function wordsInPage(): SearchClientStrings | undefined {
  return readSearchStrings<SearchClientStrings>(
    document
      .querySelector(`[${SEARCH_PAGE_STRINGS_ATTRIBUTE}]`)
      ?.getAttribute(SEARCH_PAGE_STRINGS_ATTRIBUTE),
  );
}

async function fetchStrings(): Promise<SearchDialogStrings> {
  const url = withBase(localePath(searchLocale(), SEARCH_UI_PATH), base);
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(), STRINGS_TIMEOUT_MS);
  try {
    const response = await fetch(url, { signal: timer.signal });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const read = readSearchStrings(await response.text());
    if (!read) throw new Error(`${url}: not the search words`);
    return read;
  } finally {
    clearTimeout(timeout);
  }
}

/**
 * Loads the search words of the page's edition once: from the page when it carries them (/search/),
 * else from the edition's file. A failed load is forgotten, so that a later attempt tries again.
 */
export function loadSearchStrings(): Promise<SearchDialogStrings> {
  strings ??= wordsInPage();
  if (strings) return Promise.resolve(strings);
  loading ??= fetchStrings().then(
    (read) => (strings = read),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The search words of the page's edition; loadSearchStrings() must have resolved first. */
export function searchStrings(): SearchDialogStrings {
  strings ??= wordsInPage();
  if (!strings) throw new Error('search words used before loadSearchStrings()');
  return strings;
}

let pageStrings: SearchClientStrings | undefined;

/** The /search/ page's words, which it carries itself: the dialog's and those of its filters. */
export function searchPageStrings(): SearchClientStrings {
  pageStrings ??= wordsInPage();
  if (!pageStrings) throw new Error('no search words in the page');
  return pageStrings;
}
