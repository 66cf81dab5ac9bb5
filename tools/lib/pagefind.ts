import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { normaliseQuery, PAGEFIND_OPTIONS, SEARCH_KINDS } from '#lib/search/config.ts';
import {
  landingFirst,
  landingOf,
  namesOf,
  withHeadings,
  rankSections,
  type HeadingAnchor,
  type SectionHit,
} from '#lib/search/landing.ts';
import { runSearchQuery, type PagefindSearch, type SearchRun } from '#lib/search/search-run.ts';
import { loadEditionRules } from '#lib/search/edition-rules.ts';
import { pagefindPathOf, searchDataPathOf } from '#lib/search/languages.ts';
import { decodeSearchIndex, shardPath, ShardedSearchData } from '#lib/search/search-shards.ts';
import { RESULTS_PAGE_SIZE, summariesAfterPages, withoutQuery } from '#lib/search/summaries.ts';
import { LOCALES, SOURCE_LOCALE, type Locale } from '#lib/i18n/locales.ts';

/** A result's data, as Pagefind's fragment gives it. */
interface ResultData {
  url: string;
  content: string;
  /** The content with the zero-width spaces that part a segmented language's words (contentWords). */
  raw_content?: string;
  meta: { title?: string; names?: string; authors?: string };
  filters: { kind?: string[] };
  sub_results: SectionHit[];
  /** The page's headings with ids, each where it stands among the content's words. */
  anchors?: HeadingAnchor[];
}

