/**
 * Renders search results for the dialog and the /search/ page alike: title, kind, an excerpt with
 * the query's words marked, and the best sections as links to page/#id. Everything is built from
 * text nodes; nothing from the index or the query is parsed as HTML.
 */
import {
  parseExcerpt,
  repeatsExcerpt,
  markedTerms,
  withHighlightTerms,
  withoutShownTitle,
  writeSearchParams,
} from '#lib/search/config.ts';
import {
  highlightTerms,
  landingFirst,
  landingOf,
  namesOf,
  rankSections,
  withHeadings,
} from '#lib/search/landing.ts';
import { keepsMark } from '#lib/search/highlight-terms.ts';
import { withCutEnds } from '#lib/search/excerpt-ends.ts';
import { phraseOf, type SearchRun } from '#lib/search/search-run.ts';
import { RESULTS_PAGE_SIZE, summariesAfterPages, withoutQuery } from '#lib/search/summaries.ts';
import { counted, echoed, fill } from '#lib/search/search-strings.ts';
import { base } from 'astro:config/client';
import { LOCALES, localePath, SOURCE_LOCALE, type Locale } from '#lib/i18n/locales.ts';
import { withBase } from '#lib/meta/paths.ts';
import { resultMarks, type SearchResultData } from './search-client';
import { searchLocale, searchStrings } from './search-edition';

let uid = 0;

/**
 * Appends an excerpt's text to `target`, with <mark> around the matched words: the edition's marks
 * (resultMarks: Chinese words, which Pagefind marks a character off, and a Russian word's other
 * forms, as the page the link opens marks its highlight terms), or Pagefind's, without those on
 * words the reader did not type (keepsMark: "states" for St).
 */
function appendExcerpt(
  target: HTMLElement,
  excerpt: string,
  href: string,
  title: string,
  names: readonly string[] = [],
  common: ReadonlySet<string> = new Set(),
): void {
  const terms = markedTerms(highlightTerms(href), common);
  const marker = resultMarks().excerptParts;
  // What the result shows above the excerpt (its title, a section's heading) is not repeated.
  const read = withoutShownTitle(parseExcerpt(excerpt), title, names);
  const parts = marker
    ? marker(read.map((part) => part.text).join(''), terms)
    : read.map((part) => ({
        ...part,
        marked: part.marked && keepsMark(part.text, terms),
      }));
  for (const part of withCutEnds(parts)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      target.append(mark);
    } else {
      target.append(part.text);
    }
  }
}

function resultLink(
  href: string,
  text: string,
  describedBy: string,
  searched: string,
  common: ReadonlySet<string>,
): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = withHighlightTerms(href, resultMarks().landingTerm, searched, common);
  link.textContent = text;
  link.dataset['resultLink'] = '';
  link.setAttribute('aria-describedby', describedBy);
  return link;
}

/** A result's best sections, as its list item shows them (rankSections). */
function resultSections(data: SearchResultData): SearchResultData['sub_results'] {
  return rankSections(
    data.url,
    data.sub_results,
    3,
    data.raw_content ?? data.content,
    namesOf(data.meta),
    data.landing,
  );
}

/**
 * Where a result's title leads, as the query's words chose (landingOf): a section, or the page's
 * top. `query` is what the reader typed.
 */
function resultLanding(
  data: SearchResultData,
  query: string,
  sections = resultSections(data),
): string {
  return landingOf(
    data.url,
    sections[0],
    data.raw_content ?? data.content,
    namesOf(data.meta),
    query,
    withHeadings(data.sub_results, data.anchors),
    data.nameOnly,
    data.landing,
  );
}

/**
 * Results in the order they are shown: as ranked, but a list's entry for a page also found after
 * that page (summariesAfterPages: the sources list's "#alimov-2017" after "/sources/alimov-2017/").
 * `results` are the data of the results loaded together (PAGE_SIZE at a time); `query`, what the
 * reader typed.
 */
export function inShownOrder(
  results: readonly SearchResultData[],
  query: string,
): SearchResultData[] {
  return summariesAfterPages(
    results,
    (data) => resultLanding(data, query),
    (data) => data.url,
    (data) => data.filters.kind?.[0],
    RESULTS_PAGE_SIZE,
    (data) => data.rank,
  );
}

/**
 * One result as a list item: its link, kind, excerpt and up to three sections. A page's excerpt
 * that repeats one of its sections' (see repeatsExcerpt), or whose title leads to the section
 * listed first, is left out: the section shows its words under its heading, and the title's
 * description is the first section's excerpt. `searched` is what the query searched
 * (SearchRun.searched), whose Chinese runs its links carry (withHighlightTerms); `query`, what the
 * reader typed, whose words may restate a section's heading (landingOf).
 */
