/**
 * The words of the search dialog and the /search/ page, per edition. The strings themselves are in
 * src/lib/i18n/ui.ts (`search`), so that no copy of them lives in client code. The build writes the
 * client's part of each edition as a file (SEARCH_UI_PATH: /search-ui.json, /ru/search-ui.json),
 * which the dialog fetches when it first opens (the edition is the page's <html lang>): on every
 * reading page they would weigh about 1 KB of gzip in the first round trip
 * (tests/build/budgets.test.ts) for a dialog most readers never open. The header's search form
 * carries only the question asked when the dialog's code cannot load (SEARCH_RETRY_ATTRIBUTE); the
 * /search/ page, which needs the words at once, carries them itself (SEARCH_PAGE_STRINGS_ATTRIBUTE).
 * Templates hold {n}, {q}, {title} or {kind}; counted phrases give a form per plural category
 * (Intl.PluralRules), and `none` for zero.
 */
import type { Locale } from '../i18n/locales.ts';

/** Where the build writes an edition's client strings, as JSON, under the edition's prefix. */
export const SEARCH_UI_PATH = '/search-ui.json';
/** The attribute of the header's search form with the question asked when the dialog cannot load. */
export const SEARCH_RETRY_ATTRIBUTE = 'data-search-retry';
/** The attribute of the /search/ page's form that carries the client strings themselves, as JSON. */
export const SEARCH_PAGE_STRINGS_ATTRIBUTE = 'data-search-strings';

/** A phrase with a count: one form per plural category the language has, `other` always. */
export type Counted = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * What the dialog writes (and the /search/ page, with SearchClientStrings' more): everything here
 * must survive JSON. The edition's file (SEARCH_UI_PATH) holds these only (dialogStrings), so that
 * opening search fetches none of the page's own words.
 */
export interface SearchDialogStrings {
  /** The BCP 47 tag plural rules are chosen by ("en-GB", "ru", "zh-Hans"). */
  intl: string;
  label: string;
  placeholder: string;
  close: string;
  keys: string;
  moreResults: string;
  /** The dialog's link to /search/ with every result: {n}. */
  allResults: Counted;
  /** The live region after a search: {n}, {q}; `none` when nothing was found. */
  count: Counted & { none: string };
  /** Shown when nothing matched: {q}, and {glossary}, where glossaryLink links to the glossary. */
  nothing: string;
  /** Shown when the query is only function words ("the of and"), which name nothing: {q}, {glossary}. */
  onlyCommon: string;
  showingFor: string;
  searchInstead: string;
  /** Before the link to the corrected words when the words as typed ("Search instead for …") find nothing. */
  didYouMean: string;
  /** Before "showing results for …" when words were left out. */
  noneHasEvery: string;
  /** Before "showing results for …" when the words left out are on no page: {q}, those words. */
  noPageHas: string;
  widenedShowingFor: string;
  /** When search cannot load or fails, each with {glossary} (see `nothing`). */
  unavailable: string;
  failed: string;
  /** The words of the link to the glossary in `nothing`, `unavailable` and `failed`. */
  glossaryLink: string;
  /** Shown while a search waits on its files for longer than a moment (a slow connection). */
  loading: string;
  /**
   * With the note that nothing matched, when the query is written in another edition's script: the
   * link to that edition's search, in its language, by edition.
   */
  otherEdition: Readonly<Partial<Record<Locale, string>>>;
  retry: string;
  /** Accessible name of a result's list of sections: {title}. */
  sectionsOf: string;
  /** Each result kind (Pagefind's `kind` filter value): its badge. */
  kinds: Record<string, { label: string }>;
}

/** The words of the /search/ page's script: the dialog's, and those of its filters and states. */
export interface SearchClientStrings extends SearchDialogStrings {
  pageFailed: string;
  /** /search/'s filters. */
  show: string;
  all: string;
  /** After the count when a kind is chosen: {kind}. */
  among: string;
  /** The button that shows All when the chosen kind has none of All's results: {n}. */
  showAll: Counted;
  prompt: string;
  /**
   * The header button's confirm() when the dialog's code failed to load: rendered into the button
   * (SearchButton.astro), since then neither the dialog nor its words' file may load.
   */
  retryLoad: string;
  /** Each result kind: its badge and its filter's label. */
  kinds: Record<string, { label: string; plural: string }>;
}

/**
 * The words the dialog never shows (the /search/ page's, the header button's), left out of
 * SEARCH_UI_PATH's file.
 */
const PAGE_ONLY: readonly Exclude<keyof SearchClientStrings, keyof SearchDialogStrings>[] = [
  'pageFailed',
  'show',
  'all',
  'among',
  'showAll',
  'prompt',
  'retryLoad',
];

/**
 * The dialog's part of an edition's client strings (`locale`'s): what the SEARCH_UI_PATH file
 * holds.
 */
export function dialogStrings(client: SearchClientStrings, locale: Locale): SearchDialogStrings {
  const dialog: Partial<SearchClientStrings> = { ...client };
  for (const key of PAGE_ONLY) delete dialog[key];
  // Of the links to the editions' searches, the other editions': a query in this edition's own
  // script is searched here (otherEditionLink, src/client/search-results.ts).
  const { [locale]: _own, ...otherEdition } = client.otherEdition;
  return {
    ...(dialog as SearchDialogStrings),
    otherEdition,
    kinds: Object.fromEntries(
      Object.entries(client.kinds).map(([kind, { label }]) => [kind, { label }]),
    ),
  };
}

/** The /search/ page's words besides the client's. */
export interface SearchPageStrings {
  title: string;
  description: string;
  button: string;
  /** The placeholder of the page's own box and of the no-script form. */
  formPlaceholder: string;
  noscript: string;
  browse: string;
  topics: string;
  glossary: string;
}

export interface SearchStrings {
  client: SearchClientStrings;
  page: SearchPageStrings;
}

/** Fills a template's {name} slots; a slot with no value is left as written. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : slot,
  );
}

/** Most characters of a query a count or message repeats: a pasted page is not read back whole. */
export const ECHO_LENGTH = 60;

/** The query as a count or message repeats it ({q}): cut to ECHO_LENGTH characters, with "…". */
export function echoed(query: string): string {
  const characters = [...query];
  return characters.length > ECHO_LENGTH
    ? `${characters.slice(0, ECHO_LENGTH).join('').trimEnd()}…`
    : query;
}

/** The form of a counted phrase for `n`, filled with {n} and the other values. */
export function counted(
  strings: Pick<SearchDialogStrings, 'intl'>,
  forms: Counted & { none?: string },
  n: number,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const form =
    n === 0 && forms.none !== undefined
      ? forms.none
      : (forms[new Intl.PluralRules(strings.intl).select(n)] ?? forms.other);
  return fill(form, { ...values, n });
}

/**
 * Reads the strings the server wrote (the dialog's file, or the /search/ page's, which has
 * SearchClientStrings' more); undefined when the page has none or they are not JSON.
 */
export function readSearchStrings<T extends SearchDialogStrings = SearchDialogStrings>(
  json: string | null | undefined,
): T | undefined {
  if (!json) return undefined;
  try {
    const value = JSON.parse(json) as T;
    return typeof value === 'object' && value !== null && typeof value.label === 'string'
      ? value
      : undefined;
  } catch {
    return undefined;
  }
}