interface PagefindApi extends PagefindSearch<ResultData> {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

/** One search hit, as the results list shows it. */
export interface Hit {
  /** Site path of the page or record ("/rats/", "/glossary/#rats"). */
  url: string;
  /** Its sections, best first, as the results list ranks them ("/rats/#functions"). */
  sections: string[];
  /**
   * Where the result's title links, and Enter lands: the best section when the query's words
   * beyond the page's title chose it, or else the page or record itself (landingOf).
   */
  section: string;
  title: string;
  kind: string | undefined;
  /** The words indexed for the page or record, as plain text. */
  content: string;
  /** Its place among All's results, under a kind's filter (RankedHit.rank). */
  rank?: number;
}

/** A search as the dialog runs it: what was searched, corrections, and the hits in order. */
export interface SiteSearchResult extends Omit<SearchRun<ResultData>, 'results'> {
  hits: Hit[];
  /** How many results there are, whatever `limit` loaded. */
  total: number;
}

/** Options of a site search. */
export interface SiteSearchOptions {
  kind?: string | undefined;
  /** False: search the words as typed ("Search instead for …"). */
  correct?: boolean;
  /** Load at most this many results' data (default: all). */
  limit?: number;
  /** Count results per kind, as /search/ shows them. */
  counts?: boolean;
}

/**
 * An edition's built Pagefind bundle (dist/pagefind/, dist/ru/pagefind/, …) loaded in Node with
 * the browser's options, as the dialog starts it: Pagefind's own search, without the query layer.
 * Pagefind fetches its files relative to its own URL; Node's fetch cannot read file: URLs, so
 * fetch is pointed at the files on disk. Each call imports its own copy of Pagefind, so that
 * editions can be searched side by side.
 */
export async function loadPagefindBundle(
  dist: string,
  locale: Locale = SOURCE_LOCALE,
): Promise<PagefindSearch<ResultData>> {
  const bundle = pathToFileURL(`${resolve(dist, pagefindPathOf(locale).slice(1))}/`);
  // Pagefind fetches by absolute file: URLs under its basePath, so one fetch serves every edition.
  globalThis.fetch = (async (input: string | URL) =>
    new Response(await readFile(fileURLToPath(new URL(String(input), bundle))))) as typeof fetch;
  const pagefind = (await import(
    `${new URL('pagefind.js', bundle).href}?edition=${locale}`
  )) as PagefindApi;
  // The browser's options (ranking, highlight parameter), so that tests rank as readers see, and its
  // base address (search-client.ts): a result's URL is the page's own ("/zh/rats/").
  await pagefind.options({ ...PAGEFIND_OPTIONS, basePath: bundle.href, baseUrl: '/' });
  // Pagefind takes the language from the page's <html lang> as it starts, and by it cuts a Chinese
  // query into words as the browser does ("白俄罗斯": 白 俄罗斯). Node has no page: the edition's
  // language is lent for the start.
  const global = globalThis as { document?: unknown };
  global.document = { querySelector: () => ({ getAttribute: () => LOCALES[locale].lang }) };
  try {
    await pagefind.init();
  } finally {
    delete global.document;
  }
  return pagefind;
}

/**
 * Loads an edition's built Pagefind bundle (loadPagefindBundle) and its search data in Node, and
 * returns a search that runs the query layer exactly as the dialog on that edition's pages does
 * (src/lib/search/search-run.ts, with the edition's language).
 */
export async function loadSiteSearch(
  dist: string,
  locale: Locale = SOURCE_LOCALE,
): Promise<(query: string, options?: SiteSearchOptions) => Promise<SiteSearchResult>> {
  const pagefind = await loadPagefindBundle(dist, locale);
  // The search data is read a shard at a time, as the dialog fetches it.
  const read = (path: string): Promise<string> => readFile(resolve(dist, path.slice(1)), 'utf8');
  const data = new ShardedSearchData(
    decodeSearchIndex(await read(searchDataPathOf(locale))),
    (shard) => read(shardPath(shard, pagefindPathOf(locale))),
  );
  const edition = await loadEditionRules(locale, read);
  return async (query, options = {}) => {
    // As the dialog and /search/ read their box: markup and invisible characters out, full-width
    // letters plain, a pasted address read as its words (a table's row is what a reader typed).
    const run = await runSearchQuery(pagefind, data, normaliseQuery(query), {
      kind: options.kind,
      correct: options.correct !== false,
      edition,
      ...(options.counts ? { kinds: [...SEARCH_KINDS] } : {}),
    });
    if (!run) throw new Error('a search without an abort signal was aborted');
    const shown = run.results.slice(0, options.limit ?? run.results.length);
    const hits = (await Promise.all(shown.map((result) => result.data()))).map((d, at) => {
      const content = d.raw_content ?? d.content;
      const names = namesOf(d.meta);
      const ranked = rankSections(d.url, d.sub_results, 3, content, names, shown[at]!.landing);
      const landing = landingOf(
        d.url,
        ranked[0],
        content,
        names,
        query,
        withHeadings(d.sub_results, d.anchors),
        shown[at]!.nameOnly === true,
        shown[at]!.landing,
      );
      // As the dialog lists them: the section the title leads to first (landingFirst).
      const sections = landingFirst(ranked, landing, d.sub_results).map((sub) =>
        withoutQuery(sub.url),
      );
      // The highlight parameter is the browser's business: hits hold bare addresses.
      return {
        url: withoutQuery(d.url),
        sections,
        section: withoutQuery(landing),
        title: d.meta.title ?? '',
        kind: d.filters.kind?.[0],
        content: d.content,
        ...(shown[at]!.rank === undefined ? {} : { rank: shown[at]!.rank }),
      };
    });
    const { results, ...rest } = run;
    // As the dialog shows them: a list's entry after the page it sums up (summariesAfterPages).
    const ordered = summariesAfterPages(
      hits,
      (hit) => hit.section,
      (hit) => hit.url,
      (hit) => hit.kind,
      RESULTS_PAGE_SIZE,
      (hit) => hit.rank,
    );
    return { ...rest, hits: ordered, total: results.length };
  };
}

/** The hits of a query, as the dialog ranks them (kept for tests that need only the list). */
export async function loadPagefind(
  dist = 'dist',
): Promise<(query: string, kind?: string) => Promise<Hit[]>> {
  const search = await loadSiteSearch(dist);
  return async (query, kind) => (await search(query, { kind })).hits;
}