export function renderResult(
  data: SearchResultData,
  searched = '',
  query = searched,
): HTMLLIElement {
  const id = `search-result-${++uid}`;
  const item = document.createElement('li');
  item.className = 'search-result';

  const title = data.meta.title ?? data.url;
  const ranked = resultSections(data);
  const landing = resultLanding(data, query, ranked);
  const sections = landingFirst(ranked, landing, data.sub_results);
  // A title that leads to a section, listed first under it with its own words: the page's excerpt,
  // from wherever its best words stand (often the opening), would describe another part of it.
  const toSection =
    landing.includes('#') &&
    sections[0] !== undefined &&
    withoutQuery(sections[0].url) === withoutQuery(landing);
  const repeated =
    toSection ||
    repeatsExcerpt(
      data.excerpt,
      sections.map((section) => section.excerpt),
    );
  // The words common to most results ("SCO") are marked only when they are all the query has.
  const common = data.landing?.common ?? new Set<string>();
  const link = resultLink(
    landing,
    title,
    repeated ? `${id}-s0` : `${id}-excerpt`,
    searched,
    common,
  );
  link.className = 'search-result-title';
  const heading = document.createElement('p');
  heading.append(link);
  const kindValue = data.filters.kind?.[0];
  const kind = kindValue === undefined ? undefined : searchStrings().kinds[kindValue]?.label;
  if (kind) {
    const badge = document.createElement('span');
    badge.className = 'search-kind';
    badge.textContent = kind;
    heading.append(' ', badge);
  }
  item.append(heading);
  if (!repeated) {
    const excerpt = document.createElement('p');
    excerpt.id = `${id}-excerpt`;
    excerpt.className = 'search-excerpt';
    appendExcerpt(
      excerpt,
      data.excerpt,
      data.url,
      title,
      (data.meta.names ?? '').split('|').filter(Boolean),
      common,
    );
    item.append(excerpt);
  }

  if (sections.length > 0) {
    const list = document.createElement('ul');
    list.className = 'search-sections';
    list.setAttribute('aria-label', fill(searchStrings().sectionsOf, { title }));
    sections.forEach((section, index) => {
      const sectionItem = document.createElement('li');
      const sectionExcerpt = document.createElement('span');
      sectionExcerpt.id = `${id}-s${index}`;
      sectionExcerpt.className = 'search-excerpt';
      appendExcerpt(sectionExcerpt, section.excerpt, section.url, section.title, [], common);
      sectionItem.append(
        resultLink(section.url, section.title, sectionExcerpt.id, searched, common),
        sectionExcerpt,
      );
      list.append(sectionItem);
    });
    item.append(list);
  }
  return item;
}

/**
 * A message's text as nodes, its {glossary} slot a link to the edition's glossary (the words of
 * searchStrings().glossaryLink), so that "browse the glossary A–Z" is somewhere to go.
 */
export function withGlossaryLink(message: string): (string | Node)[] {
  const [before, ...after] = message.split('{glossary}');
  if (after.length === 0) return [message];
  const link = document.createElement('a');
  link.href = withBase(localePath(searchLocale(), '/glossary/'), base);
  link.textContent = searchStrings().glossaryLink;
  return [before ?? '', link, after.join('{glossary}')];
}

/** The edition whose script a query is written in (Cyrillic: Russian, Han: Chinese), if not this one's. */
function otherEditionOf(query: string): Locale | undefined {
  const locale = /\p{Script=Han}/u.test(query)
    ? 'zh'
    : /\p{Script=Cyrillic}/u.test(query)
      ? 'ru'
      : /\p{Script=Latin}/u.test(query)
        ? SOURCE_LOCALE
        : undefined;
  return locale === searchLocale() ? undefined : locale;
}

/**
 * A link to the search of the edition whose script the query is written in ("ШОС" on an English
 * page: the Russian edition's), in that edition's language; undefined for a query in this one's.
 */
function otherEditionLink(query: string): HTMLAnchorElement | undefined {
  const other = otherEditionOf(query);
  if (!other) return undefined;
  const link = document.createElement('a');
  link.href = `${withBase(localePath(other, '/search/'), base)}${writeSearchParams(query, undefined)}`;
  link.hreflang = LOCALES[other].lang;
  link.lang = LOCALES[other].lang;
  link.textContent = searchStrings().otherEdition[other] ?? LOCALES[other].name;
  return link;
}

/**
 * The result list, or a note when nothing matched, with, for a query in another edition's script
 * ("ШОС" on an English page), a link to that edition's search for it.
 */
export function renderResults(
  results: readonly SearchResultData[],
  query: string,
  searched = query,
  onlyCommon = false,
): HTMLElement {
  if (results.length === 0) {
    const none = document.createElement('p');
    none.className = 'search-none';
    // A query of function words only (SearchRun.onlyCommon) is told what to type instead.
    const strings = searchStrings();
    none.append(
      ...withGlossaryLink(
        fill(onlyCommon ? strings.onlyCommon : strings.nothing, { q: echoed(query) }),
      ),
    );
    const other = onlyCommon ? undefined : otherEditionLink(query);
    if (other) none.append(' ', other);
    return none;
  }
  const list = document.createElement('ol');
  list.className = 'search-results';
  list.append(...results.map((result) => renderResult(result, searched, query)));
  return list;
}

/** Where the notice's links go: the query as corrected, and the query as typed without correction. */
export interface NoticeLinks {
  corrected: string;
  asTyped: string;
}

function link(text: string, href: string, action: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.dataset['searchAction'] = action;
  const strong = document.createElement('strong');
  strong.textContent = text;
  anchor.append(strong);
  return anchor;
}

/**
 * What the reader should know about the search itself: "Showing results for Kazakhstan · Search
 * instead for Kazakstan" when words were corrected, "No result has every word; showing results for
 * RATS Tashkent" when words were left out. Both parts are links (to /search/ with the query), which
 * the dialog and the page follow in place. Undefined when the words were searched as typed, and
 * when nothing was found: no words are "shown" then, and the note that nothing matches says what to try.
 */
export function renderNotice(run: SearchRun<unknown>, links: NoticeLinks): HTMLElement | undefined {
  if (run.results.length === 0) return undefined;
  if (run.corrections.length === 0 && !run.widened) return undefined;
  const strings = searchStrings();
  const notice = document.createElement('p');
  notice.className = 'search-notice';
  // The words no page holds, named ("No page has “CCTV”"), or that no result has them all.
  if (run.widened)
    notice.append(
      run.missing?.length
        ? fill(strings.noPageHas, { q: echoed(run.missing.join(' ')) })
        : strings.noneHasEvery,
    );
  notice.append(
    run.widened ? strings.widenedShowingFor : strings.showingFor,
    link(run.searched, links.corrected, 'corrected'),
  );
  // Not for another name of the name searched ("Tsingtao"): as typed, it finds the same.
  if (run.corrections.length > 0 && run.otherNames !== true)
    notice.append(strings.searchInstead, link(run.query, links.asTyped, 'as-typed'));
  // A name in another edition's script, found by its name here ("РАТС": Regional Anti-Terrorist
  // Structure): that edition's search too, for the reader who reads it.
  const other = run.corrections.length > 0 ? otherEditionLink(run.query) : undefined;
  if (other) notice.append(' · ', other);
  return notice;
}

/**
 * When the words as typed find nothing (the reader followed "Search instead for UNODS"): "Did you
 * mean: United Nations Official Document System", a link to the corrected words, if they find
 * something, so that the way back is on the page. `corrected` is the run with corrections;
 * `href`, where a link to some words goes.
 */
export function renderDidYouMean(
  corrected: SearchRun<unknown> | undefined,
  href: (words: string) => string,
): HTMLElement | undefined {
  if (!corrected || corrected.results.length === 0 || corrected.corrections.length === 0)
    return undefined;
  const notice = document.createElement('p');
  notice.className = 'search-notice';
  notice.append(
    searchStrings().didYouMean,
    link(corrected.searched, href(corrected.searched), 'corrected'),
  );
  return notice;
}

/** What a count names of a run: the query as typed, what was searched, and why they differ. */
export type CountedRun = Pick<SearchRun<unknown>, 'query' | 'searched' | 'corrections'> &
  Partial<Pick<SearchRun<unknown>, 'widened'>>;

/**
 * "3 results for “rats”", in the edition's words; a phrase in its own quotes once. The count names
 * what was searched: a corrected query's corrected words ("6 results for “Tashkent”", not the
 * "Tashkant" typed, which finds nothing), and a query searched with fewer words the words searched
 * ("78 results for “SCO”" for "SCO NATO": none of them has "NATO", and a screen reader, which
 * hears the count first, had heard "78 results for “SCO NATO”"); the notice then says why.
 */
export function describeCount(total: number, run: CountedRun): string {
  const strings = searchStrings();
  const words = run.corrections.length > 0 || run.widened === true ? run.searched : run.query;
  return counted(strings, strings.count, total, { q: echoed(phraseOf(words) ?? words) });
}

/**
 * Calls `search` for each change of a search box's text, except while a word is still being
 * composed in an input method ("tashigan" for 塔什干): then once it is committed.
 */
export function onQueryInput(input: HTMLInputElement, search: () => void): void {
  const changed = (event: Event): void => {
    if (!(event as InputEvent).isComposing) search();
  };
  input.addEventListener('input', changed);
  input.addEventListener('compositionend', changed);
}
